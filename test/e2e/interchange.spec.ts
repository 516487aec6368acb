import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, test, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';
import { rewriteZip } from '../support/zip-tamper';

/**
 * The interchange UI on the demo assessment, through the real handlers: export OSCAL, build an evidence
 * package and verify it (intact, then tampered), export the assessment encrypted, and import it back —
 * wrong passphrase first, then the duplicate choice — ending with both assessments in the list.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

async function shot(fieldwork: Fieldwork, name: string): Promise<void> {
  const { page } = fieldwork;
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return document.documentElement.scrollHeight;
    main.scrollTop = 0;
    return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight);
  });
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 6000) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(size);
}

async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

const nav = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Assessment areas' }).getByRole('button', { name: area, exact: true }).click();

test('exports OSCAL, builds and verifies a package, exports and re-imports the assessment', async ({ fieldwork }) => {
  test.setTimeout(240_000);
  const { page, dialogs, dir } = fieldwork;
  const { createDemoAssessment } = await loadMain();
  const demo = createDemoAssessment(fieldwork.app.services);
  const log = join(dir, 'okta-access-review-2026-09.csv');
  writeFileSync(log, 'user,role,reviewed\nana,admin,yes\n');
  await fieldwork.invoke('evidence:add', {
    assessmentId: demo.id,
    filePaths: [log],
    controlIds: ['GOV-01'],
    kind: 'system_report',
    collectedAt: '2026-10-01',
    periodFrom: '2026-09-01',
    periodTo: '2026-09-30',
  });

  await fieldwork.open();
  await nav(page, 'Reports');
  await expect(page.getByRole('heading', { name: 'OSCAL for GRC tools' })).toBeVisible();

  // OSCAL assessment results, where the user chooses.
  const arPath = join(dir, 'results.json');
  dialogs.answerExport(arPath);
  await page.getByRole('button', { name: 'Export OSCAL assessment results' }).click();
  await expect(page.getByTestId('oscal-outcome')).toContainText(arPath);
  const ar = JSON.parse(readFileSync(arPath, 'utf8')) as {
    'assessment-results': { metadata: { 'oscal-version': string } };
  };
  expect(ar['assessment-results'].metadata['oscal-version']).toBe('1.2.1');

  // The evidence package, then its verification: intact.
  const zip = join(dir, 'package.zip');
  dialogs.answerExport(zip);
  await page.getByRole('button', { name: 'Build evidence package…' }).click();
  await expect(page.getByTestId('package-outcome')).toContainText('Package written with 1 evidence file.');
  dialogs.answerFileToOpen(zip);
  await page.getByRole('button', { name: 'Verify a package…' }).click();
  await expect(page.getByTestId('verify-report')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('verify-report')).toContainText('Intact');
  await shot(fieldwork, 'interchange-01-reports');

  // A tampered copy: the changed file is named, with status as colour and text.
  const tampered = join(dir, 'tampered.zip');
  await rewriteZip(zip, tampered, (entries) => [
    ...entries.map((e) =>
      e.name.endsWith('.csv') && e.name.startsWith('evidence/') ? { ...e, data: Buffer.from('edited') } : e,
    ),
    { name: 'evidence/added.txt', data: Buffer.from('x') },
  ]);
  dialogs.answerFileToOpen(tampered);
  await page.getByRole('button', { name: 'Verify a package…' }).click();
  await expect(page.getByTestId('verify-report')).toHaveAttribute('data-ok', 'false');
  await expect(page.locator('[data-testid="verify-report"] tr[data-status="changed"]').first()).toContainText(
    'okta-access-review-2026-09.csv',
  );
  await expect(page.locator('[data-testid="verify-report"] tr[data-status="extra"]').first()).toContainText(
    'evidence/added.txt',
  );
  await page.getByTestId('verify-report').scrollIntoViewIfNeeded();
  await shot(fieldwork, 'interchange-02-verify-tampered');

  // Export the assessment, encrypted: the passphrase is checked before any dialog.
  await page.getByRole('button', { name: 'Export assessment…' }).click();
  const modal = page.getByRole('dialog', { name: 'Export this assessment' });
  await modal.getByLabel('Passphrase', { exact: true }).fill('site visit 2026');
  await modal.getByLabel('Type it again').fill('site visit 2025');
  await modal.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(modal.getByText('The two passphrases differ.')).toBeVisible();
  await viewShot(page, 'interchange-03-export-modal');
  await modal.getByLabel('Type it again').fill('site visit 2026');
  const file = join(dir, 'helio.fwassess');
  dialogs.answerExport(file);
  await modal.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(page.getByTestId('portable-outcome')).toContainText('Assessment exported, encrypted');
  expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
  expect(dialogs.proposedExports.at(-1)?.kind).toBe('fwassess');

  // Import it back: the passphrase is asked, a wrong one is refused, then the duplicate is detected.
  await page.getByRole('button', { name: 'All assessments' }).click();
  dialogs.answerFileToOpen(file);
  await page.getByRole('button', { name: 'Import assessment…' }).click();
  const importer = page.getByRole('dialog', { name: 'Import an assessment' });
  await expect(importer).toContainText('“helio.fwassess” is encrypted.');
  await importer.getByLabel('Passphrase').fill('wrong passphrase');
  await importer.getByRole('button', { name: 'Open the file' }).click();
  await expect(importer.getByText(/The passphrase is wrong/)).toBeVisible();
  await viewShot(page, 'interchange-04-import-passphrase');
  await importer.getByLabel('Passphrase').fill('site visit 2026');
  await importer.getByRole('button', { name: 'Open the file' }).click();
  await expect(importer.getByTestId('duplicate-choice')).toBeVisible();
  await expect(importer).toContainText('This assessment is already in this workspace');
  await viewShot(page, 'interchange-05-import-duplicate');
  await importer.getByRole('button', { name: 'Keep both' }).click();
  await expect(importer.getByTestId('import-done')).toContainText('as a copy; both are now in this workspace');
  await importer.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(2);
  expect(await fieldwork.invoke('assessment:list', {})).toHaveLength(2);
  await shot(fieldwork, 'interchange-06-assessments-after-import');

  // Nothing but the app's own files was requested, and no CSP violation happened.
  expect(fieldwork.requests.every((url) => url.startsWith(APP_ORIGIN))).toBe(true);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

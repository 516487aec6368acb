import { mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** The app scrolls inside its main area: grow the window to the page's height for a whole-page shot. */
async function shot(page: Page, name: string): Promise<void> {
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

const area = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Assessment areas' }).getByRole('button', { name, exact: true }).click();

test('edits made in the UI appear in the audit trail with who, before and after; filters, export and a tamper check', async ({
  fieldwork,
}) => {
  test.setTimeout(120_000);
  const { page } = fieldwork;
  const os = userInfo().username;
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Northwind Robotics',
    systemName: 'Vision QA model service',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-23',
    windowEnd: '2027-03-22',
    assessors: ['Dana Reyes', 'Sam Okafor'],
  });
  await fieldwork.open();

  // Settings › Audit trail: record my changes as Dana Reyes (an assessor of the assessment).
  await area(page, 'Settings & about');
  const card = page.getByTestId('audit-actor');
  await expect(card).toContainText(`Changes are recorded as ${os} (account ${os}).`);
  await card.getByLabel('Record my changes as').fill('Dana Reyes');
  await card.getByRole('button', { name: 'Save name' }).click();
  await expect(card.getByText('Changes are now recorded as Dana Reyes.')).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await card.screenshot({ path: join(SHOTS, 'audit-01-settings-actor.png'), animations: 'disabled' });

  // Two checklist edits from the keyboard: implemented, then N/A with its justification.
  await area(page, 'Checklist');
  const grid = page.getByTestId('checklist-grid');
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await expect(grid.locator('.cl-focused .badge')).toHaveText('Implemented');
  await page.keyboard.press('j');
  await page.keyboard.press('5');
  const justification = 'No model is trained in-house; training is done by the vendor.';
  await page.getByRole('dialog').getByLabel('Justification').fill(justification);
  await page.getByRole('dialog').getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(grid.locator('.cl-focused .badge')).toHaveText('N/A');
  const controls = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  const implemented = controls.find((c) => c.status === 'implemented');
  const notApplicable = controls.find((c) => c.status === 'not_applicable');
  if (!implemented || !notApplicable) throw new Error('the two edits did not reach the workspace');

  // Mute a finding with its justification.
  const reason = 'The governance programme is run by the group; see its charter of 2026-06-01.';
  await area(page, 'Findings & gaps');
  const { findings } = await fieldwork.invoke('findings:list', { assessmentId: assessment.id });
  const finding = findings.find((f) => !f.muted);
  if (!finding) throw new Error('a new assessment should have open findings');
  await page
    .locator(`[data-testid="open-findings"] [data-testid="finding"][data-key="${finding.key}"]`)
    .getByRole('button', { name: 'Mute…' })
    .click();
  await page.getByTestId('mute-justification-input').fill(reason);
  await page.getByRole('dialog').getByRole('button', { name: 'Mute finding' }).click();
  await expect(page.locator(`[data-testid="muted-findings"] [data-key="${finding.key}"]`)).toContainText(reason);

  // The viewer: the chain verifies, with as many entries as main counts.
  await page.getByRole('navigation', { name: 'Assessment areas' }).getByRole('button', { name: 'Audit trail' }).click();
  const verification = await fieldwork.invoke('audit:verify', {});
  expect(verification.ok).toBe(true);
  await expect(page.getByTestId('audit-chain-status')).toHaveText(
    `Verified: ${verification.entries} entries, unbroken`,
  );
  await expect(page.getByTestId('audit-count')).toContainText(`of ${verification.entries} matching entries`);
  const anchor = `${verification.head?.seq}:${verification.head?.hash}`;
  await expect(page.getByTestId('audit-head')).toHaveValue(anchor);

  // Filter to changed checklist rows: the two edits, newest first, by Dana Reyes, before → after.
  const filters = page.getByRole('search', { name: 'Filter the audit trail' });
  await filters.getByLabel('Area').selectOption({ label: 'Checklist' });
  await filters.getByLabel('Action').selectOption({ label: 'Changed' });
  const rows = page.getByTestId('audit-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('audit-count')).toContainText('2 of 2 matching entries');
  await expect(page.getByTestId('audit-count')).toContainText(`filters hide ${verification.entries - 2} entries`);
  const na = rows.nth(0);
  await expect(na.getByRole('rowheader')).toHaveText(notApplicable.controlId);
  await expect(na).toContainText('Dana Reyes');
  await expect(na).toContainText(`signed in as ${os}`);
  await expect(na).toContainText('StatusNot assessed → Not applicable');
  await expect(na).toContainText(`Justification(empty) → ${justification}`);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(implemented.controlId);
  await expect(rows.nth(1)).toContainText('StatusNot assessed → Implemented');
  await shot(page, 'audit-02-viewer-filtered');

  // The mute and its justification, found by text.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Search').fill('charter of 2026-06-01');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Muted finding');
  await expect(rows.first()).toContainText('Added');
  await expect(rows.first()).toContainText(reason);

  // Export what the filter shows, as CSV, through the save dialog.
  const csv = join(fieldwork.dir, 'audit.csv');
  fieldwork.dialogs.answerExport(csv);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByText(`1 entry exported to ${csv}`)).toBeVisible();
  const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(reason);
  expect(fieldwork.dialogs.proposedExports.at(-1)).toEqual({
    name: 'fieldwork-audit-trail-2026-11-22.csv',
    kind: 'csv',
  });
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(100);
  await expect(page.getByTestId('audit-count')).toContainText(`100 of ${verification.entries} matching entries`);
  await rows.nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'audit-03-viewer-all.png'), animations: 'disabled' });
  // Older entries page in; the oldest is the catalog version the assessment was created with.
  await page.getByRole('button', { name: 'Show older entries' }).click();
  await expect(rows).toHaveCount(verification.entries);
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
  await expect(rows.last()).toContainText('Catalog');

  // The anchor written down earlier is part of the trail…
  await page.getByLabel('Check against an anchor').fill(anchor);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('audit-chain-status')).toContainText(
    `The anchor #${verification.head?.seq} is part of this trail.`,
  );

  // …until someone edits an entry with plain SQL, behind the app's back: the check says so, and where.
  fieldwork.app.services.db.exec(
    `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Sam Okafor' WHERE seq = 3;`,
  );
  await page.getByRole('button', { name: 'Check again' }).click();
  const broken = page.getByTestId('audit-chain-status');
  await expect(broken).toContainText('The audit trail has been tampered with');
  await expect(broken).toContainText(
    'Entry #3 was changed after it was recorded: its content no longer matches its hash.',
  );
  await expect(broken).toContainText('A recording trigger has been removed (audit_log_no_update)');
  await page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'audit-04-tampered.png'), animations: 'disabled' });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Fieldwork } from './harness';

/**
 * Exports that leave encryption, in the real UI: in an encrypted workspace the Reports page says that its
 * files are written unencrypted, each export asks first ("Export unencrypted", keyboard included) before
 * main's save dialog opens, and the PDF written says so on its cover (read back with pdftotext, in English
 * and French). A plain workspace shows and asks nothing.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const PASS = 'correct horse battery staple';
const LINE_EN =
  'Exported from an encrypted Fieldwork workspace. This PDF is not encrypted: keep and share it with the same care as the workspace.';
const LINE_FR =
  'Exporté depuis un espace de travail Fieldwork chiffré. Ce PDF n’est pas chiffré : conservez-le et partagez-le avec le même soin que l’espace de travail.';

async function shot(fieldwork: Fieldwork, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await fieldwork.page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/** What a reader of the PDF sees, with line breaks and no-break spaces made plain spaces. */
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

async function openReports(fieldwork: Fieldwork): Promise<void> {
  await fieldwork.invoke('assessment:create', {
    organisation: 'Acme Vision Ltd',
    systemName: 'Inference API',
    reportType: 'II',
    categories: ['security', 'availability'],
    windowStart: '2026-09-23',
    windowEnd: '2027-03-22',
  });
  await fieldwork.open();
  await fieldwork.page
    .getByRole('navigation', { name: 'Assessment areas' })
    .getByRole('button', { name: 'Reports', exact: true })
    .click();
  await expect(fieldwork.page.getByRole('heading', { name: 'Readiness report (PDF)' })).toBeVisible();
}

test('an encrypted workspace warns before each unencrypted export, and the PDF says so', async ({ fieldwork }) => {
  test.setTimeout(180_000);
  const { page, dialogs, dir } = fieldwork;
  await fieldwork.invoke('workspace:encrypt', { passphrase: PASS, remember: false });
  await openReports(fieldwork);

  const notice = page.getByTestId('unencrypted-exports-notice');
  await expect(notice).toContainText('Not encrypted: this workspace is encrypted, but the files exported here are not');
  await shot(fieldwork, 'export-warning-01-reports-encrypted');

  // The question comes before main's save dialog; Esc answers "no" and nothing is written.
  await page.getByTestId('export-pdf').click();
  const dialog = page.getByRole('dialog', { name: 'Export without encryption?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('PDF readiness report');
  await expect(dialog).toContainText('The file itself says that it comes from an encrypted workspace.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(fieldwork, 'export-warning-02-confirm-pdf');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(dialogs.proposedReportNames).toEqual([]);
  await expect(page.getByTestId('report-outcome')).toHaveText('');

  // By keyboard: Enter on the export button, Shift+Tab to "Export unencrypted", Enter; then the save dialog.
  const english = join(dir, 'report-en.pdf');
  dialogs.answerReport(english);
  await page.getByTestId('export-pdf').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Export unencrypted' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${english}`, { timeout: 60_000 });
  expect(dialogs.proposedReportNames).toHaveLength(1);
  expect(pdfText(english)).toContain(LINE_EN);

  // The French report carries the French line.
  const french = join(dir, 'rapport-fr.pdf');
  dialogs.answerReport(french);
  await page.getByLabel('Report language').selectOption('fr');
  await page.getByTestId('export-pdf').click();
  await dialog.getByRole('button', { name: 'Export unencrypted' }).click();
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${french}`, { timeout: 60_000 });
  expect(pdfText(french)).toContain(LINE_FR);

  // A CSV cannot say it itself: the question says so; Cancel writes nothing (no export dialog queued).
  await page.getByTestId('export-controls-csv').click();
  await expect(dialog).toContainText('Control matrix (CSV)');
  await expect(dialog).toContainText('This format cannot say so itself');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(dialogs.proposedExports).toEqual([]);

  // The portable file: unticking "Encrypt" shows why it matters, and the button says what it does.
  await page.getByTestId('export-assessment').click();
  const portable = page.getByRole('dialog');
  await portable.getByTestId('encrypt-toggle').uncheck();
  await expect(portable.getByTestId('portable-unencrypted-warning')).toContainText(
    'although this workspace is encrypted, every record and evidence file in this assessment file can be read',
  );
  await expect(portable.getByTestId('export-assessment-confirm')).toHaveText('Export unencrypted');
  await shot(fieldwork, 'export-warning-03-portable-unencrypted');
  await portable.getByTestId('encrypt-toggle').check();
  await expect(portable.getByTestId('export-assessment-confirm')).toHaveText('Choose where to save…');
  await page.keyboard.press('Escape');
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('a plain workspace shows no warning and asks nothing before exporting', async ({ fieldwork }) => {
  test.setTimeout(120_000);
  const { page, dialogs, dir } = fieldwork;
  await openReports(fieldwork);
  await expect(page.getByTestId('unencrypted-exports-notice')).toHaveCount(0);
  await shot(fieldwork, 'export-warning-04-reports-plain');

  const path = join(dir, 'report.pdf');
  dialogs.answerReport(path);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${path}`, { timeout: 60_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const text = pdfText(path);
  expect(text).toContain('Readiness report');
  expect(text).not.toContain('encrypted Fieldwork workspace');

  await page.getByTestId('export-assessment').click();
  const portable = page.getByRole('dialog');
  await portable.getByTestId('encrypt-toggle').uncheck();
  await expect(portable.getByTestId('portable-unencrypted-warning')).toHaveCount(0);
  await expect(portable.getByText('The file will not be encrypted')).toBeVisible();
  await expect(portable.getByTestId('export-assessment-confirm')).toHaveText('Choose where to save…');
});

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, test, type Fieldwork } from './harness';

/**
 * The spreadsheet flows as a person uses them: import a control matrix from the Checklist (file dialog →
 * column mapping → preview with the validation report → import), first a messy CSV whose errors block the
 * import, then a 3,000-row workbook that goes in; then the exports from Reports, read back from disk.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const MATRICES = join(process.cwd(), 'test', 'fixtures', 'matrices');

async function shot(fieldwork: Fieldwork, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await fieldwork.page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await fieldwork.page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

test('import a messy matrix, read its report, import a large one, export both spreadsheets', async ({ fieldwork }) => {
  test.setTimeout(120_000);
  const { page, dialogs } = fieldwork;
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Acme AI',
    systemName: 'Inference API',
    reportType: 'II',
    categories: ['security', 'availability', 'confidentiality'],
    windowStart: '2026-09-23',
    windowEnd: '2027-03-22',
  });
  const before = (await fieldwork.invoke('control:list', { assessmentId: assessment.id })).length;
  await fieldwork.open();
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();

  // Step 1: the file. Cancelling the dialog says so and stays on the first step.
  await page.getByRole('button', { name: 'Import control matrix…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByText('Bring in a control matrix')).toBeVisible();
  dialogs.answerMatrixFile(null);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(dialog.getByText('No file chosen.')).toBeVisible();
  dialogs.answerMatrixFile(join(MATRICES, 'messy-matrix.csv'));
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();

  // Step 2: the proposed mapping, under the title rows, with the SOC 2 column among ISO and NIST.
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  await expect(dialog.getByText('messy-matrix.csv: 27 rows below the header')).toBeVisible();
  await expect(mapping.getByLabel('Header row')).toHaveValue('5');
  await expect(mapping.getByLabel('SOC 2 criteria (TSC)')).toHaveValue('5');
  await expect(mapping.getByLabel('Control id')).toHaveValue('0');
  await expect(mapping.getByLabel('Pipeline stage')).toHaveValue('');
  await expect(mapping.locator('tr[data-field="criteria"] .import-examples')).toContainText('cc6.1 , CC6.6');
  await shot(fieldwork, 'spreadsheets-01-mapping');

  // Step 3: the preview — the hand-checked counts, errors first, and no way to import while they remain.
  await dialog.getByRole('button', { name: 'Preview the import' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('import-creates')).toHaveText('18');
  await expect(preview.getByTestId('import-updates')).toHaveText('1');
  await expect(preview.getByTestId('import-errors')).toHaveText('4');
  await expect(preview.getByTestId('import-warnings')).toHaveText('20');
  await expect(preview.getByText('Nothing can be imported while 4 errors remain.')).toBeVisible();
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  await expect(preview.locator('tbody tr').nth(1)).toContainText(
    'CH-02 is also on row 15 with a different title, status',
  );
  await expect(dialog.getByRole('button', { name: /^Import \d+ rows$/ })).toBeDisabled();
  await shot(fieldwork, 'spreadsheets-02-preview-errors');
  await preview.getByLabel('Warnings (20)').check();
  await expect(preview.locator('tbody tr')).toHaveCount(20);
  await expect(preview.locator('tr[data-code="group_expanded"]').first()).toContainText(
    'The group “CC6” was read as all of its criteria',
  );
  await shot(fieldwork, 'spreadsheets-03-preview-warnings');
  expect((await fieldwork.invoke('control:list', { assessmentId: assessment.id })).length).toBe(before);

  // Another file: the 3,000-row workbook (cover sheet, merged headers, numeric ids) imports cleanly.
  dialogs.answerMatrixFile(join(MATRICES, 'large-matrix-3000.xlsx'));
  await dialog.getByRole('button', { name: 'Choose another file' }).click();
  await expect(dialog.getByText('large-matrix-3000.xlsx, sheet “Controls”: 3000 rows below the header')).toBeVisible();
  await expect(mapping.getByLabel('Worksheet')).toHaveValue('Controls');
  await expect(mapping.getByLabel('The header spans two rows (a group row above the column names)')).toBeChecked();
  await expect(mapping.getByLabel('Owner function')).toHaveValue('7');
  await shot(fieldwork, 'spreadsheets-04-mapping-xlsx');
  await dialog.getByRole('button', { name: 'Preview the import' }).click();
  await expect(preview.getByTestId('import-creates')).toHaveText('3000');
  await expect(preview.getByTestId('import-errors')).toHaveText('0');
  await expect(preview.getByText('No errors: the import can be applied.')).toBeVisible();
  await shot(fieldwork, 'spreadsheets-05-preview-ok');
  await dialog.getByRole('button', { name: 'Import 3000 rows' }).click();
  await expect(dialog.getByText('Imported: 3000 controls added, 0 updated.')).toBeVisible();
  await shot(fieldwork, 'spreadsheets-06-done');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect((await fieldwork.invoke('control:list', { assessmentId: assessment.id })).length).toBe(before + 3000);

  // The exports, from Reports, read back from disk.
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  const card = page.getByTestId('spreadsheet-exports');
  const csv = join(fieldwork.dir, 'matrix.csv');
  dialogs.answerExport(csv);
  await card.getByRole('button', { name: 'Export the control matrix as CSV' }).click();
  await expect(card.getByTestId('spreadsheet-outcome')).toContainText(csv);
  const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  const score = await fieldwork.invoke('score:get', { assessmentId: assessment.id });
  expect(rows.length - 1).toBe(score.controls.filter((c) => c.criteria.length > 0).length);
  expect(rows.find((r) => r[0] === '1002')?.slice(0, 4)).toEqual([
    '1002',
    'Control 1002: changes are approved',
    'What control 1002 does, in a sentence or two.',
    'CC7.2, CC7.3',
  ]);
  const xlsx = join(fieldwork.dir, 'matrix.xlsx');
  dialogs.answerExport(xlsx);
  await card.getByRole('button', { name: 'Export the control matrix as Excel (.xlsx)' }).click();
  await expect(card.getByTestId('spreadsheet-outcome')).toContainText(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Control matrix', 'About']);
  dialogs.answerExport(null);
  await card.getByRole('button', { name: 'Export the remediation plan as CSV' }).click();
  await expect(card.getByText('Export cancelled; no file was written.')).toBeVisible();
  expect(dialogs.proposedExports.map((e) => e.kind)).toEqual(['csv', 'xlsx', 'csv']);
  await card.scrollIntoViewIfNeeded();
  await shot(fieldwork, 'spreadsheets-07-reports');
});

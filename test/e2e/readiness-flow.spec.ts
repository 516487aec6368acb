import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatPercent } from '../../shared/format';
import type { ScoreResult } from '../../shared/scoring/types';
import { APP_ORIGIN, expect, test } from './harness';

const BIN = join(process.cwd(), 'bin/fieldwork.js');

/** The command line's score for the workspace the UI is using (a second reader on the same WAL file). */
function cliScore(workspace: string, assessmentId: string): ScoreResult {
  const out = execFileSync(
    process.execPath,
    [BIN, 'score', '--workspace', workspace, '--assessment', assessmentId, '--json'],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as ScoreResult;
}

test('create an assessment, set statuses, watch the dashboard move, export the PDF and check its figures', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  await fieldwork.open();

  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByLabel('Organisation').fill('Northwind Robotics');
  await page.getByLabel('System name').fill('Vision QA model service');
  await page.getByLabel('Observation window start').fill('2026-09-23');
  await page.getByLabel('Observation window end').fill('2027-03-22');
  await page.getByLabel('Processing Integrity (PI)').check();
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();

  const [assessment] = await fieldwork.invoke('assessment:list', {});
  if (!assessment) throw new Error('the assessment was not created');
  expect(assessment.categories).toEqual(['security', 'processing-integrity']);
  await expect(page.getByTestId('overall-design')).toHaveText(formatPercent(0, 'en'));

  // Walk the first rows of the checklist from the keyboard: implemented, partial, implemented, not implemented.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const grid = page.getByTestId('checklist-grid');
  await grid.focus();
  for (const key of ['4', '3', '4', '2', '4', '4']) {
    await page.keyboard.press('j');
    await page.keyboard.press(key);
  }
  await expect
    .poll(
      async () =>
        (await fieldwork.invoke('score:get', { assessmentId: assessment.id })).overall.controlsByStatus.implemented,
    )
    .toBe(4);

  // The dashboard shows the new figures, equal to the command line's.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  const score = cliScore(fieldwork.workspacePath, assessment.id);
  expect(score.overall.design).toBeGreaterThan(0);
  await expect(page.getByTestId('overall-design')).toHaveText(formatPercent(score.overall.design, 'en'));

  // Export the PDF through the app's save dialog.
  const pdf = join(fieldwork.dir, 'readiness.pdf');
  fieldwork.dialogs.answerReport(pdf);
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await page.getByRole('button', { name: 'Export PDF report…' }).click();
  await expect(page.getByText('Report saved to:')).toBeVisible();
  expect(existsSync(pdf)).toBe(true);
  expect(fieldwork.dialogs.proposedReportNames[0]).toMatch(
    /^fieldwork-readiness-northwind-robotics-\d{4}-\d{2}-\d{2}\.pdf$/,
  );

  // Read it back with independent tools: the structure is sound and the figures are the score's.
  expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Northwind Robotics');
  expect(text).toContain(formatPercent(score.overall.design, 'en'));
  for (const category of score.categories) expect(text).toContain(formatPercent(category.design, 'en'));
  const criterion = score.criteria.find((c) => c.design > 0);
  if (!criterion) throw new Error('no criterion moved');
  expect(text).toMatch(
    new RegExp(
      `${criterion.id.replace('.', '\\.')}\\b[^\\n]*${formatPercent(criterion.design, 'en').replace('.', '\\.')}`,
    ),
  );

  // Nothing the page asked for left the app's own origin.
  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});

test('the app is offline: no request leaves its origin while every screen loads', async ({ fieldwork }) => {
  const { page } = fieldwork;
  await fieldwork.invoke('assessment:create', {
    organisation: 'Offline Co',
    systemName: 'Model API',
    reportType: 'II',
    categories: ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: [],
  });
  await fieldwork.open();
  for (const area of ['Overview', 'Checklist', 'Catalog', 'Reports', 'Settings & about']) {
    await page.getByRole('button', { name: area, exact: true }).click();
    await expect(page.locator('main')).toBeVisible();
  }
  expect(fieldwork.requests.length).toBeGreaterThan(0);
  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
  // In CI the suite runs inside a network namespace with no network (scripts/offline.mjs).
  if (process.env.CI) expect(process.env.FIELDWORK_OFFLINE).toBe('1');
});

test('reopening the workspace resumes on the assessment and area last shown', async ({ fieldwork }) => {
  const { page } = fieldwork;
  const create = (organisation: string) =>
    fieldwork.invoke('assessment:create', {
      organisation,
      systemName: 'Model API',
      reportType: 'I',
      categories: ['security'],
      assessors: [],
    });
  const first = await create('First Org');
  await create('Second Org');
  await fieldwork.open();

  // A fresh profile opens on the Overview; choose the first assessment's Evidence page.
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByTestId('assessment-switcher').selectOption(first.id);
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Evidence', level: 1 })).toBeVisible();

  await fieldwork.open();
  await expect(page.getByTestId('assessment-switcher')).toHaveValue(first.id);
  await expect(page.getByRole('heading', { name: 'Evidence', level: 1 })).toBeVisible();
});

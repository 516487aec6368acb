import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';

/**
 * The PDF report's options on the Reports page, through the real handler: language, sections, the
 * watermark and the management summary reach report:save, and the PDF written shows it.
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

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
const pages = (pdf: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const watermarks = (pdf: string, word: string) =>
  execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '').split(word).length - 1;

test('the report options reach the PDF: French, chosen sections, watermark, summary only', async ({ fieldwork }) => {
  test.setTimeout(180_000);
  const { page, dialogs, dir } = fieldwork;
  const { createDemoAssessment } = await loadMain();
  createDemoAssessment(fieldwork.app.services);
  await fieldwork.open();
  await page
    .getByRole('navigation', { name: 'Assessment areas' })
    .getByRole('button', { name: 'Reports', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Readiness report (PDF)' })).toBeVisible();

  // French, three sections, the watermark.
  await page.getByLabel('Report language').selectOption('fr');
  for (const section of [
    'scope',
    'readiness',
    'register',
    'timeline',
    'vendors',
    'ownership',
    'remediation',
    'methodology',
  ]) {
    await page.getByTestId(`report-section-${section}`).uncheck();
  }
  await page.getByTestId('report-watermark').check();
  await shot(fieldwork, 'report-pdf-options');
  const chosen = join(dir, 'rapport.pdf');
  dialogs.answerReport(chosen);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${chosen}`, { timeout: 60_000 });
  const fr = text(chosen);
  expect(fr).toMatch(/1\s+Synthèse/);
  expect(fr).toMatch(/2\s+Constats et écarts/);
  expect(fr).not.toContain('Registre des contrôles');
  expect(watermarks(chosen, 'CONFIDENTIEL')).toBe(pages(chosen));

  // No section at all: the export is refused before any dialog opens.
  await page.getByTestId('report-section-cover').uncheck();
  await page.getByTestId('report-section-summary').uncheck();
  await page.getByTestId('report-section-findings').uncheck();
  await expect(page.getByText('Choose at least one section to export.')).toBeVisible();
  await expect(page.getByTestId('export-pdf')).toBeDisabled();

  // Management summary only, in English, no watermark: a few pages, the section list set aside.
  await page.getByLabel('Report language').selectOption('en');
  await page.getByTestId('report-watermark').uncheck();
  await page.getByTestId('report-summary-only').check();
  await expect(page.getByTestId('report-section-register')).toBeDisabled();
  await shot(fieldwork, 'report-pdf-summary-only');
  const summary = join(dir, 'summary.pdf');
  dialogs.answerReport(summary);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${summary}`, { timeout: 60_000 });
  const en = text(summary);
  expect(pages(summary)).toBeLessThanOrEqual(3);
  expect(en).toContain('Readiness report: management summary');
  expect(en).toContain('Top five gaps');
  expect(watermarks(summary, 'CONFIDENTIAL')).toBe(0);
});

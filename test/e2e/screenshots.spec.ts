import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPercent } from '../../shared/format';
import { APP_ORIGIN, expect, test, type Fieldwork } from './harness';

/**
 * Walks the main screens as a person would — create an assessment through the form, set statuses from the
 * keyboard and the detail panel — checks the figures against the real handlers, and saves a full-page
 * screenshot of each screen in test-results/screenshots/ for a human to look at.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * The app scrolls inside its main area, not the document, so a "full page" screenshot would stop at the
 * window's edge: grow the window to the page's height for the shot, then put it back.
 */
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
  // Let layout and the chart's resize observer settle (two frames), then shoot.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(size);
}

test('main screens, with real data, look right', async ({ fieldwork }) => {
  const { page } = fieldwork;
  await fieldwork.open();

  // 1. Empty workspace: explains what an assessment is and offers the next step.
  await expect(page.getByRole('heading', { name: 'No assessment in this workspace yet' })).toBeVisible();
  await expect(page.getByTestId('workspace-path')).toHaveText(fieldwork.workspacePath);
  await shot(fieldwork, '01-assessments-empty');

  // 2. The form validates field by field, with the shared validator's rules.
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByLabel('Organisation').fill('Acme Vision Ltd');
  await page.getByLabel('Observation window start').fill('2026-09-23');
  await expect(page.getByLabel('Day-60 review date')).toHaveValue('2026-11-22');
  await page.getByLabel('Observation window end').fill('2026-10-30');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(page.getByText(/The window is 37 days; a Type II window must be at least 60 days/)).toBeVisible();
  await expect(page.getByText(/The review date is after the observation window ends/)).toBeVisible();
  await shot(fieldwork, '02-new-assessment-validation');

  // Fix the form and create the assessment.
  await page.getByLabel('System name').fill('Acme Inference API');
  await page.getByLabel('Observation window end').fill('2027-03-22');
  await page.getByLabel('Availability (A)').check();
  await page.getByLabel('Confidentiality (C)').check();
  await page.getByLabel('Assessors').fill('Dana Reyes, Sam Okafor');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('review-date')).toContainText('22 Nov 2026');
  await expect(page.getByTestId('review-date')).toContainText('today');

  const [assessment] = await fieldwork.invoke('assessment:list', {});
  expect(assessment).toBeDefined();
  if (!assessment) return;
  expect(assessment.categories).toEqual(['security', 'availability', 'confidentiality']);
  expect(assessment.assessors).toEqual(['Dana Reyes', 'Sam Okafor']);

  // 3. The list with one assessment.
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('row', { name: /Acme Inference API/ })).toBeVisible();
  await shot(fieldwork, '03-assessments-list');

  // 4. Checklist from the keyboard: j moves, 4 = implemented, 3 = partial, 2 = not implemented.
  await page.getByRole('button', { name: /Open the assessment of Acme Inference API/ }).click();
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const grid = page.getByTestId('checklist-grid');
  await grid.focus();
  for (const key of ['4', '3', '2', '4', '4']) {
    await page.keyboard.press('j');
    await page.keyboard.press(key);
  }
  await expect(grid.locator('.cl-focused .badge')).toHaveText('Implemented');

  // N/A from the keyboard asks for the justification first.
  await page.keyboard.press('j');
  await page.keyboard.press('5');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(dialog.getByText('A justification is required to mark a control not applicable.')).toBeVisible();
  await dialog.getByLabel('Justification').fill('No customer data is processed by this subsystem.');
  await dialog.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid.locator('.cl-focused .badge')).toHaveText('N/A');

  // Filters say how many controls they hide.
  await page.getByTestId('filter-status').selectOption('implemented');
  await expect(page.getByTestId('filter-count')).toContainText('hidden by filters');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // 5. The detail panel: Enter opens it; edits save on their own.
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('control-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Auditor’s test procedure')).toBeVisible();
  await panel.getByTestId('detail-status').selectOption('partial');
  await expect(panel.getByText('Saved')).toBeVisible();
  await panel.getByTestId('detail-owner').fill('Priya Natarajan');
  await expect(panel.getByText('Saved')).toBeVisible();
  const controlId = await grid.locator('.cl-focused').getAttribute('data-control-id');
  await expect
    .poll(
      async () =>
        (await fieldwork.invoke('control:list', { assessmentId: assessment.id })).find((c) => c.controlId === controlId)
          ?.ownerName,
    )
    .toBe('Priya Natarajan');
  await shot(fieldwork, '05-control-detail');
  await panel.getByRole('heading', { name: 'Auditor’s test procedure' }).scrollIntoViewIfNeeded();
  await shot(fieldwork, '05b-control-guidance');
  await panel.getByRole('button', { name: 'Close the detail panel' }).click();
  await shot(fieldwork, '04-checklist');

  // Add a custom control: required fields are checked, then it joins the checklist and opens.
  await page.getByRole('button', { name: 'Add custom control' }).click();
  const form = page.getByTestId('custom-control-form');
  await form.getByRole('button', { name: 'Add control' }).click();
  await expect(form.getByText('A title is required.')).toBeVisible();
  await expect(form.getByText('Choose at least one criterion.')).toBeVisible();
  await form.getByLabel('Title').fill('Model cards are published for every production model');
  await form.getByLabel('Filter criteria').fill('CC8');
  await form.getByRole('checkbox', { name: /CC8\.1/ }).check();
  await shot(fieldwork, '04b-custom-control-form');
  await form.getByRole('button', { name: 'Add control' }).click();
  await expect(page.getByTestId('control-panel')).toContainText('Model cards are published for every production model');
  await expect(page.getByTestId('control-panel')).toContainText('CUS-01');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('control-panel')).toBeHidden();

  // 6. The dashboard shows exactly what the real scoring handler computes.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  const score = await fieldwork.invoke('score:get', { assessmentId: assessment.id });
  expect(score.overall.controlsByStatus.implemented).toBeGreaterThan(0);
  await expect(page.getByTestId('overall-design')).toHaveText(formatPercent(score.overall.design, 'en'));
  if (score.overall.operating === null) {
    await expect(page.getByTestId('operating')).toContainText(
      'Operating readiness — measured once evidence is tracked',
    );
  } else {
    await expect(page.getByTestId('overall-operating')).toHaveText(formatPercent(score.overall.operating, 'en'));
  }
  const cc11 = score.criteria.find((c) => c.id === 'CC1.1');
  if (cc11) {
    await page.getByRole('button', { name: `How CC1.1 scores ${formatPercent(cc11.design, 'en')}` }).click();
    await expect(page.getByTestId('breakdown-CC1.1')).toBeVisible();
  }
  await page.getByText('How is this computed?').click();
  await shot(fieldwork, '06-dashboard');

  // 7. The catalog.
  await page.getByRole('button', { name: 'Catalog', exact: true }).click();
  await page.getByTestId('catalog-controls').getByRole('button').first().click();
  await expect(page.getByTestId('catalog-panel')).toBeVisible();
  await shot(fieldwork, '07-catalog');

  // The smaller pages: scope, the evidence page's empty state, reports, settings.
  await page.getByRole('button', { name: 'Scope & boundary', exact: true }).click();
  await expect(page.getByText('Dana Reyes, Sam Okafor')).toBeVisible();
  await shot(fieldwork, '12-scope');
  await page.getByRole('button', { name: 'Edit scope' }).click();
  await expect(page.getByLabel('Day-60 review date')).toHaveValue('2026-11-22');
  await page.getByLabel('Assessors').fill('Dana Reyes\nSam Okafor\nLeïla Benali');
  await page.getByRole('button', { name: 'Save scope' }).click();
  await expect(page.getByText('Dana Reyes, Sam Okafor, Leïla Benali')).toBeVisible();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(page.getByTestId('evidence-empty')).toBeVisible();
  await shot(fieldwork, '13-evidence-empty');
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await shot(fieldwork, '14-reports');
  await page.getByRole('button', { name: 'Settings & about', exact: true }).click();
  await expect(page.getByText('0.0.0-e2e')).toBeVisible();
  await shot(fieldwork, '15-settings');

  // Nothing left the app's origin, and the strict CSP was never violated.
  expect(fieldwork.requests.length).toBeGreaterThan(0);
  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('a 1,000-control checklist stays virtual and keyboard-driven; bulk edits, jump and file actions work', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Globex',
    systemName: 'Recommendation Engine',
    reportType: 'II',
    categories: ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: [],
  });
  for (let i = 0; i < 1000; i++) {
    await fieldwork.invoke('control:addCustom', {
      assessmentId: assessment.id,
      control: { title: `Imported control number ${i + 1}`, criteria: [i % 2 ? 'CC6.1' : 'PI1.3'] },
    });
  }
  const total = (await fieldwork.invoke('control:list', { assessmentId: assessment.id })).length;
  expect(total).toBeGreaterThan(1000);

  await fieldwork.open();
  await page.getByTestId('assessment-switcher').selectOption(assessment.id);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const grid = page.getByTestId('checklist-grid');
  await expect(page.getByTestId('filter-count')).toContainText(
    `${total.toLocaleString('en')} of ${total.toLocaleString('en')} controls shown`,
  );
  // Only the rows in view (plus a margin) exist in the page.
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(80);

  // End/Home reach the far ends of the list; the focused row is rendered and visible.
  await grid.focus();
  await page.keyboard.press('End');
  await expect(grid.locator('.cl-focused')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(grid.locator('.cl-focused')).toBeInViewport();

  // Multi-select with Space, then bulk set status and owner.
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  const bulk = page.getByTestId('bulk-bar');
  await expect(bulk).toContainText('3 controls selected');
  const selected = await grid
    .locator('.cl-selected')
    .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-control-id')))]);
  await bulk.getByTestId('bulk-status').selectOption('implemented');
  await expect(page.getByText('Updated 3 controls.')).toBeVisible();
  await bulk.getByLabel('Owner name').fill('Kai Lindqvist');
  await bulk.getByLabel('Owner function').selectOption('data_science');
  await bulk.getByRole('button', { name: 'Set owner' }).click();
  await expect(page.getByText('Updated 3 controls.')).toBeVisible();
  const after = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  for (const id of selected) {
    const control = after.find((c) => c.controlId === id);
    expect(control?.status).toBe('implemented');
    expect(control?.ownerName).toBe('Kai Lindqvist');
    expect(control?.ownerFunction).toBe('data_science');
  }

  // Ctrl+K jumps to any control by id and opens it.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Jump to a control or criterion' })).toBeFocused();
  await page.keyboard.type('CUS-999');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('control-panel')).toContainText('Imported control number 999');
  await expect(grid.locator('.cl-focused')).toHaveAttribute('data-control-id', 'CUS-999');
  await expect(grid.locator('.cl-focused')).toBeInViewport();

  // N/A in the detail panel needs a justification: the field and its error appear, then it saves.
  const panel = page.getByTestId('control-panel');
  await panel.getByTestId('detail-status').selectOption('not_applicable');
  await expect(panel.getByText('A justification is required to mark a control not applicable.')).toBeVisible();
  await panel.getByTestId('detail-justification').fill('Replaced by the platform team’s own review.');
  await expect(panel.getByText('Saved')).toBeVisible();
  await expect
    .poll(
      async () =>
        (await fieldwork.invoke('control:list', { assessmentId: assessment.id })).find((c) => c.controlId === 'CUS-999')
          ?.status,
    )
    .toBe('not_applicable');

  // Reports: a cancelled dialog says so; a chosen path gets a PDF.
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  fieldwork.dialogs.answerReport(null);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('report-outcome')).toContainText('Export cancelled; no file was written.');
  const pdf = join(fieldwork.dir, 'readiness.pdf');
  fieldwork.dialogs.answerReport(pdf);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('report-outcome')).toContainText(`Report saved to:${pdf}`, { timeout: 30_000 });
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // File › New workspace… switches to an empty workspace; Open workspace… comes back.
  const second = `${fieldwork.dir}/second.fwdb`;
  fieldwork.dialogs.answerCreate(second);
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await expect(page.getByTestId('workspace-path')).toHaveText(second);
  await expect(page.getByRole('heading', { name: 'No assessment in this workspace yet' })).toBeVisible();
  fieldwork.dialogs.answerOpen(null);
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await expect(page.getByText('No workspace chosen; the current one stays open.')).toBeVisible();
  fieldwork.dialogs.answerOpen(fieldwork.workspacePath);
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await expect(page.getByTestId('workspace-path')).toHaveText(fieldwork.workspacePath);
  // …where work resumes on the assessment and area last shown in it: Reports.
  await expect(page.getByTestId('assessment-switcher')).toHaveValue(assessment.id);
  await expect(page.locator('#reports-title')).toBeVisible();

  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('dark theme and 200% zoom stay readable', async ({ fieldwork }) => {
  const { page } = fieldwork;
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Initech',
    systemName: 'Document Classifier',
    reportType: 'I',
    categories: ['security', 'confidentiality'],
    assessors: ['Ana Pereira'],
  });
  const controls = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  const statuses = ['implemented', 'partial', 'not_implemented', 'implemented'] as const;
  await fieldwork.invoke('control:bulkUpdate', {
    assessmentId: assessment.id,
    controlIds: controls.filter((_, i) => i % 3 === 0).map((c) => c.controlId),
    patch: { status: statuses[0] },
  });
  await fieldwork.invoke('control:bulkUpdate', {
    assessmentId: assessment.id,
    controlIds: controls.filter((_, i) => i % 3 === 1).map((c) => c.controlId),
    patch: { status: statuses[1] },
  });

  await page.emulateMedia({ colorScheme: 'dark' });
  await fieldwork.open();
  await page.getByTestId('assessment-switcher').selectOption(assessment.id);
  await expect(page.getByTestId('operating')).toContainText('Type I tests design at a point in time');
  await shot(fieldwork, '08-dark-dashboard');
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByTestId('checklist-grid').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('control-panel')).toBeVisible();
  await shot(fieldwork, '09-dark-checklist');

  // 200% zoom of a 1440-pixel window is a 720-pixel-wide layout: nothing may spill sideways.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 720, height: 900 });
  await page.getByTestId('control-panel').getByRole('button', { name: 'Close the detail panel' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await shot(fieldwork, '10-zoom200-checklist');
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await shot(fieldwork, '11-zoom200-dashboard');
});

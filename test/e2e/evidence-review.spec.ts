import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPercent } from '../../shared/format';
import type { Locator } from '@playwright/test';
import { APP_ORIGIN, expect, test, type Fieldwork } from './harness';
import { dropFiles } from './support/drop';

/**
 * The Type II flow in the UI: attach evidence (file dialog and drag-and-drop), watch a control's coverage
 * and the dashboard's operating figure move, hold the day-60 review, complete it, and compare snapshots.
 * The harness clock is 2026-11-22; the window opens 2026-09-01, so the review date (start + 60 days,
 * 2026-10-31) has passed and the elapsed window is 2026-09-01 → 2026-11-22, 83 days.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const MONTHLY = 'CHG-05';
const CONTINUOUS = 'IAM-01';

async function shot(fieldwork: Fieldwork, name: string): Promise<void> {
  const { page } = fieldwork;
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  // The page scrolls inside main, or inside its own scroller (the review page keeps its panel in view).
  // Measured twice: parts sized in vh (the review table) grow with the window.
  for (let pass = 0; pass < 2; pass++) {
    const height = await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-scroll-root]') ?? document.querySelector('main');
      if (!root) return document.documentElement.scrollHeight;
      root.scrollTop = 0;
      return Math.ceil(root.getBoundingClientRect().top + root.scrollHeight);
    });
    await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 6000) });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(size);
}

/** The window as it is (for panels that scroll inside the page), with `target` scrolled into view. */
async function viewShot(fieldwork: Fieldwork, name: string, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  mkdirSync(SHOTS, { recursive: true });
  await fieldwork.page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

async function typeTwoAssessment(fieldwork: Fieldwork, windowStart: string, windowEnd: string) {
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Northwind Robotics',
    systemName: 'Vision QA model service',
    reportType: 'II',
    categories: ['security'],
    windowStart,
    windowEnd,
    assessors: ['Dana Reyes'],
  });
  return assessment;
}

const pct = (fraction: number) => formatPercent(fraction, 'en');

test('attach evidence, see coverage move, hold the day-60 review, complete it and compare snapshots', async ({
  fieldwork,
}) => {
  test.setTimeout(120_000);
  const { page } = fieldwork;
  const assessment = await typeTwoAssessment(fieldwork, '2026-09-01', '2027-02-28');
  expect(assessment.reviewDate).toBe('2026-10-31');
  const controls = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  expect(controls.find((c) => c.controlId === MONTHLY)?.frequency).toBe('monthly');
  expect(controls.find((c) => c.controlId === CONTINUOUS)?.frequency).toBe('continuous');
  for (const controlId of [MONTHLY, CONTINUOUS]) {
    await fieldwork.invoke('control:update', {
      assessmentId: assessment.id,
      controlId,
      patch: { status: 'implemented' },
    });
  }

  const files = join(fieldwork.dir, 'exports');
  mkdirSync(files);
  const log = join(files, 'change-approvals-september.log');
  writeFileSync(log, 'CHG-1041 approved by j.doe 2026-09-03\nCHG-1052 approved by a.li 2026-09-17\n');
  const screenshot = join(files, 'iam-console-2026-10-15.png');
  writeFileSync(screenshot, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

  await fieldwork.open();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(page.getByTestId('evidence-empty')).toBeVisible();
  await shot(fieldwork, 'evidence-01-empty');

  // 1. The file dialog: a log export covering September, for the monthly control.
  fieldwork.dialogs.answerEvidenceFiles([log]);
  await page.getByRole('button', { name: 'Add files…' }).click();
  const form = page.getByTestId('add-evidence-form');
  await expect(form.getByTestId('pending-files')).toContainText('change-approvals-september.log');
  await form.getByRole('button', { name: 'Add the file' }).click();
  await expect(form.getByText('Choose at least one control this evidence supports.')).toBeVisible();
  await form.getByPlaceholder('Search controls by id or title').fill(MONTHLY);
  await form.getByRole('checkbox', { name: new RegExp(`^${MONTHLY}`) }).check();
  await form.getByLabel('Kind').selectOption('log_export');
  await form.getByLabel('Source system').fill('Jira');
  await form.getByLabel('Collected by').fill('Dana Reyes');
  await form.getByLabel('Period from').fill('2026-09-01');
  await form.getByLabel('Period to').fill('2026-09-30');
  await viewShot(fieldwork, 'evidence-02-add-form', form);
  await form.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText(`Added 1 file as evidence of ${MONTHLY}.`)).toBeVisible();
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);

  // Monthly periods from 1 Sep: September and October have fully elapsed by 22 Nov; September is evidenced.
  let coverage = await fieldwork.invoke('coverage:get', { assessmentId: assessment.id });
  let monthly = coverage.controls.find((c) => c.controlId === MONTHLY);
  expect(monthly).toMatchObject({
    expected: 2,
    evidenced: 1,
    coverage: 0.5,
    gaps: [{ from: '2026-10-01', to: '2026-10-31' }],
  });

  // 2. Drag-and-drop: a screenshot of 15 October, for both controls.
  await dropFiles(page.getByTestId('evidence-drop-zone'), [screenshot]);
  await expect(form.getByTestId('pending-files')).toContainText('iam-console-2026-10-15.png');
  await form.getByLabel('Kind').selectOption('screenshot');
  await expect(form.getByText('A screenshot shows one moment, so it is recorded with a single date.')).toBeVisible();
  await form.getByLabel('Date it shows').fill('2026-10-15');
  for (const id of [MONTHLY, CONTINUOUS]) {
    await form.getByPlaceholder('Search controls by id or title').fill(id);
    await form.getByRole('checkbox', { name: new RegExp(`^${id}`) }).check();
  }
  await form.getByLabel('Source system').fill('AWS IAM console');
  await form.getByRole('button', { name: 'Add the file' }).click();
  await expect(page.getByText(`Added 1 file as evidence of ${MONTHLY}, ${CONTINUOUS}.`)).toBeVisible();
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);

  // Hand-computed: monthly 2 of 2 periods → 100%; continuous 1 day (15 Oct) of 83 elapsed days, point-in-time only.
  coverage = await fieldwork.invoke('coverage:get', { assessmentId: assessment.id });
  monthly = coverage.controls.find((c) => c.controlId === MONTHLY);
  const continuous = coverage.controls.find((c) => c.controlId === CONTINUOUS);
  expect(monthly).toMatchObject({ expected: 2, evidenced: 2, coverage: 1, gaps: [], pointInTimeOnly: false });
  expect(continuous).toMatchObject({ expected: 83, evidenced: 1, pointInTimeOnly: true });
  expect(continuous?.coverage).toBeCloseTo(1 / 83, 12);
  expect(continuous?.gaps).toEqual([
    { from: '2026-09-01', to: '2026-10-14' },
    { from: '2026-10-16', to: '2026-11-22' },
  ]);

  // Integrity: both files intact, then one stored file is changed behind the app's back.
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Checked 2 files: 2 intact, 0 modified, 0 missing.');
  await expect(page.getByTestId('integrity-badge')).toHaveText(['✓Intact', '✓Intact']);
  await shot(fieldwork, 'evidence-03-table-verified');

  // A per-event control's population: 14 access requests so far, 10 of them evidenced → 10 ÷ 14.
  const populations = page.getByTestId('populations');
  await populations.locator('summary').click();
  await populations.getByLabel('Events so far for IAM-02').fill('14');
  await populations.getByLabel('Evidenced events for IAM-02').fill('10');
  await populations.getByTestId('population-IAM-02').getByRole('button', { name: 'Save' }).click();
  await expect(populations).toContainText('IAM-02: 10 of 14 events evidenced, saved.');
  await expect(populations.getByTestId('population-IAM-02')).toContainText(pct(10 / 14));
  coverage = await fieldwork.invoke('coverage:get', { assessmentId: assessment.id });
  expect(coverage.controls.find((c) => c.controlId === 'IAM-02')).toMatchObject({
    unit: 'events',
    expected: 14,
    evidenced: 10,
  });

  // 3. The control panel shows the coverage, the gaps, the flag and the timeline.
  await page.getByRole('button', { name: CONTINUOUS }).click();
  const panel = page.getByTestId('control-panel');
  await expect(panel).toBeVisible();
  const section = panel.getByTestId('evidence-coverage');
  await expect(section.getByTestId('coverage-figure')).toContainText(pct(1 / 83));
  await expect(section.getByTestId('coverage-figure')).toContainText('1 of 83 days covered');
  await expect(section.getByTestId('point-in-time-flag')).toHaveText(
    /point-in-time evidence does not show operation over the period/i,
  );
  await expect(section.getByTestId('coverage-gaps')).toContainText(/1 Sept? 2026 – 14 Oct 2026/);
  await expect(section.getByTestId('coverage-gaps')).toContainText('16 Oct 2026 – 22 Nov 2026');
  // 83 days in at most 60 cells: runs of 2 days; the run holding 15 Oct is partly evidenced.
  const cells = section.getByTestId('coverage-timeline').locator('.tl-cell');
  await expect(cells).toHaveCount(42);
  await expect(section.locator('.tl-cell[data-state="partial"]')).toHaveCount(1);
  await expect(section.getByTestId('linked-evidence')).toContainText('iam-console-2026-10-15.png');
  await viewShot(fieldwork, 'evidence-04-control-panel-continuous', section);

  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await page.getByRole('button', { name: MONTHLY }).first().click();
  await expect(panel.getByTestId('coverage-figure')).toContainText('100.0%');
  await expect(panel.getByTestId('coverage-figure')).toContainText('2 of 2 monthly periods evidenced');
  await expect(panel.locator('.tl-cell[data-state="covered"]')).toHaveCount(2);
  await expect(panel.getByTestId('point-in-time-flag')).toHaveCount(0);

  // 4. The dashboard's operating figure is score:get's.
  let score = await fieldwork.invoke('score:get', { assessmentId: assessment.id });
  expect(score.controls.find((c) => c.id === MONTHLY)?.coverage).toBe(1);
  expect(score.overall.operating).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('overall-operating')).toHaveText(pct(score.overall.operating ?? -1));
  await expect(page.getByTestId('trend-card')).toContainText('No snapshot yet');

  // 5. A baseline snapshot, then more of the checklist implemented (so the trend has somewhere to go).
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: 'Baseline', exact: true }).click();
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByText('Snapshot “Baseline” taken as of 22 Nov 2026.')).toBeVisible();
  const security = controls.filter((c) => c.criteria.some((id) => id.startsWith('CC'))).slice(0, 70);
  await fieldwork.invoke('control:bulkUpdate', {
    assessmentId: assessment.id,
    controlIds: security.map((c) => c.controlId).filter((id) => id !== 'IAM-05'),
    patch: { status: 'implemented' },
  });

  // 6. The review, an hour later the same day: started on the page, samples marked, one exception.
  fieldwork.clock.set('2026-11-22T10:00:00.000Z');
  await expect(page.getByTestId('review-page-date')).toHaveText('31 Oct 2026');
  await expect(page.getByTestId('review-start')).toContainText('22 days ago');
  await page.getByRole('button', { name: 'Start the day-60 review' }).click();
  await expect(page.getByTestId('review-progress')).toBeVisible();
  const review = await fieldwork.invoke('review:current', { assessmentId: assessment.id });
  if (!review) throw new Error('no review was started');
  // Window 181 days, 83 elapsed: monthly 2 × 83 ÷ 181 → 1 item; continuous 25 × 83 ÷ 181 → 12 items.
  const monthlySample = review.controls.find((c) => c.controlId === MONTHLY);
  const continuousSample = review.controls.find((c) => c.controlId === CONTINUOUS);
  expect(monthlySample).toMatchObject({ population: 2, size: 1, base: 2, prorated: true });
  expect(continuousSample).toMatchObject({ population: 83, size: 12, base: 25, prorated: true });
  // Per-event: the recorded 14 events fall in the 13–52 band → 5 items, not pro-rated again.
  expect(review.controls.find((c) => c.controlId === 'IAM-02')).toMatchObject({
    population: 14,
    size: 5,
    prorated: false,
  });

  await page.getByTestId(`review-row-${MONTHLY}`).getByRole('button').click();
  const samples = page.getByTestId('sample-panel');
  await samples.getByTestId('sample-1').getByRole('button', { name: 'Passed' }).click();
  await expect(page.getByTestId(`review-row-${MONTHLY}`)).toContainText('Effective');

  await page.getByTestId(`review-row-${CONTINUOUS}`).getByRole('button').click();
  await expect(samples.locator('.sample')).toHaveCount(12);
  const first = samples.getByTestId('sample-1');
  await first.getByRole('button', { name: 'Exception…' }).click();
  await first.getByRole('button', { name: 'Record exception' }).click();
  await expect(first.getByText('Describe the exception: what was expected, and what you found.')).toBeVisible();
  await first
    .getByLabel('What was wrong (required)')
    .fill('No access review record for this day; the export skips it.');
  await first.getByLabel('Evidence (optional)').selectOption({ label: 'iam-console-2026-10-15.png' });
  await first.getByRole('button', { name: 'Record exception' }).click();
  await expect(first).toContainText('No access review record for this day');
  for (let seq = 2; seq <= 12; seq++) {
    await samples.getByTestId(`sample-${seq}`).getByRole('button', { name: 'Passed' }).click();
    await expect(samples.getByTestId(`sample-${seq}`).locator('.badge')).toContainText('Passed');
  }
  // 1 exception in 12 tested = 8.3%, within the 10% tolerance → "exceptions noted".
  await expect(page.getByTestId(`review-row-${CONTINUOUS}`)).toContainText('Exceptions noted');
  await expect(page.getByTestId('review-tested')).toContainText('13 of');
  await shot(fieldwork, 'review-01-in-progress');

  score = await fieldwork.invoke('score:get', { assessmentId: assessment.id });
  expect(score.controls.find((c) => c.id === CONTINUOUS)?.samplePassRate).toBeCloseTo(11 / 12, 12);

  // 7. Complete: other controls still have untested items, so the app asks first.
  await samples.getByRole('button', { name: 'Close the sample panel' }).click();
  await page.getByRole('button', { name: 'Complete the review' }).click();
  const confirm = page.getByTestId('complete-review');
  await expect(confirm).toContainText('are concluded “incomplete”');
  await shot(fieldwork, 'review-02-complete-confirm');
  await confirm.getByRole('button', { name: 'Complete anyway' }).click();
  await expect(page.getByText(/Review completed\. Snapshot “Day-60 review” frozen as of 22 Nov 2026\./)).toBeVisible();
  await expect(page.getByTestId('review-progress')).toContainText('read-only');
  await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
  await expect(page.getByTestId('snapshot-row').nth(1)).toContainText('Day-60 review');
  const completed = await fieldwork.invoke('review:current', { assessmentId: assessment.id });
  expect(completed?.status).toBe('completed');
  expect(completed?.controls.find((c) => c.controlId === CONTINUOUS)?.conclusion).toBe('exceptions_noted');

  // 8. Another snapshot after a change, and the diff between the last two.
  fieldwork.clock.set('2026-11-22T11:00:00.000Z');
  await fieldwork.invoke('control:update', {
    assessmentId: assessment.id,
    controlId: 'IAM-05',
    patch: { status: 'implemented' },
  });
  await page.getByRole('button', { name: 'Pre-fieldwork' }).click();
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByText('Snapshot “Pre-fieldwork” taken as of 22 Nov 2026.')).toBeVisible();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Show changes' }).click();
  const diff = page.getByTestId('snapshot-diff');
  await expect(diff).toContainText('Changes from “Day-60 review” (22 Nov 2026) to “Pre-fieldwork” (22 Nov 2026)');
  await expect(diff.getByTestId('diff-controls')).toContainText('IAM-05');
  await expect(diff.getByTestId('diff-controls')).toContainText('Not assessed');
  const snapshots = await fieldwork.invoke('snapshot:list', { assessmentId: assessment.id });
  const [, a, b] = snapshots;
  if (!a || !b) throw new Error('three snapshots expected');
  expect([a.label, b.label]).toEqual(['Day-60 review', 'Pre-fieldwork']);
  const expected = await fieldwork.invoke('snapshot:diff', { from: a.id, to: b.id });
  expect(expected.controls.map((c) => c.id)).toEqual(['IAM-05']);
  await shot(fieldwork, 'review-03-completed-snapshots-diff');
  await page
    .getByTestId('snapshots')
    .screenshot({ path: join(SHOTS, 'review-04-snapshots-diff.png'), animations: 'disabled' });

  // 9. The trend on the Overview, and the method panel with the Type II rules.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  // One category in scope: the chart's text alternative lists Security's design figure of each snapshot, oldest first.
  const frozen = await Promise.all(snapshots.map((s) => fieldwork.invoke('snapshot:get', { id: s.id })));
  const designs = frozen
    .map((s) => pct(s.data.score.categories.find((c) => c.id === 'security')?.design ?? -1))
    .join(' → ');
  expect(designs).not.toMatch(/^(\S+) → \1 → \1$/);
  await expect(page.getByTestId('trend-chart')).toHaveAttribute(
    'aria-label',
    new RegExp(`Security — design: ${designs.replace(/\./g, '\\.')};`),
  );
  await page
    .getByTestId('trend-card')
    .screenshot({ path: join(SHOTS, 'dashboard-trend-card.png'), animations: 'disabled' });
  await page.getByTestId('method-panel').locator('summary').click();
  await expect(page.getByTestId('method-type-two')).toContainText(
    'Continuous controls. Coverage = days of the elapsed window',
  );
  await expect(page.getByTestId('method-type-two').getByTestId('sample-size-table')).toContainText('Daily');
  await shot(fieldwork, 'dashboard-trend-method');

  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('before the review date the page explains why, and starting is refused with main’s message', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  // Window opens 1 Nov 2026: the review date is 31 Dec 2026, 39 days after the harness's 22 Nov 2026.
  await typeTwoAssessment(fieldwork, '2026-11-01', '2027-04-30');
  await fieldwork.open();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const start = page.getByTestId('review-start');
  await expect(start).toContainText('The review opens on 31 Dec 2026, in 39 days.');
  await page.getByRole('button', { name: 'Start the day-60 review' }).click();
  await expect(start.getByRole('alert')).toHaveText(
    'The day-60 review opens on 2026-12-31, in 39 days: before then too little of the window has elapsed to sample.',
  );
  await expect(page.getByTestId('review-progress')).toHaveCount(0);

  // The sample-size table is documented on the page and can be changed for new reviews.
  const sizes = page.getByTestId('sample-sizes');
  await expect(sizes.getByTestId('sample-size-table')).toContainText('Continuous');
  await sizes.getByRole('button', { name: 'Edit sizes' }).click();
  await sizes.getByLabel('Weekly').fill('8');
  await sizes.getByRole('button', { name: 'Save the table' }).click();
  await expect(sizes).toContainText('Saved: new reviews use this table.');
  expect((await fieldwork.invoke('settings:getSampleSizes', {})).sizes.weekly).toBe(8);
  await shot(fieldwork, 'review-00-before-date');
  await sizes.getByRole('button', { name: 'Restore the defaults' }).click();
  await expect(sizes).toContainText('The default table is back in use for new reviews.');
  expect((await fieldwork.invoke('settings:getSampleSizes', {})).custom).toBe(false);
});

test('evidence, review and trend stay readable in the dark theme and at 200% zoom', async ({ fieldwork }) => {
  const { page } = fieldwork;
  const assessment = await typeTwoAssessment(fieldwork, '2026-09-01', '2027-02-28');
  const file = join(fieldwork.dir, 'okta-access-log.csv');
  writeFileSync(file, 'user,event,date\nj.doe,login,2026-09-02\n');
  await fieldwork.invoke('evidence:add', {
    assessmentId: assessment.id,
    filePaths: [file],
    controlIds: [MONTHLY, CONTINUOUS],
    kind: 'log_export',
    sourceSystem: 'Okta',
    periodFrom: '2026-09-01',
    periodTo: '2026-10-20',
  });
  await fieldwork.invoke('snapshot:take', { assessmentId: assessment.id, label: 'Baseline' });
  await fieldwork.invoke('control:update', {
    assessmentId: assessment.id,
    controlId: CONTINUOUS,
    patch: { status: 'implemented' },
  });
  await fieldwork.invoke('review:start', { assessmentId: assessment.id });

  await page.emulateMedia({ colorScheme: 'dark' });
  await fieldwork.open();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);
  await shot(fieldwork, 'dark-evidence');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByTestId(`review-row-${CONTINUOUS}`).getByRole('button').click();
  await expect(page.getByTestId('sample-panel')).toBeVisible();
  await shot(fieldwork, 'dark-review');
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await page.getByRole('button', { name: CONTINUOUS }).click();
  // 1 Sep → 20 Oct of 83 elapsed days: 50 covered; the rest is one gap.
  await expect(page.getByTestId('coverage-figure')).toContainText('50 of 83 days covered');
  await viewShot(fieldwork, 'dark-control-coverage', page.getByTestId('evidence-coverage'));

  // 200% zoom of a 1440-pixel window is a 720-pixel-wide layout: nothing may spill sideways.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 720, height: 900 });
  await page.getByTestId('control-panel').getByRole('button', { name: 'Close the detail panel' }).click();
  for (const area of ['Evidence', 'Review', 'Overview']) {
    await page.getByRole('button', { name: area, exact: true }).click();
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(fieldwork, `zoom200-${area.toLowerCase()}`);
  }
});

test('verify integrity finds a modified and a missing file; removal says when the stored file goes', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  const assessment = await typeTwoAssessment(fieldwork, '2026-09-01', '2027-02-28');
  const write = (name: string, content: string) => {
    const path = join(fieldwork.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const add = (path: string, controlIds: string[]) =>
    fieldwork.invoke('evidence:add', {
      assessmentId: assessment.id,
      filePaths: [path],
      controlIds,
      kind: 'config_export',
      periodFrom: '2026-10-01',
    });
  // b.json has the same bytes as a.json: stored once.
  const [a] = await add(write('a.json', '{"mfa":"enforced"}\n'), [MONTHLY, CONTINUOUS]);
  const [b] = await add(write('b.json', '{"mfa":"enforced"}\n'), [CONTINUOUS]);
  const [c] = await add(write('c.json', '{"branch_protection":true}\n'), [MONTHLY]);
  const [d] = await add(write('d.json', '{"retention_days":400}\n'), [MONTHLY]);
  if (!a || !b || !c || !d) throw new Error('evidence was not added');
  expect(b.sha256).toBe(a.sha256);
  // Unencrypted store layout: <workspace>.evidence/<first two hex digits>/<sha256>.
  const stored = (sha256: string) => join(fieldwork.app.evidenceStoreDir, sha256.slice(0, 2), sha256);
  expect(existsSync(stored(a.sha256))).toBe(true);
  writeFileSync(stored(c.sha256), '{"branch_protection":false}\n');
  rmSync(stored(d.sha256));

  await fieldwork.open();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  const result = page.getByTestId('verify-result');
  await expect(result).toContainText('Checked 4 files: 2 intact, 1 modified, 1 missing.');
  await expect(result).toContainText('c.json — its content changed since it was added');
  await expect(result).toContainText('d.json — its stored file is gone');
  const row = (name: string) => page.getByTestId('evidence-row').filter({ hasText: name });
  await expect(row('a.json').getByTestId('integrity-badge')).toHaveText('✓Intact');
  await expect(row('c.json').getByTestId('integrity-badge')).toHaveText('✗Modified');
  await expect(row('d.json').getByTestId('integrity-badge')).toHaveText('?Missing');
  await shot(fieldwork, 'evidence-05-verify-problems');

  // From one control only: the item stays with the other.
  await page.getByRole('button', { name: 'Remove a.json…' }).click();
  const dialog = page.getByTestId('remove-evidence');
  await expect(dialog).toContainText('The stored file is deleted only when nothing uses it any more');
  await dialog.getByLabel(`Only ${MONTHLY} (it keeps supporting the others)`).check();
  await viewShot(fieldwork, 'evidence-06-remove', dialog);
  await dialog.getByRole('button', { name: `Remove from ${MONTHLY}` }).click();
  await expect(
    page.getByText(`“a.json” no longer supports ${MONTHLY}; it still supports ${CONTINUOUS}.`),
  ).toBeVisible();
  expect(
    (await fieldwork.invoke('evidence:list', { assessmentId: assessment.id })).find((e) => e.id === a.id)?.controlIds,
  ).toEqual([CONTINUOUS]);

  // The item goes, but b.json still holds the same content: the stored file stays.
  await page.getByRole('button', { name: 'Remove a.json…' }).click();
  await expect(dialog).toContainText(`It supports only ${CONTINUOUS}, so the evidence item is removed.`);
  await dialog.getByRole('button', { name: 'Remove the evidence' }).click();
  await expect(
    page.getByText(
      '“a.json” was removed; its stored file is kept because another evidence item has identical content.',
    ),
  ).toBeVisible();
  expect(existsSync(stored(a.sha256))).toBe(true);

  // The last user of that content: the stored file goes too.
  await page.getByRole('button', { name: 'Remove b.json…' }).click();
  await dialog.getByRole('button', { name: 'Remove the evidence' }).click();
  await expect(
    page.getByText('“b.json” was removed, and its stored file deleted (nothing else used it).'),
  ).toBeVisible();
  expect(existsSync(stored(a.sha256))).toBe(false);
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);
});

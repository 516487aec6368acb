import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { formatPercent } from '../../shared/format';
import type { FindingsResult } from '../../shared/rules/types';
import { APP_ORIGIN, expect, test, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';

/**
 * The AI-readiness flow on the demo assessment (Helio Analytics, Type II, window 2026-09-01 → 2027-02-28;
 * the harness clock is 2026-11-22, after the day-60 review date 2026-10-31). Through the UI only: create
 * the failure patterns and see each finding, fix them and see them clear, mute one, create a remediation
 * item from a finding and close it with its controls, and check the dashboard's top five and score against
 * the handlers'.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const NEW_VENDOR = 'Acme Embeddings API';

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

/** The window as it is, for dialogs. */
async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

const nav = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Assessment areas' }).getByRole('button', { name: area, exact: true }).click();
const openFindings = (page: Page) => page.locator('[data-testid="open-findings"]');
const mutedFindings = (page: Page) => page.locator('[data-testid="muted-findings"]');
/** An open finding on the page, by its stable key. */
const findingByKey = (page: Page, key: string): Locator =>
  openFindings(page).locator(`[data-testid="finding"][data-key="${key}"]`);

test('creates the failure patterns on the demo assessment, sees each finding, fixes them and sees them clear', async ({
  fieldwork,
}) => {
  test.setTimeout(180_000);
  const { page } = fieldwork;
  const { createDemoAssessment } = await loadMain();
  const demo = createDemoAssessment(fieldwork.app.services);
  const assessmentId = demo.id;
  const findings = (): Promise<FindingsResult> => fieldwork.invoke('findings:list', { assessmentId });
  const keysOf = async (ruleId: string) =>
    (await findings()).findings.filter((f) => f.ruleId === ruleId && !f.muted).map((f) => f.key);

  await fieldwork.open();
  await expect(page.getByTestId('dashboard')).toBeVisible();

  // The Overview's top five is findings:list's, in the same order.
  const topFive = page.getByTestId('top-five');
  await expect(topFive.getByTestId('top-five-item')).toHaveCount(5);
  const expectedTop = (await findings()).topFive.map((g) => g.key);
  await expect
    .poll(() => topFive.getByTestId('top-five-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))
    .toEqual(expectedTop);
  await topFive.scrollIntoViewIfNeeded();
  await viewShot(page, 'ai-01-dashboard-top-five');

  // The demo's boundary as drawn: both paths, the training pipeline on the training path.
  await nav(page, 'Scope & boundary');
  const rows = page.getByTestId('component-row');
  await expect(rows).toHaveCount(11);
  const flowText = page.getByTestId('data-flow-lane');
  await expect(flowText.filter({ hasText: 'Training path' })).toContainText('Model training pipeline');
  await expect(flowText.filter({ hasText: 'Inference path' })).toContainText('Inference API');
  await expect(page.getByTestId('data-flow-image')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  await shot(fieldwork, 'ai-02-boundary');
  await page.getByTestId('data-flow').screenshot({ path: join(SHOTS, 'ai-02b-data-flow.png'), animations: 'disabled' });

  // Break the boundary: remove the training pipeline and the inference API, scope out the third-party APIs.
  for (const name of ['Model training pipeline', 'Inference API']) {
    await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText(`Deleted “${name}”.`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Edit Third-party model APIs', exact: true }).click();
  const componentEditor = page.getByTestId('component-editor');
  await componentEditor.getByLabel('Inside the system boundary (in scope)').uncheck();
  await componentEditor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(componentEditor.getByText('Say why this component is outside the system boundary.')).toBeVisible();
  await componentEditor.getByLabel('Why it is out of scope').fill('Handled by the vendor team; to be reviewed.');
  await componentEditor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(componentEditor).toBeHidden();
  await expect(rows).toHaveCount(9);
  await expect(flowText.filter({ hasText: 'Training path' })).not.toContainText('Model training pipeline');
  await expect(flowText.filter({ hasText: 'Inference path' })).toContainText('Third-party model APIs (out of scope)');

  // A hosted model API added with no AI answers at all.
  await nav(page, 'Vendors');
  await page.getByRole('button', { name: 'Add vendor', exact: true }).first().click();
  const vendorEditor = page.getByTestId('vendor-editor');
  await vendorEditor.getByLabel('Name', { exact: true }).fill(NEW_VENDOR);
  await vendorEditor.getByLabel('What it is used for').fill('Embeddings for semantic search over support tickets');
  await vendorEditor.getByRole('button', { name: 'Add vendor', exact: true }).click();
  await expect(page.getByText(`Saved “${NEW_VENDOR}”.`)).toBeVisible();
  const newRow = page.locator(`[data-testid="vendor-row"][data-vendor="${NEW_VENDOR}"]`);
  await expect(newRow.getByTestId('retention-inputs')).toHaveText('Unknown');
  await expect(newRow.getByTestId('retention-outputs')).toHaveText('Unknown');
  await expect(newRow).toContainText('Not answered');
  await expect(newRow.getByTestId('vendor-stale')).toContainText('Never reviewed');
  // The demo's VectorVault: report period ended 2025-06-30, renewal 2026-09-01 after its last review.
  await expect(
    page.locator('[data-testid="vendor-row"][data-vendor="VectorVault"]').getByTestId('vendor-stale'),
  ).toContainText(['Renewed since last review', 'SOC 2 report out of date'].join(''));
  await shot(fieldwork, 'ai-03-vendors');
  const vendors = await fieldwork.invoke('vendor:list', { assessmentId });
  const acme = vendors.find((v) => v.name === NEW_VENDOR);
  if (!acme) throw new Error('the vendor was not saved');

  // Each failure pattern is a finding on the Findings page, keyed by the records that triggered it.
  await nav(page, 'Findings & gaps');
  const hosted = vendors
    .filter((v) => v.serviceType === 'hosted_model_api')
    .map((v) => `vendor:${v.id}`)
    .sort();
  const created = {
    'FW-AI-01': `FW-AI-01|assessment:${assessmentId}`,
    'FW-AI-02': `FW-AI-02|assessment:${assessmentId}`,
    'FW-AI-03': `FW-AI-03|${hosted.join(',')}`,
    'FW-AI-05': `FW-AI-05|vendor:${acme.id}`,
    'FW-AI-06': `FW-AI-06|vendor:${acme.id}`,
    'FW-AI-07': `FW-AI-07|vendor:${acme.id}`,
    'FW-AI-19': `FW-AI-19|vendor:${acme.id}`,
  };
  const current = (await findings()).findings.map((f) => f.key);
  for (const key of Object.values(created)) {
    expect(current).toContain(key);
    await expect(findingByKey(page, key)).toBeVisible();
  }
  await expect(findingByKey(page, created['FW-AI-03'])).toContainText(NEW_VENDOR);
  await expect(findingByKey(page, created['FW-AI-05'])).toContainText(
    'whether it may train on your data, how long it keeps the inputs you send, how long it keeps the outputs it returns',
  );
  // Every current finding is on the page, open ones apart from muted ones.
  const all = await findings();
  await expect(openFindings(page).getByTestId('finding')).toHaveCount(all.findings.filter((f) => !f.muted).length);
  await shot(fieldwork, 'ai-04-findings');
  await viewShot(page, 'ai-04b-findings-top');

  // Ownership: the heat map, and a cell opens the checklist filtered to its controls.
  await page.getByRole('tab', { name: 'Ownership' }).click();
  const heat = page.getByTestId('ownership-heatmap');
  await expect(heat).toBeVisible();
  const matrix = await fieldwork.invoke('ownership:get', { assessmentId });
  const training = matrix.stages.find((s) => s.stage === 'training');
  if (!training) throw new Error('the demo has no training controls');
  const trainingRow = heat.locator('[data-testid="ownership-row"][data-stage="training"]');
  await expect(trainingRow.locator('[data-column="engineering"]')).toHaveText(String(training.byFunction.engineering));
  await shot(fieldwork, 'ai-05-ownership');
  await trainingRow.locator('[data-column="engineering"] button').click();
  await expect(page.getByTestId('filter-stage')).toHaveValue('training');
  await expect(page.getByTestId('filter-ownership')).toHaveValue('named');
  await expect(page.getByTestId('filter-count')).toContainText(`${training.byFunction.engineering} of`);
  await viewShot(page, 'ai-05b-checklist-filtered');
  await nav(page, 'Findings & gaps');

  // FW-AI-10: a stage whose AI controls only engineers and data scientists own. Its first control's link opens
  // the control panel; giving it a compliance owner clears the finding.
  const [engineeringOnly] = await keysOf('FW-AI-10');
  if (!engineeringOnly) throw new Error('the demo has no engineering-only stage');
  const controlId = engineeringOnly.split('|')[1]?.split(',')[0]?.replace('control:', '') ?? '';
  await findingByKey(page, engineeringOnly)
    .getByRole('button', { name: `Open control ${controlId} in the checklist` })
    .click();
  const panel = page.getByTestId('control-panel');
  await expect(panel).toContainText(controlId);
  await panel.getByLabel('Owner function').selectOption('compliance');
  await expect.poll(async () => (await findings()).findings.some((f) => f.key === engineeringOnly)).toBe(false);

  // Fix the boundary: the starter list brings back the missing kinds; the third-party APIs go back in scope.
  await nav(page, 'Scope & boundary');
  await page.getByRole('button', { name: 'Add the starter list', exact: true }).click();
  await expect(page.getByText('Added 2 starter components.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Third-party model APIs', exact: true }).click();
  await componentEditor.getByLabel('Inside the system boundary (in scope)').check();
  await componentEditor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(componentEditor).toBeHidden();
  await expect(flowText.filter({ hasText: 'Training path' })).toContainText('Model training pipeline');

  // Fix the vendor from its finding: the link opens the vendor editor.
  await nav(page, 'Findings & gaps');
  await findingByKey(page, created['FW-AI-05'])
    .getByRole('button', { name: `Open vendor ${NEW_VENDOR}` })
    .click();
  await expect(vendorEditor).toBeVisible();
  await vendorEditor.getByLabel('May the vendor train on our data?').selectOption('opted_out');
  await vendorEditor.getByLabel('Days it keeps our inputs').fill('0');
  await vendorEditor.getByLabel('Days it keeps its outputs').fill('30');
  await vendorEditor.getByLabel('Both retention periods are confirmed (from the contract or the vendor)').check();
  await vendorEditor.getByRole('button', { name: 'Save', exact: true }).click();
  // The schema's cross-field rule, in the UI's words: an answer needs its source.
  await expect(vendorEditor.getByText('Say where the training-use answer comes from')).toBeVisible();
  await vendorEditor
    .getByLabel('Source of the training-use answer')
    .fill('API terms §4.2: no training on customer content');
  await vendorEditor.getByLabel('AI-specific due diligence completed').check();
  await vendorEditor.getByLabel('Date of the AI due diligence').fill('2026-11-18');
  await vendorEditor.getByLabel('Method in our SOC 2 report').selectOption('carve_out');
  await vendorEditor.getByLabel('Why this method').fill('The provider has its own SOC 2 Type 2 report');
  await vendorEditor.getByLabel('SOC 2 report on file').selectOption('type2');
  await vendorEditor.getByLabel('Report period end').fill('2026-06-30');
  await vendorEditor.getByRole('button', { name: 'Add a model' }).click();
  await vendorEditor.getByLabel('Model 1', { exact: true }).fill('acme-embed');
  await vendorEditor.getByLabel('Version of model 1').fill('v3');
  await vendorEditor.getByRole('button', { name: 'Add a CUEC' }).click();
  await vendorEditor
    .getByLabel('CUEC 1', { exact: true })
    .fill('API keys are rotated and scoped to the search service');
  await vendorEditor.getByLabel('Our control for CUEC 1').selectOption('AI-VEN-04');
  await vendorEditor.getByLabel('Last reviewed').fill('2026-11-20');
  await vendorEditor.getByLabel('Name', { exact: true }).scrollIntoViewIfNeeded();
  await viewShot(page, 'ai-06a-vendor-editor-top');
  await vendorEditor.getByLabel('Days it keeps its outputs').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await viewShot(page, 'ai-06b-vendor-editor-answers');
  await vendorEditor.getByLabel('Last reviewed').scrollIntoViewIfNeeded();
  await viewShot(page, 'ai-06-vendor-editor');
  await vendorEditor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(vendorEditor).toBeHidden();
  await expect(
    page.locator(`[data-testid="vendor-row"][data-vendor="${NEW_VENDOR}"]`).getByTestId('vendor-current'),
  ).toHaveText('Current');
  const saved = (await fieldwork.invoke('vendor:list', { assessmentId })).find((v) => v.id === acme.id);
  expect(saved?.cuecs).toEqual([
    { description: 'API keys are rotated and scoped to the search service', controlId: 'AI-VEN-04' },
  ]);
  expect(saved?.models).toEqual([{ name: 'acme-embed', version: 'v3' }]);

  // Every created pattern has cleared, on the page and in findings:list.
  await nav(page, 'Findings & gaps');
  await expect(openFindings(page)).toBeVisible();
  const after = (await findings()).findings.map((f) => f.key);
  for (const key of [...Object.values(created), engineeringOnly]) {
    expect(after).not.toContain(key);
    await expect(openFindings(page).locator(`[data-key="${key}"]`)).toHaveCount(0);
  }

  // Mute the overdue day-60 review with a justification: it moves to the muted section, with the reason.
  const [reviewKey] = await keysOf('FW-AI-17');
  if (!reviewKey) throw new Error('FW-AI-17 should fire: the review date has passed');
  await findingByKey(page, reviewKey).getByRole('button', { name: 'Mute…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mute finding' }).click();
  await expect(page.getByText('A justification is required to mute a finding.')).toBeVisible();
  const reason = 'Review moved to 2026-12-01 with the auditor’s agreement (email of 2026-10-20).';
  await page.getByTestId('mute-justification-input').fill(reason);
  await page.getByRole('dialog').getByRole('button', { name: 'Mute finding' }).click();
  const muted = mutedFindings(page).locator(`[data-key="${reviewKey}"]`);
  await expect(muted).toContainText(reason);
  await muted.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await viewShot(page, 'ai-04c-muted-finding');
  await expect(findingByKey(page, reviewKey)).toHaveCount(0);
  expect((await findings()).findings.find((f) => f.key === reviewKey)?.muted?.justification).toBe(reason);

  // Turn FW-AI-14 (model registry outside change management) into a remediation item from its finding.
  const [registryKey] = await keysOf('FW-AI-14');
  if (!registryKey) throw new Error('the demo should have FW-AI-14');
  const registryControls =
    registryKey
      .split('|')[1]
      ?.split(',')
      .map((r) => r.replace('control:', '')) ?? [];
  await findingByKey(page, registryKey).getByRole('button', { name: 'Create a remediation item' }).click();
  const remediationEditor = page.getByTestId('remediation-editor');
  await expect(remediationEditor.getByLabel('Action', { exact: true })).toHaveValue(
    'Model registry changes are outside change management',
  );
  await remediationEditor.getByLabel('Owner', { exact: true }).fill('Aisha Bello');
  await remediationEditor.getByLabel('Owner’s function').selectOption('compliance');
  await remediationEditor.getByLabel('Due date').fill('2026-11-15');
  await remediationEditor.getByRole('button', { name: 'Add to the plan' }).click();
  await expect(page.getByText('Added to the remediation plan.')).toBeVisible();
  await page.getByRole('button', { name: 'Open the remediation plan' }).click();

  // The plan: the new item overdue (due before today), its controls and finding linked.
  const item = page.getByTestId('plan-row').filter({ hasText: 'Model registry changes are outside change management' });
  await expect(item.getByTestId('overdue')).toHaveText('Overdue');
  for (const id of registryControls) await expect(item.getByRole('button', { name: id, exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Finding FW-AI-14' })).toBeVisible();
  await shot(fieldwork, 'ai-07-remediation');

  // Close it with "also mark the linked controls implemented": the score moves, to score:get's figure.
  const before = await fieldwork.invoke('score:get', { assessmentId });
  await item.getByRole('button', { name: /^Close “/ }).click();
  await expect(page.getByTestId('apply-to-controls')).toBeChecked();
  await page.getByRole('dialog').getByRole('button', { name: 'Close item' }).click();
  await expect(
    page.getByText('Item closed and its linked controls marked implemented; the score is updated.'),
  ).toBeVisible();
  await expect(item.locator('.ai-rstatus-done')).toHaveText('Done');
  const afterScore = await fieldwork.invoke('score:get', { assessmentId });
  expect(afterScore.overall.design).toBeGreaterThan(before.overall.design);
  await expect(page.getByTestId('remediation-design')).toHaveText(formatPercent(afterScore.overall.design, 'en'));
  const controls = await fieldwork.invoke('control:list', { assessmentId });
  for (const id of registryControls) expect(controls.find((c) => c.controlId === id)?.status).toBe('implemented');
  await shot(fieldwork, 'ai-07b-remediation-closed');

  // FW-AI-14 has cleared with its controls.
  await nav(page, 'Findings & gaps');
  await expect(openFindings(page)).toBeVisible();
  expect((await findings()).findings.some((f) => f.ruleId === 'FW-AI-14')).toBe(false);
  await expect(openFindings(page).locator('[data-rule="FW-AI-14"]')).toHaveCount(0);
  await page.getByRole('tab', { name: /Ranked gaps/ }).click();
  await page.getByText('How are gaps ranked?').click();
  await expect(page.getByTestId('ranking-method')).toContainText('Score = severity weight × criterion impact');
  await shot(fieldwork, 'ai-08-gaps');

  // The dashboard: the overall figure is score:get's, and the top five is findings:list's.
  await nav(page, 'Overview');
  await expect(page.getByTestId('overall-design')).toHaveText(formatPercent(afterScore.overall.design, 'en'));
  const finalTop = (await findings()).topFive.map((g) => g.key);
  expect(finalTop).not.toContain(registryKey);
  await expect
    .poll(() => topFive.getByTestId('top-five-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))
    .toEqual(finalTop);

  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

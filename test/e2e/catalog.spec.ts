import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogControl, Criterion } from '../../shared/catalog/schema';
import { APP_ORIGIN, expect, test, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';

/**
 * The catalog browser, its coverage matrix and catalog updates, driven as a person would. Expectations are
 * computed here from the raw JSON files in assets/catalog with plain filters, independently of the app's code.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const ASSETS = join(process.cwd(), 'assets', 'catalog');

const criteria = (JSON.parse(readFileSync(join(ASSETS, 'criteria.json'), 'utf8')) as { criteria: Criterion[] })
  .criteria;
const controls = readdirSync(join(ASSETS, 'controls'))
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) => (JSON.parse(readFileSync(join(ASSETS, 'controls', f), 'utf8')) as { controls: CatalogControl[] }).controls,
  );

const METHOD_LABEL = {
  inquiry: 'Inquiry',
  inspection: 'Inspection',
  observation: 'Observation',
  reperformance: 'Re-performance',
};

async function shot(fieldwork: Fieldwork, name: string, height?: number): Promise<void> {
  const { page } = fieldwork;
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  if (height) await page.setViewportSize({ width: size.width, height });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  if (height) await page.setViewportSize(size);
}

test('filter the catalog, read a control’s test procedure, and find the thinly covered criteria in the matrix', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  await fieldwork.open();
  await page.getByRole('button', { name: 'Catalog', exact: true }).click();
  const list = page.getByTestId('catalog-controls');
  const count = page.getByTestId('catalog-count');
  await expect(list.getByRole('button')).toHaveCount(controls.length);
  await expect(count).toHaveText(`${controls.length} of ${controls.length} controls shown`);

  // Stage + ISO/IEC 42001 + topic: the list holds exactly the controls a plain filter of the data finds.
  const stage = 'organisation_wide';
  const iso = 'A.8.4';
  const topic = 'ai-incident-response';
  const expected = controls.filter((c) => c.stage === stage && c.iso42001.includes(iso) && c.tags.includes(topic));
  expect(expected.length).toBeGreaterThan(1);
  await page.getByTestId('catalog-filter-stage').selectOption(stage);
  await page.getByTestId('catalog-filter-iso').selectOption(iso);
  await page.getByTestId('catalog-filter-topic').selectOption(topic);
  await expect(page.getByTestId('catalog-filter-topic').locator('option:checked')).toHaveText(
    `AI incident response (${expected.length})`,
  );
  await expect(count).toContainText(
    `${expected.length} of ${controls.length} controls shown · ${controls.length - expected.length} hidden by filters`,
  );
  const listed = await list
    .locator('[data-control-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-control-id')));
  expect(listed.sort()).toEqual(expected.map((c) => c.id).sort());
  await shot(fieldwork, '20-catalog-filtered');

  // The NIST AI RMF crosswalk and a text search, from a clean slate.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const nist = 'MANAGE 3.1';
  const byNist = controls.filter((c) => c.stage === 'third_party_ai' && c.nistAiRmf.includes(nist));
  await page.getByTestId('catalog-filter-stage').selectOption('third_party_ai');
  await page.getByTestId('catalog-filter-nist').selectOption(nist);
  await expect(list.getByRole('button')).toHaveCount(byNist.length);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const bySearch = controls.filter((c) =>
    `${c.id} ${c.title.en} ${c.description.en}`.toLowerCase().includes('prompt injection'),
  );
  expect(bySearch.length).toBeGreaterThan(0);
  await page.getByTestId('catalog-filter-search').fill('prompt injection');
  await expect(list.getByRole('button')).toHaveCount(bySearch.length);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(`${controls.length} of ${controls.length} controls shown`);

  // A control's full detail: facts, criteria with our titles, and the auditor's test procedure step by step.
  const control = expected[0]!;
  await list.locator(`[data-control-id="${control.id}"]`).click();
  const panel = page.getByTestId('catalog-panel');
  await expect(panel.getByRole('heading', { name: control.title.en })).toBeVisible();
  for (const id of control.criteria) {
    const title = criteria.find((c) => c.id === id)!.title.en;
    await expect(panel.getByRole('button', { name: `Open criterion ${id}` })).toContainText(title);
  }
  const steps = panel.locator('ol.steps > li');
  await expect(steps).toHaveCount(control.testProcedure.length);
  for (const [i, step] of control.testProcedure.entries()) {
    await expect(steps.nth(i)).toHaveText(`${METHOD_LABEL[step.method]}. ${step.description.en}`);
  }
  await expect(panel).toContainText(control.iso42001.join(', '));
  await expect(panel).toContainText(control.nistAiRmf.join(', '));
  await expect(panel.getByRole('button', { name: 'AI incident response' })).toBeVisible();
  await shot(fieldwork, '21-catalog-control-detail');
  await panel.getByRole('heading', { name: 'Auditor’s test procedure' }).scrollIntoViewIfNeeded();
  await shot(fieldwork, '21b-catalog-control-test-procedure');

  // A criterion's detail lists the controls mapped to it.
  const firstCriterion = control.criteria[0]!;
  await panel.getByRole('button', { name: `Open criterion ${firstCriterion}` }).click();
  const criterionPanel = page.getByTestId('catalog-criterion-panel');
  await expect(criterionPanel).toContainText(criteria.find((c) => c.id === firstCriterion)!.summary.en);
  await expect(criterionPanel.getByTestId('criterion-controls').getByRole('button')).toHaveCount(
    controls.filter((c) => c.criteria.includes(firstCriterion)).length,
  );
  await page.keyboard.press('Escape');
  await expect(criterionPanel).toBeHidden();

  // The coverage matrix: the thinly covered criteria (≤ 2 controls) are those the data says.
  await page.getByRole('tab', { name: 'Coverage matrix' }).click();
  const mapped = (id: string) => controls.filter((c) => c.criteria.includes(id));
  const thin = criteria.filter((c) => mapped(c.id).length <= 2).map((c) => c.id);
  expect(thin.length).toBeGreaterThan(0);
  const summary = page.getByTestId('thin-criteria');
  await expect(summary).toContainText(`${thin.length} of ${criteria.length} criteria are thinly covered`);
  expect(await summary.locator('[data-criterion-id]').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(
    thin,
  );
  const matrix = page.getByTestId('coverage-matrix');
  expect(
    await matrix.locator('.mx-row.mx-thin').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion-id'))),
  ).toEqual(thin);
  // Every row's number and cells are its mapped controls.
  for (const c of criteria) {
    const row = matrix.locator(`.mx-row[data-criterion-id="${c.id}"]`);
    await expect(row.getByTestId('matrix-count')).toHaveText(
      `${mapped(c.id).length}${mapped(c.id).length <= 2 ? 'Thin' : ''}`,
    );
  }
  const cc81 = matrix.locator('.mx-row[data-criterion-id="CC8.1"] .mx-cell');
  expect((await cc81.evaluateAll((els) => els.map((e) => e.getAttribute('data-control-id')))).sort()).toEqual(
    mapped('CC8.1')
      .map((c) => c.id)
      .sort(),
  );
  await shot(fieldwork, '22-coverage-matrix', 2100);

  // A cell opens its control.
  const cellId = (await cc81.first().getAttribute('data-control-id'))!;
  await cc81.first().click();
  await expect(page.getByTestId('catalog-panel')).toContainText(cellId);
  await shot(fieldwork, '23-coverage-matrix-cell');

  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('a newer catalog is offered calmly: accept one new control, retired ones keep their edits and say so', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  // Build the workspace as an older app would have: catalog 0.9.0 lacked two controls and shipped OLD-01.
  const { AppState, bundledCatalog, invokeChannel } = await loadMain();
  const shipped = bundledCatalog();
  const [accepted, declined] = ['AI-SRV-03', 'IAM-04'].map((id) => shipped.controls.find((c) => c.id === id)!);
  expect(accepted?.criteria.some((id) => id.startsWith('CC'))).toBe(true);
  expect(declined?.criteria.some((id) => id.startsWith('CC'))).toBe(true);
  const legacy: CatalogControl = {
    ...shipped.controls.find((c) => c.id === 'NET-01')!,
    id: 'OLD-01',
    title: { en: 'Legacy firewall rule review', fr: 'Revue des règles du pare-feu historique' },
  };
  const older: Catalog = {
    ...shipped,
    version: '0.9.0',
    controls: [...shipped.controls.filter((c) => c.id !== accepted!.id && c.id !== declined!.id), legacy],
  };
  const olderApp = new AppState({
    workspacePath: fieldwork.workspacePath,
    catalog: older,
    now: () => fieldwork.clock.now(),
    dialogs: fieldwork.dialogs,
    version: '0.0.0-e2e-old',
    platform: 'linux',
  });
  const call = async (channel: string, input: unknown) => {
    const result = await invokeChannel(olderApp, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  };
  const assessment = await call('assessment:create', {
    organisation: 'Contoso AI',
    systemName: 'Claims Triage Model',
    reportType: 'I',
    categories: ['security'],
    assessors: [],
  });
  await call('control:update', {
    assessmentId: assessment.id,
    controlId: 'OLD-01',
    patch: { status: 'implemented', ownerName: 'Bo Lindgren', notes: 'Reviewed every quarter.' },
  });
  olderApp.close();
  const before = await fieldwork.invoke('control:list', { assessmentId: assessment.id });

  // Today's app opens it: the Overview says a newer catalog is available, without changing anything.
  await fieldwork.open();
  const banner = page.getByTestId('catalog-update-banner');
  await expect(banner).toContainText(`Catalog ${shipped.version} is available: 2 new controls offered, 1 retired.`);
  await expect(banner).toContainText('This assessment uses catalog 0.9.0.');
  await shot(fieldwork, '24-catalog-update-banner');

  await banner.getByRole('button', { name: 'Review the update…' }).click();
  const dialog = page.getByTestId('catalog-update-dialog');
  const offered = dialog.getByTestId('offered-controls');
  await expect(offered.getByRole('checkbox')).toHaveCount(2);
  await expect(offered).toContainText(accepted!.title.en);
  await expect(offered).toContainText(declined!.title.en);
  const retired = dialog.getByTestId('retired-controls');
  await expect(retired).toContainText('OLD-01');
  await expect(retired).toContainText('Legacy firewall rule review');
  await expect(retired).toContainText('Implemented');
  await expect(retired).toContainText('Bo Lindgren');
  await expect(dialog).toContainText('They stay in your checklist with your status, owner, notes and evidence');
  await offered.getByRole('checkbox', { name: new RegExp(declined!.id) }).uncheck();
  await shot(fieldwork, '25-catalog-update-dialog');
  await dialog.getByRole('button', { name: 'Apply and add 1 control' }).click();
  await expect(page.getByText(`Catalog ${shipped.version} applied: 1 control added, 1 flagged retired.`)).toBeVisible();
  await expect(banner).toBeHidden();

  // The data: one control added, the declined one not, OLD-01 flagged retired with every edit kept.
  const after = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  expect(after).toHaveLength(before.length + 1);
  expect(after.find((c) => c.controlId === accepted!.id)).toMatchObject({ status: 'not_assessed', retired: false });
  expect(after.find((c) => c.controlId === declined!.id)).toBeUndefined();
  expect(after.find((c) => c.controlId === 'OLD-01')).toMatchObject({
    status: 'implemented',
    ownerName: 'Bo Lindgren',
    notes: 'Reviewed every quarter.',
    retired: true,
  });
  const [summary] = await fieldwork.invoke('assessment:list', {});
  expect(summary?.catalogVersion).toBe(shipped.version);

  // The checklist shows the new control, and the retired one with its badge.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const search = page.getByRole('searchbox', { name: 'Search controls' });
  await search.fill(accepted!.id);
  await expect(page.locator(`.cl-control[data-control-id="${accepted!.id}"]`).first()).toContainText(
    accepted!.title.en,
  );
  await search.fill(declined!.id);
  await expect(page.getByText('No control matches these filters.')).toBeVisible();
  await search.fill('OLD-01');
  const old = page.locator('.cl-control[data-control-id="OLD-01"]').first();
  await expect(old).toContainText('Retired');
  await expect(old).toContainText('Legacy firewall rule review');
  await expect(old).toContainText('Implemented');
  await expect(page.getByTestId('catalog-update-banner')).toBeHidden();
  await old.click();
  await expect(page.getByTestId('control-panel')).toContainText(
    'Retired: the current catalog no longer ships this control.',
  );
  await shot(fieldwork, '26-checklist-retired');

  expect(fieldwork.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});

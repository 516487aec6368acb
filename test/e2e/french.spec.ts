import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatPercent } from '../../shared/format';
import { expect, test, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';

/**
 * The whole UI in French, switched at runtime: Settings (and the top bar) change the language at once, the
 * choice survives a restart, numbers and dates follow the locale, catalog texts come in French, and the
 * glossary's terms are the ones on screen. The second test saves French screenshots of the main screens.
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

const nav = (page: Page, label: string) =>
  page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();

/** The catalog's own French title of AI-DAT-01 (assets/catalog/controls/ai-data-and-model-lifecycle.json). */
const AI_DAT_01_FR =
  "Les jeux de données bruts, traités et prêts pour l'entraînement sont répartis en niveaux d'accès distincts";

test('switches the whole UI to French and back, with French numbers, dates and catalog texts', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  // Type II, security only; the day-60 review falls on the test's today, 2026-11-22.
  const assessment = await fieldwork.invoke('assessment:create', {
    organisation: 'Acme Vision SAS',
    systemName: 'Acme Inference API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-23',
    windowEnd: '2027-03-22',
    assessors: ['Claire Dubois'],
  });
  // One criterion made to score exactly 12.5 %: four applicable controls of weight 1, one partial (0.5), three
  // not implemented (0) → 0.5 ÷ 4 = 0.125; its other controls are set not applicable, out of the average.
  const controls = await fieldwork.invoke('control:list', { assessmentId: assessment.id });
  const byCriterion = new Map<string, string[]>();
  for (const c of controls)
    for (const id of c.criteria) byCriterion.set(id, [...(byCriterion.get(id) ?? []), c.controlId]);
  const [criterion, mapped] = [...byCriterion].find(([, ids]) => ids.length >= 5 && !ids.includes('AI-DAT-01')) ?? [
    '',
    [],
  ];
  expect(mapped.length).toBeGreaterThanOrEqual(5);
  for (const [i, controlId] of mapped.entries()) {
    const patch =
      i === 0
        ? { status: 'partial' as const, isKey: false }
        : i < 4
          ? { status: 'not_implemented' as const, isKey: false }
          : { status: 'not_applicable' as const, justification: 'Hors du système revu.' };
    await fieldwork.invoke('control:update', { assessmentId: assessment.id, controlId, patch });
  }
  const score = await fieldwork.invoke('score:get', { assessmentId: assessment.id });
  expect(score.criteria.find((c) => c.id === criterion)?.design).toBe(0.125);

  await fieldwork.open();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('review-date')).toContainText('22 Nov 2026');

  // Settings › Language: the select is labelled, and choosing French switches everything at once.
  await nav(page, 'Settings & about');
  await page.getByLabel('Language of the interface').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Paramètres et à propos' })).toBeVisible();
  await expect(page.getByLabel('Langue de l’interface', { exact: true }).first()).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByTestId('topbar-language')).toHaveValue('fr');

  // Overview: the glossary's "niveau de préparation", French percentages and dates.
  await nav(page, 'Vue d’ensemble');
  await expect(page.getByRole('heading', { name: 'Niveau de préparation – conception' })).toBeVisible();
  // French figures: decimal comma, and a non-breaking space before the sign so it never wraps alone.
  const frenchDesign = formatPercent(score.overall.design, 'fr').replace(' %', '\u00a0%');
  await expect.poll(() => page.getByTestId('overall-design').textContent()).toBe(frenchDesign);
  expect(frenchDesign).toMatch(/^\d+,\d\u00a0%$/);
  await expect(page.getByTestId('review-date')).toContainText('22 nov. 2026');
  await expect(page.getByTestId('review-date')).toContainText('aujourd’hui');
  await page
    .getByRole('button', { name: new RegExp(`^Comment ${criterion.replace('.', '\\.')} obtient 12,5\\s%$`) })
    .click();
  await expect(page.getByTestId(`breakdown-${criterion}`)).toContainText('Moyenne pondérée');
  // The hand-computed weighted mean, with French decimals: 1 × 0,5 over a weight of 4.
  await expect
    .poll(() => page.getByTestId(`breakdown-${criterion}`).textContent())
    .toContain('Moyenne pondérée = 0,5 ÷ 4 = 12,5\u00a0%');
  await expect(page.getByText('Catégories', { exact: true })).toBeVisible();
  await expect(page.getByText('Sécurité', { exact: true }).first()).toBeVisible();

  // Checklist: the catalog's French title for a known control, French statuses, "Contrôle clé".
  await nav(page, 'Liste de contrôle');
  await page.getByTestId('checklist-search').fill('AI-DAT-01');
  const row = page.locator('[data-control-id="AI-DAT-01"]').first();
  await expect(row).toContainText(AI_DAT_01_FR);
  await expect(row).toContainText('Non évalué');
  await row.click();
  const panel = page.getByTestId('control-panel');
  await expect(panel).toContainText(AI_DAT_01_FR);
  await expect(panel.getByText('Contrôle clé (pèse 2 dans le calcul)')).toBeVisible();
  await expect(panel.getByText('Procédure de test de l’auditeur')).toBeVisible();
  await expect(panel).toContainText("Les données d'entraînement sont stockées sur trois niveaux");
  await panel.getByRole('button', { name: 'Fermer le panneau de détail' }).click();

  // Findings: explanations come from main in the UI's language.
  await nav(page, 'Constats et écarts');
  await expect(page.getByRole('heading', { name: 'Constats et écarts', level: 1 })).toBeVisible();
  await expect(page.getByTestId('finding').first()).toBeVisible();
  const french = await fieldwork.invoke('findings:list', { assessmentId: assessment.id, lang: 'fr' });
  const first = french.findings.find((f) => !f.muted);
  if (first) await expect(page.getByText(first.explanation)).toBeVisible();

  // The choice survives a restart of the window.
  await page.reload();
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Paramètres et à propos' })).toBeVisible();

  // And back to English from the top bar.
  await page.getByLabel('Langue de l’interface').first().selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await nav(page, 'Overview');
  await expect(page.getByRole('button', { name: `How ${criterion} scores 12.5%` })).toBeVisible();
  await expect(page.getByTestId('overall-design')).toHaveText(formatPercent(score.overall.design, 'en'));
  expect(await page.evaluate(() => localStorage.getItem('fieldwork.language'))).toBe('en');
});

test('French screenshots of the main screens, on the demo assessment', async ({ fieldwork }) => {
  test.setTimeout(120_000);
  const { page } = fieldwork;
  const { createDemoAssessment } = await loadMain();
  createDemoAssessment(fieldwork.app.services);
  // Start in French, as a French-speaking consultant's machine would after choosing it once.
  await page.addInitScript(() => localStorage.setItem('fieldwork.language', 'fr'));
  await fieldwork.open();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByTestId('top-five')).toContainText('Les cinq écarts prioritaires');
  await shot(fieldwork, 'fr-01-overview');

  const screens: Array<[string, string]> = [
    ['Champ et périmètre', 'fr-02-scope'],
    ['Liste de contrôle', 'fr-03-checklist'],
    ['Preuves', 'fr-05-evidence'],
    ['Revue', 'fr-06-review'],
    ['Fournisseurs', 'fr-07-vendors'],
    ['Constats et écarts', 'fr-08-findings'],
    ['Remédiation', 'fr-09-remediation'],
    ['Rapports', 'fr-10-reports'],
    ['Catalogue', 'fr-11-catalog'],
    ['Piste d’audit', 'fr-12-audit'],
    ['Paramètres et à propos', 'fr-13-settings'],
  ];
  for (const [label, name] of screens) {
    await nav(page, label);
    await expect(page.locator('main h1').first()).toBeVisible();
    await shot(fieldwork, name);
    if (name === 'fr-03-checklist') {
      await page.getByTestId('checklist-grid').focus();
      await page.keyboard.press('j');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('control-panel')).toBeVisible();
      await shot(fieldwork, 'fr-04-control-panel');
      await page.keyboard.press('Escape');
    }
    if (name === 'fr-07-vendors') {
      await page.getByRole('button', { name: 'Ajouter un fournisseur', exact: true }).first().click();
      await expect(page.getByTestId('vendor-editor')).toBeVisible();
      await page.screenshot({ path: join(SHOTS, 'fr-07b-vendor-editor.png'), animations: 'disabled' });
      await page.getByTestId('vendor-editor').getByRole('button', { name: 'Annuler' }).click();
    }
  }
  // The jump box and the new-assessment form.
  await nav(page, 'Toutes les évaluations');
  await page.getByRole('button', { name: 'Nouvelle évaluation' }).first().click();
  await page.getByRole('button', { name: 'Créer l’évaluation' }).click();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await shot(fieldwork, 'fr-14-new-assessment');
});

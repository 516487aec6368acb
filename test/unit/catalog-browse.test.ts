import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import {
  controlMatches,
  coverageMatrix,
  facetOptions,
  filterControls,
  isFiltered,
  matrixCriteria,
  NO_CATALOG_FILTERS,
  type CatalogFilters,
} from '../../shared/catalog/browse';
import type { Catalog, CatalogControl, Criterion } from '../../shared/catalog/schema';

const text = (en: string) => ({ en, fr: `${en} (fr)` });

function control(id: string, patch: Partial<CatalogControl>): CatalogControl {
  return {
    id,
    title: text(`Title of ${id}`),
    description: text(`What ${id} means`),
    aiSpecific: false,
    stage: 'organisation_wide',
    criteria: ['CC1.1'],
    frequency: 'annually',
    type: 'preventive',
    ownerFunction: 'security',
    keyDefault: false,
    tags: ['governance'],
    evidence: [{ kind: 'policy', description: text('A policy'), sources: ['Wiki'] }],
    testProcedure: [{ method: 'inquiry', description: text('Ask') }],
    pitfalls: [text('None')],
    iso42001: [],
    nistAiRmf: [],
    ...patch,
  };
}

function criterion(id: string, category: Criterion['category'], group: string): Criterion {
  return { id, category, group, title: text(`Criterion ${id}`), summary: text(`About ${id}`) };
}

/** A hand-made catalog small enough to count by eye. */
const tiny: Catalog = {
  version: '1.0.0',
  released: '2026-11-22',
  retired: [],
  criteria: [
    criterion('CC1.1', 'security', 'CC1'),
    criterion('CC6.1', 'security', 'CC6'),
    criterion('A1.2', 'availability', 'A1'),
  ],
  controls: [
    control('GOV-01', { criteria: ['CC1.1'], iso42001: ['A.2.2'], nistAiRmf: ['GOVERN 1.1'] }),
    control('AI-REG-01', {
      aiSpecific: true,
      keyDefault: true,
      stage: 'model_registry',
      criteria: ['CC6.1', 'CC1.1'],
      frequency: 'per_event',
      tags: ['model-registry-promotion'],
      iso42001: ['A.6.2.5'],
      nistAiRmf: ['MANAGE 2.4'],
      description: text('Promotion from staging to production needs an approval'),
    }),
    control('AI-SRV-01', {
      aiSpecific: true,
      stage: 'inference_serving',
      criteria: ['CC6.1', 'A1.2'],
      frequency: 'continuous',
      tags: ['prompt-injection', 'output-validation'],
      iso42001: ['A.6.2.5', 'A.6.2.6'],
    }),
    control('BCP-01', { stage: 'organisation_wide', criteria: ['A1.2'], tags: ['bcp-dr'] }),
  ],
};

const ids = (list: readonly CatalogControl[]) => list.map((c) => c.id);
const filters = (patch: Partial<CatalogFilters>): CatalogFilters => ({ ...NO_CATALOG_FILTERS, ...patch });

describe('catalog filters', () => {
  it('combine with AND, each facet matching any of a control’s values', () => {
    expect(ids(filterControls(tiny.controls, NO_CATALOG_FILTERS, 'en'))).toEqual([
      'GOV-01',
      'AI-REG-01',
      'AI-SRV-01',
      'BCP-01',
    ]);
    expect(ids(filterControls(tiny.controls, filters({ iso: 'A.6.2.5' }), 'en'))).toEqual(['AI-REG-01', 'AI-SRV-01']);
    expect(ids(filterControls(tiny.controls, filters({ iso: 'A.6.2.5', stage: 'inference_serving' }), 'en'))).toEqual([
      'AI-SRV-01',
    ]);
    expect(ids(filterControls(tiny.controls, filters({ category: 'availability' }), 'en'))).toEqual([
      'AI-SRV-01',
      'BCP-01',
    ]);
    expect(ids(filterControls(tiny.controls, filters({ criterion: 'CC1.1' }), 'en'))).toEqual(['GOV-01', 'AI-REG-01']);
    expect(ids(filterControls(tiny.controls, filters({ topic: 'output-validation' }), 'en'))).toEqual(['AI-SRV-01']);
    expect(ids(filterControls(tiny.controls, filters({ nist: 'GOVERN 1.1' }), 'en'))).toEqual(['GOV-01']);
    expect(ids(filterControls(tiny.controls, filters({ frequency: 'continuous' }), 'en'))).toEqual(['AI-SRV-01']);
    expect(ids(filterControls(tiny.controls, filters({ aiOnly: true, keyOnly: true }), 'en'))).toEqual(['AI-REG-01']);
  });

  it('search every word in the id, title and description of the UI language', () => {
    expect(ids(filterControls(tiny.controls, filters({ search: 'ai-srv' }), 'en'))).toEqual(['AI-SRV-01']);
    expect(ids(filterControls(tiny.controls, filters({ search: '  STAGING production ' }), 'en'))).toEqual([
      'AI-REG-01',
    ]);
    expect(ids(filterControls(tiny.controls, filters({ search: 'staging nowhere' }), 'en'))).toEqual([]);
    expect(ids(filterControls(tiny.controls, filters({ search: '(fr)' }), 'en'))).toEqual([]);
    expect(filterControls(tiny.controls, filters({ search: '(fr)' }), 'fr')).toHaveLength(4);
  });

  it('count each option under the other filters, listing only values the catalog uses, in their natural order', () => {
    const f = filters({ stage: 'inference_serving', iso: 'A.6.2.5' });
    expect(facetOptions(tiny, f, 'iso', 'en')).toEqual([
      { value: 'A.2.2', count: 0 },
      { value: 'A.6.2.5', count: 1 },
      { value: 'A.6.2.6', count: 1 },
    ]);
    expect(facetOptions(tiny, f, 'stage', 'en')).toEqual([
      { value: 'model_registry', count: 1 },
      { value: 'inference_serving', count: 1 },
      { value: 'organisation_wide', count: 0 },
    ]);
    expect(facetOptions(tiny, NO_CATALOG_FILTERS, 'category', 'en')).toEqual([
      { value: 'security', count: 3 },
      { value: 'availability', count: 2 },
    ]);
    expect(controlMatches(tiny.controls[0]!, f, 'en', 'stage')).toBe(false);
  });

  it('know when any filter is set', () => {
    expect(isFiltered(NO_CATALOG_FILTERS)).toBe(false);
    expect(isFiltered(filters({ search: '   ' }))).toBe(false);
    expect(isFiltered(filters({ keyOnly: true }))).toBe(true);
    expect(isFiltered(filters({ nist: 'MAP 1.1' }))).toBe(true);
  });
});

describe('coverage matrix', () => {
  it('groups controls by stage and criteria by category, counts each row and flags ≤ 2 as thin', () => {
    const m = coverageMatrix(tiny.criteria, tiny.controls);
    expect(m.groups.map((g) => [g.stage, ids(g.controls)])).toEqual([
      ['model_registry', ['AI-REG-01']],
      ['inference_serving', ['AI-SRV-01']],
      ['organisation_wide', ['GOV-01', 'BCP-01']],
    ]);
    expect(m.sections.map((s) => s.category)).toEqual(['security', 'availability']);
    const rows = m.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => [r.criterion.id, r.count, r.cells])).toEqual([
      ['CC1.1', 2, [[0], [], [0]]],
      ['CC6.1', 2, [[0], [0], []]],
      ['A1.2', 2, [[], [0], [1]]],
    ]);
    expect(m.thin).toEqual(['CC1.1', 'CC6.1', 'A1.2']);
    expect(m.columnCount).toBe(4);
  });

  it('counts only the controls shown, and the rows of the category and criterion filters', () => {
    const f = filters({ aiOnly: true });
    const m = coverageMatrix(matrixCriteria(tiny.criteria, f), filterControls(tiny.controls, f, 'en'));
    expect(m.sections.flatMap((s) => s.rows).map((r) => [r.criterion.id, r.count])).toEqual([
      ['CC1.1', 1],
      ['CC6.1', 2],
      ['A1.2', 1],
    ]);
    expect(matrixCriteria(tiny.criteria, filters({ category: 'availability' })).map((c) => c.id)).toEqual(['A1.2']);
    expect(matrixCriteria(tiny.criteria, filters({ criterion: 'CC6.1' })).map((c) => c.id)).toEqual(['CC6.1']);
  });

  it('on the shipped catalog, agrees with a plain count of the mappings', () => {
    const catalog = bundledCatalog();
    const m = coverageMatrix(catalog.criteria, catalog.controls);
    const rows = m.sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(61);
    for (const row of rows) {
      expect(row.count).toBe(catalog.controls.filter((c) => c.criteria.includes(row.criterion.id)).length);
    }
    expect(m.groups.reduce((n, g) => n + g.controls.length, 0)).toBe(catalog.controls.length);
    expect(m.thin).toEqual(rows.filter((r) => r.count <= 2).map((r) => r.criterion.id));
  });
});

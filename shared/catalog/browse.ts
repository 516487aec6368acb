import {
  CATEGORY_KEYS,
  FREQUENCIES,
  PIPELINE_STAGES,
  type CategoryKey,
  type Frequency,
  type PipelineStage,
} from '../domain';
import type { Locale } from '../format';
import { categoryOfCriterion } from './criteria-ids';
import { ISO42001_ANNEX_A_IDS, NIST_AI_RMF_IDS } from './frameworks';
import type { Catalog, CatalogControl, Criterion } from './schema';
import { TOPICS, type Topic } from './topics';

/**
 * Browsing the catalog: the filters of the catalog page, their per-option counts, and the criteria ×
 * controls coverage matrix. Pure, so the page, the tests and any later report share one definition.
 */

export interface CatalogFilters {
  category: CategoryKey | '';
  criterion: string;
  stage: PipelineStage | '';
  iso: string;
  nist: string;
  topic: Topic | '';
  frequency: Frequency | '';
  aiOnly: boolean;
  keyOnly: boolean;
  /** Words that must all appear in the control's id, title or description (in the UI language). */
  search: string;
}

export const NO_CATALOG_FILTERS: CatalogFilters = {
  category: '',
  criterion: '',
  stage: '',
  iso: '',
  nist: '',
  topic: '',
  frequency: '',
  aiOnly: false,
  keyOnly: false,
  search: '',
};

/** The filters that pick one value among many; each option shows how many controls it would leave. */
export const FACETS = ['category', 'criterion', 'stage', 'iso', 'nist', 'topic', 'frequency'] as const;
export type Facet = (typeof FACETS)[number];

/** A criterion with this many controls or fewer is thinly covered. */
export const THIN_COVERAGE = 2;

/** The values a control holds for a facet. */
export function facetValues(control: CatalogControl, facet: Facet): readonly string[] {
  switch (facet) {
    case 'category':
      return [...new Set(control.criteria.map((id) => categoryOfCriterion(id)).filter((c) => c !== undefined))];
    case 'criterion':
      return control.criteria;
    case 'stage':
      return [control.stage];
    case 'iso':
      return control.iso42001;
    case 'nist':
      return control.nistAiRmf;
    case 'topic':
      return control.tags;
    case 'frequency':
      return [control.frequency];
  }
}

function searchWords(search: string): string[] {
  return search.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesWords(control: CatalogControl, words: readonly string[], locale: Locale): boolean {
  if (words.length === 0) return true;
  const haystack = `${control.id} ${control.title[locale]} ${control.description[locale]}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Whether a control passes every filter, or every filter but `except` (for that facet's option counts). */
export function controlMatches(
  control: CatalogControl,
  filters: CatalogFilters,
  locale: Locale,
  except?: Facet,
): boolean {
  for (const facet of FACETS) {
    const wanted = filters[facet];
    if (facet === except || wanted === '') continue;
    if (!facetValues(control, facet).includes(wanted)) return false;
  }
  if (filters.aiOnly && !control.aiSpecific) return false;
  if (filters.keyOnly && !control.keyDefault) return false;
  return matchesWords(control, searchWords(filters.search), locale);
}

export function filterControls(
  controls: readonly CatalogControl[],
  filters: CatalogFilters,
  locale: Locale,
): CatalogControl[] {
  return controls.filter((c) => controlMatches(c, filters, locale));
}

export function isFiltered(filters: CatalogFilters): boolean {
  return (Object.keys(NO_CATALOG_FILTERS) as Array<keyof CatalogFilters>).some((k) =>
    k === 'search' ? filters.search.trim() !== '' : filters[k] !== NO_CATALOG_FILTERS[k],
  );
}

const ORDER: Record<Exclude<Facet, 'criterion'>, readonly string[]> = {
  category: CATEGORY_KEYS,
  stage: PIPELINE_STAGES,
  iso: ISO42001_ANNEX_A_IDS,
  nist: NIST_AI_RMF_IDS,
  topic: TOPICS,
  frequency: FREQUENCIES,
};

export interface FacetOption {
  value: string;
  /** Controls this option would show, given the other filters. */
  count: number;
}

/**
 * The options of a facet: every value the catalog actually uses, in its natural order (criteria as the
 * catalog lists them, crosswalk ids as the frameworks number them), each with its count under the other filters.
 */
export function facetOptions(catalog: Catalog, filters: CatalogFilters, facet: Facet, locale: Locale): FacetOption[] {
  const used = new Set<string>();
  const counts = new Map<string, number>();
  for (const control of catalog.controls) {
    const values = facetValues(control, facet);
    for (const v of values) used.add(v);
    if (!controlMatches(control, filters, locale, facet)) continue;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const order = facet === 'criterion' ? catalog.criteria.map((c) => c.id) : ORDER[facet];
  return order.filter((v) => used.has(v)).map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

// ——— Coverage matrix ———

/** The matrix's columns: the shown controls grouped by pipeline stage, in stage order then catalog order. */
export interface MatrixColumnGroup {
  stage: PipelineStage;
  controls: CatalogControl[];
}

export interface MatrixRow {
  criterion: Criterion;
  /** Per column group, the positions (within the group) of the controls mapped to this criterion. */
  cells: number[][];
  count: number;
  thin: boolean;
}

export interface MatrixSection {
  category: CategoryKey;
  rows: MatrixRow[];
  thin: number;
}

export interface CoverageMatrix {
  groups: MatrixColumnGroup[];
  sections: MatrixSection[];
  /** Criterion ids with THIN_COVERAGE controls or fewer, in catalog order. */
  thin: string[];
  rowCount: number;
  columnCount: number;
}

export function coverageMatrix(criteria: readonly Criterion[], controls: readonly CatalogControl[]): CoverageMatrix {
  const groups: MatrixColumnGroup[] = PIPELINE_STAGES.map((stage) => ({
    stage,
    controls: controls.filter((c) => c.stage === stage),
  })).filter((g) => g.controls.length > 0);
  const sections: MatrixSection[] = [];
  const thin: string[] = [];
  for (const category of CATEGORY_KEYS) {
    const rows = criteria
      .filter((c) => c.category === category)
      .map((criterion): MatrixRow => {
        const cells = groups.map((g) =>
          g.controls.flatMap((control, i) => (control.criteria.includes(criterion.id) ? [i] : [])),
        );
        const count = cells.reduce((sum, positions) => sum + positions.length, 0);
        return { criterion, cells, count, thin: count <= THIN_COVERAGE };
      });
    if (rows.length === 0) continue;
    for (const row of rows) if (row.thin) thin.push(row.criterion.id);
    sections.push({ category, rows, thin: rows.filter((r) => r.thin).length });
  }
  return {
    groups,
    sections,
    thin,
    rowCount: sections.reduce((n, s) => n + s.rows.length, 0),
    columnCount: controls.length,
  };
}

/** The criteria the matrix shows: those of the category and criterion filters (the others apply to controls). */
export function matrixCriteria(criteria: readonly Criterion[], filters: CatalogFilters): Criterion[] {
  return criteria.filter(
    (c) =>
      (filters.category === '' || c.category === filters.category) &&
      (filters.criterion === '' || c.id === filters.criterion),
  );
}

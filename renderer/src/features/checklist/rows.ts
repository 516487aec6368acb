import { CRITERION_REFS } from '../../../../shared/catalog/criteria-ids';
import {
  CONTROL_STATUSES,
  FREQUENCIES,
  PIPELINE_STAGES,
  type AssessmentControl,
  type CategoryKey,
  type ControlStatus,
  type OwnerFunction,
  type PipelineStage,
} from '../../../../shared/domain';

export interface Filters {
  status: ControlStatus | '';
  /** '' any, 'none' for controls without a function. */
  ownerFunction: OwnerFunction | 'none' | '';
  owner: string;
  unassessedOnly: boolean;
  search: string;
  stage: PipelineStage | '';
  /** '' any, 'named' with a named owner, 'unowned' without one. */
  ownership: '' | 'named' | 'unowned';
}

export const NO_FILTERS: Filters = {
  status: '',
  ownerFunction: '',
  owner: '',
  unassessedOnly: false,
  search: '',
  stage: '',
  ownership: '',
};

export type SortColumn = 'id' | 'title' | 'stage' | 'frequency' | 'owner' | 'status';
export interface Sort {
  column: SortColumn;
  direction: 1 | -1;
}

export type Row =
  | { kind: 'category'; key: string; category: CategoryKey; count: number }
  | { kind: 'criterion'; key: string; criterionId: string; count: number }
  | { kind: 'outOfScope'; key: string; count: number }
  | {
      kind: 'control';
      key: string;
      control: AssessmentControl;
      /** The criterion this occurrence sits under (null in the out-of-scope group). */
      criterionId: string | null;
      /** The control's other in-scope criteria, where it appears too. */
      others: string[];
    };

export interface RowSet {
  rows: Row[];
  /** Distinct controls shown and in the checklist. */
  shown: number;
  total: number;
}

export function isFiltered(f: Filters): boolean {
  return (
    f.status !== '' ||
    f.ownerFunction !== '' ||
    f.owner.trim() !== '' ||
    f.unassessedOnly ||
    f.search.trim() !== '' ||
    f.stage !== '' ||
    f.ownership !== ''
  );
}

function matches(c: AssessmentControl, f: Filters, title: string): boolean {
  if (f.status !== '' && c.status !== f.status) return false;
  if (f.unassessedOnly && c.status !== 'not_assessed') return false;
  if (f.stage !== '' && c.stage !== f.stage) return false;
  if (f.ownership !== '' && (c.ownerName.trim() !== '') !== (f.ownership === 'named')) return false;
  if (
    f.ownerFunction === 'none'
      ? c.ownerFunction !== null
      : f.ownerFunction !== '' && c.ownerFunction !== f.ownerFunction
  )
    return false;
  const owner = f.owner.trim().toLowerCase();
  if (owner && !c.ownerName.toLowerCase().includes(owner)) return false;
  const q = f.search.trim().toLowerCase();
  return !q || c.controlId.toLowerCase().includes(q) || title.toLowerCase().includes(q);
}

const ORDER = {
  status: new Map<string, number>(CONTROL_STATUSES.map((s, i) => [s, i])),
  stage: new Map<string, number>(PIPELINE_STAGES.map((s, i) => [s, i])),
  frequency: new Map<string, number>(FREQUENCIES.map((s, i) => [s, i])),
};

function comparator(sort: Sort, titleOf: (c: AssessmentControl) => string) {
  const byId = (a: AssessmentControl, b: AssessmentControl) =>
    a.controlId.localeCompare(b.controlId, 'en', { numeric: true });
  const key = (c: AssessmentControl): string | number => {
    switch (sort.column) {
      case 'title':
        return titleOf(c).toLowerCase();
      case 'owner':
        return c.ownerName.toLowerCase() || '\uffff';
      case 'status':
      case 'stage':
      case 'frequency':
        return ORDER[sort.column].get(c[sort.column]) ?? 0;
      default:
        return '';
    }
  };
  return (a: AssessmentControl, b: AssessmentControl) => {
    if (sort.column === 'id') return sort.direction * byId(a, b);
    const ka = key(a);
    const kb = key(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
    return cmp !== 0 ? sort.direction * cmp : byId(a, b);
  };
}

/**
 * Flattens the checklist into category → criterion → control rows for the virtual list. A control mapped
 * to several in-scope criteria appears under each; controls with no in-scope criterion go last.
 */
export function buildRows(
  controls: readonly AssessmentControl[],
  categories: readonly CategoryKey[],
  filters: Filters,
  sort: Sort,
  titleOf: (c: AssessmentControl) => string,
): RowSet {
  const scope = new Set(categories);
  const criteria = CRITERION_REFS.filter((c) => scope.has(c.category));
  const inScope = new Set(criteria.map((c) => c.id));
  const visible = controls.filter((c) => matches(c, filters, titleOf(c))).sort(comparator(sort, titleOf));
  const filtered = isFiltered(filters);

  const byCriterion = new Map<string, AssessmentControl[]>(criteria.map((c) => [c.id, []]));
  const outside: AssessmentControl[] = [];
  for (const control of visible) {
    const own = control.criteria.filter((id) => inScope.has(id));
    if (own.length === 0) outside.push(control);
    for (const id of own) byCriterion.get(id)?.push(control);
  }

  const rows: Row[] = [];
  for (const category of categories) {
    const block: Row[] = [];
    const distinct = new Set<string>();
    for (const ref of criteria.filter((c) => c.category === category)) {
      const list = byCriterion.get(ref.id) ?? [];
      if (filtered && list.length === 0) continue;
      block.push({ kind: 'criterion', key: `crit:${ref.id}`, criterionId: ref.id, count: list.length });
      for (const control of list) {
        const others = control.criteria.filter((id) => id !== ref.id && inScope.has(id));
        block.push({ kind: 'control', key: `${ref.id}/${control.controlId}`, control, criterionId: ref.id, others });
      }
      for (const control of list) distinct.add(control.controlId);
    }
    if (block.length === 0) continue;
    rows.push({ kind: 'category', key: `cat:${category}`, category, count: distinct.size }, ...block);
  }
  if (outside.length > 0) {
    rows.push({ kind: 'outOfScope', key: 'out', count: outside.length });
    for (const control of outside) {
      rows.push({ kind: 'control', key: `out/${control.controlId}`, control, criterionId: null, others: [] });
    }
  }
  return { rows, shown: visible.length, total: controls.length };
}

/** Row heights in px for the virtual list (they scale with browser zoom like everything else). */
export function rowHeight(row: Row | undefined): number {
  if (!row) return 44;
  return row.kind === 'control' ? 48 : row.kind === 'criterion' ? 34 : 38;
}

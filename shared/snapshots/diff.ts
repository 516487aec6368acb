import type { CategoryKey, ControlStatus } from '../domain';
import type { Conclusion } from '../sampling/conclude';
import type { Snapshot, SnapshotControl, SnapshotSummary } from './types';

export interface FigureChange {
  from: number | null;
  to: number | null;
  /** to − from; null when either side is missing. */
  delta: number | null;
}

export interface ValueChange<T> {
  from: T | null;
  to: T | null;
}

/** 'added': only in the later snapshot; 'removed': only in the earlier one. */
export type Presence = 'both' | 'added' | 'removed';

export interface CategoryDiff {
  id: CategoryKey;
  presence: Presence;
  design: FigureChange;
  operating: FigureChange;
}

export interface CriterionDiff {
  id: string;
  presence: Presence;
  design: FigureChange;
  operating: FigureChange;
  unaddressed: ValueChange<boolean>;
}

export interface ControlDiff {
  id: string;
  presence: Presence;
  status: ValueChange<ControlStatus>;
  design: FigureChange;
  coverage: FigureChange;
  operating: FigureChange;
  conclusion: ValueChange<Conclusion>;
}

export interface SnapshotDiff {
  from: Pick<SnapshotSummary, 'id' | 'label' | 'asOf' | 'takenAt'>;
  to: Pick<SnapshotSummary, 'id' | 'label' | 'asOf' | 'takenAt'>;
  overall: { design: FigureChange; operating: FigureChange };
  /** Every category of either snapshot. */
  categories: CategoryDiff[];
  /** Only the criteria that changed (a figure, unaddressed, or presence). */
  criteria: CriterionDiff[];
  /** Only the controls that changed (status, a figure, conclusion, or presence). */
  controls: ControlDiff[];
}

// Figures are recomputed from the same formula, so equal inputs give identical floats; the tolerance
// only guards against a future change of summation order.
const EPSILON = 1e-12;

function figure(from: number | null | undefined, to: number | null | undefined): FigureChange {
  const a = from ?? null;
  const b = to ?? null;
  return { from: a, to: b, delta: a === null || b === null ? null : b - a };
}

function changed(change: FigureChange): boolean {
  if (change.from === null || change.to === null) return change.from !== change.to;
  return Math.abs(change.to - change.from) > EPSILON;
}

function presence(inA: boolean, inB: boolean): Presence {
  return inA && inB ? 'both' : inB ? 'added' : 'removed';
}

/** Joins two id-keyed lists, keeping the later snapshot's order and appending what only the earlier one has. */
function pairs<T extends { id: string }>(a: readonly T[], b: readonly T[]): [string, T | undefined, T | undefined][] {
  const left = new Map(a.map((x) => [x.id, x]));
  const right = new Map(b.map((x) => [x.id, x]));
  const ids = [...b.map((x) => x.id), ...a.map((x) => x.id).filter((id) => !right.has(id))];
  return ids.map((id) => [id, left.get(id), right.get(id)]);
}

function controlDiff(id: string, a: SnapshotControl | undefined, b: SnapshotControl | undefined): ControlDiff {
  return {
    id,
    presence: presence(a !== undefined, b !== undefined),
    status: { from: a?.status ?? null, to: b?.status ?? null },
    design: figure(a?.design, b?.design),
    coverage: figure(a?.coverage, b?.coverage),
    operating: figure(a?.operating, b?.operating),
    conclusion: { from: a?.conclusion ?? null, to: b?.conclusion ?? null },
  };
}

const header = (s: SnapshotSummary) => ({ id: s.id, label: s.label, asOf: s.asOf, takenAt: s.takenAt });

/** What changed from snapshot `a` (earlier) to snapshot `b` (later): per category, criterion and control. */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const sa = a.data.score;
  const sb = b.data.score;
  const categories = pairs(sa.categories, sb.categories).map(([id, x, y]) => ({
    id: id as CategoryKey,
    presence: presence(x !== undefined, y !== undefined),
    design: figure(x?.design, y?.design),
    operating: figure(x?.operating, y?.operating),
  }));
  const criteria = pairs(sa.criteria, sb.criteria)
    .map(([id, x, y]) => ({
      id,
      presence: presence(x !== undefined, y !== undefined),
      design: figure(x?.design, y?.design),
      operating: figure(x?.operating, y?.operating),
      unaddressed: { from: x?.unaddressed ?? null, to: y?.unaddressed ?? null },
    }))
    .filter((c) => c.presence !== 'both' || changed(c.design) || changed(c.operating) || c.unaddressed.from !== c.unaddressed.to);
  const controls = pairs(a.data.controls, b.data.controls)
    .map(([id, x, y]) => controlDiff(id, x, y))
    .filter(
      (c) =>
        c.presence !== 'both' ||
        c.status.from !== c.status.to ||
        c.conclusion.from !== c.conclusion.to ||
        changed(c.design) ||
        changed(c.coverage) ||
        changed(c.operating),
    );
  return {
    from: header(a),
    to: header(b),
    overall: { design: figure(sa.overall.design, sb.overall.design), operating: figure(sa.overall.operating, sb.overall.operating) },
    categories,
    criteria,
    controls,
  };
}

/**
 * The evidence side of the coverage sweep, on typed arrays so that 100,000 items cost a few milliseconds:
 * items converted to day numbers once, ordered by first covered day, clipped to the elapsed window and
 * merged into the union of covered days.
 */
import { dayOf } from './days';

export interface CoverageEvidence {
  from: string;
  to: string;
  /** An EvidenceKind; only 'screenshot' changes the arithmetic. */
  kind: string;
}

/** Evidence as parallel arrays of day numbers: the days each item covers (first → last) and whether it is point-in-time. */
export interface DayItems {
  first: Int32Array;
  last: Int32Array;
  single: Uint8Array;
}

/** Coverage rule 2: a screenshot, or a one-day item, covers one day — for a screenshot the last day of its period. */
export function toDayItems(evidence: readonly CoverageEvidence[]): DayItems {
  const n = evidence.length;
  const items: DayItems = { first: new Int32Array(n), last: new Int32Array(n), single: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const e = evidence[i] as CoverageEvidence;
    const first = dayOf(e.from);
    const last = dayOf(e.to);
    if (first > last) throw new RangeError(`evidence period ends (${e.to}) before it starts (${e.from})`);
    const single = e.kind === 'screenshot' || first === last;
    items.first[i] = single ? last : first;
    items.last[i] = last;
    items.single[i] = single ? 1 : 0;
  }
  return items;
}

/**
 * A stable counting sort of `order` by `key(order[k])` in [0, range): O(n + range), no comparator.
 * Returns the sorted order and, per key, where its run begins (`starts`, length range + 1).
 */
export function countingSort(order: Int32Array, key: (index: number) => number, range: number): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(range + 1);
  for (let k = 0; k < order.length; k++) {
    const r = key(order[k] ?? 0) + 1;
    starts[r] = (starts[r] ?? 0) + 1;
  }
  for (let r = 0; r < range; r++) starts[r + 1] = (starts[r + 1] ?? 0) + (starts[r] ?? 0);
  const next = starts.slice(0, range);
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const index = order[k] ?? 0;
    const r = key(index);
    out[next[r] ?? 0] = index;
    next[r] = (next[r] ?? 0) + 1;
  }
  return { order: out, starts };
}

/** The indices in `order`, re-ordered by their first covered day `first[index]` (counting sort over the span of days, else a typed-array sort). */
export function byFirstDay(first: Int32Array, order: Int32Array): Int32Array {
  if (order.length < 2) return order;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const d = first[i] ?? 0;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = max - min + 1;
  if (span <= 4 * order.length + 4096) return countingSort(order, (i) => (first[i] ?? 0) - min, span).order;
  return Int32Array.from(order).sort((a, b) => (first[a] ?? 0) - (first[b] ?? 0));
}

export interface Union {
  /** The union of the counted evidence periods, as disjoint inclusive day runs in date order. */
  starts: number[];
  ends: number[];
  /** Items with at least one day in the window, how many of them are point-in-time, and how many lie wholly outside. */
  counted: number;
  pointInTime: number;
  outside: number;
}

/**
 * Clips the items listed in `order` to [from, to] (day numbers) and merges them into their union.
 * `order` must list the items by first covered day (byFirstDay); clipping keeps that order.
 */
export function unionWithin(items: DayItems, order: ArrayLike<number>, from: number, to: number): Union {
  const starts: number[] = [];
  const ends: number[] = [];
  let counted = 0;
  let pointInTime = 0;
  let outside = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    const first = items.first[i] ?? 0;
    const last = items.last[i] ?? 0;
    if (last < from || first > to) {
      outside += 1;
      continue;
    }
    counted += 1;
    pointInTime += items.single[i] ?? 0;
    const a = first > from ? first : from;
    const b = last < to ? last : to;
    if (a <= end + 1) {
      if (b > end) {
        end = b;
        ends[ends.length - 1] = b;
      }
    } else {
      starts.push(a);
      ends.push(b);
      end = b;
    }
  }
  return { starts, ends, counted, pointInTime, outside };
}

import type { Frequency, IsoDate } from '../domain';
import { dayOf, isoOf } from './days';
import { expectedPeriods, isPeriodic } from './periods';
import { byFirstDay, toDayItems, unionWithin, type CoverageEvidence, type DayItems } from './union';

export type { CoverageEvidence };

export const COVERAGE_METHOD = 'fieldwork-coverage/1';

/** The flag shown beside a control whose evidence is all point-in-time. */
export const POINT_IN_TIME_FLAG = 'point-in-time evidence does not show operation over the period';

export type CoverageNote =
  | 'not_started'
  | 'as_of_capped'
  | 'current_period_only'
  | 'evidence_outside_window'
  | 'no_evidence'
  | 'point_in_time_only'
  | 'no_occurrences'
  | 'population_not_recorded';

export interface CoverageInput {
  frequency: Frequency;
  windowStart: IsoDate;
  windowEnd: IsoDate | null;
  /** The review's as-of date or today; capped at the window end. */
  asOf: IsoDate;
  evidence: readonly CoverageEvidence[];
  /** Per-event controls only: events so far, and how many of them are evidenced. */
  population?: { population: number; evidenced: number } | undefined;
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface ControlCoverage {
  frequency: Frequency;
  /** 0–1. */
  coverage: number;
  /** Expected periods (periodic), elapsed days (continuous) or recorded events (per-event). */
  expected: number;
  /** Evidenced periods, covered days or evidenced events, in the same unit. */
  evidenced: number;
  unit: 'periods' | 'days' | 'events';
  gaps: DateRange[];
  pointInTimeOnly: boolean;
  /** The elapsed window measured: window start → as-of date (capped at the window end). */
  elapsedFrom: IsoDate;
  elapsedTo: IsoDate;
  /** Days in the elapsed window, both ends included; 0 before the window starts. */
  elapsedDays: number;
  notes: CoverageNote[];
}

const UNIT: Record<Frequency, ControlCoverage['unit']> = {
  continuous: 'days',
  daily: 'periods',
  weekly: 'periods',
  monthly: 'periods',
  quarterly: 'periods',
  annually: 'periods',
  per_event: 'events',
};

/**
 * Type II evidence coverage of one control (method `fieldwork-coverage/1`). These rules are quoted in the
 * README, the app's methodology panel and the report:
 *
 * 1. Elapsed window. Coverage is measured from the window start to the as-of date, both included. The as-of
 *    date is the date asked for (the review's as-of date, or today), capped at the window end. Before the
 *    window starts there is nothing to measure: coverage 0, nothing expected (note `not_started`).
 * 2. Evidence. Only the part of an item's period [from, to] inside the elapsed window counts; items wholly
 *    outside it are ignored (note `evidence_outside_window`). A screenshot, or any item whose period is one
 *    day (from = to), is point-in-time and covers one day only (a screenshot: the last day of its period).
 * 3. Periodic controls. Periods are anchored at the window start: daily = each day; weekly = 7-day blocks;
 *    monthly = calendar-month steps from the start day, clamped to the month's end (a window opened Jan 31
 *    has periods starting Jan 31, Feb 28 or 29, Mar 31, Apr 30 …); quarterly = 3-month steps; annually =
 *    12-month steps; a period ends the day before the next begins. Expected = periods fully elapsed by the
 *    as-of date (last day on or before it); when none has, the current period counts as the one expected
 *    (note `current_period_only`). Evidenced = expected periods sharing at least one day with an evidence
 *    item's period. Coverage = evidenced ÷ expected, at most 1. Gaps = runs of consecutive unevidenced
 *    expected periods, as date ranges ending no later than the as-of date.
 * 4. Continuous controls. Coverage = days of the elapsed window inside the union of the evidence periods ÷
 *    elapsed days; overlapping periods count once. Gaps = runs of uncovered days.
 * 5. Per-event controls. Coverage = evidenced ÷ population, as recorded for the control. Population 0 (no
 *    event yet) → coverage 1 (note `no_occurrences`); no population recorded → coverage 0 (note
 *    `population_not_recorded`). No gaps; evidence dates do not enter the figure.
 * 6. Point-in-time only. A periodic or continuous control whose counted evidence is all point-in-time is
 *    flagged "point-in-time evidence does not show operation over the period" (`pointInTimeOnly`, note
 *    `point_in_time_only`); its coverage still follows rules 3–4. A control with no counted evidence
 *    carries the note `no_evidence`.
 */
export function controlCoverage(input: CoverageInput): ControlCoverage {
  const items = toDayItems(input.evidence);
  const all = new Int32Array(input.evidence.length).map((_, i) => i);
  return coverageOfDays(input, items, byFirstDay(items.first, all));
}

/** controlCoverage on evidence already converted to day numbers; `order` lists the control's items by first day. */
export function coverageOfDays(input: Omit<CoverageInput, 'evidence'>, items: DayItems, order: ArrayLike<number>): ControlCoverage {
  const { frequency, windowStart } = input;
  const start = dayOf(windowStart);
  const requested = dayOf(input.asOf);
  const windowEnd = input.windowEnd === null ? Number.POSITIVE_INFINITY : dayOf(input.windowEnd);
  const asOf = Math.min(requested, windowEnd);
  const notes: CoverageNote[] = requested > windowEnd ? ['as_of_capped'] : [];
  const base = { frequency, unit: UNIT[frequency], elapsedFrom: windowStart, elapsedTo: isoOf(asOf) };

  if (asOf < start) {
    notes.push('not_started');
    return { ...base, coverage: 0, expected: 0, evidenced: 0, gaps: [], pointInTimeOnly: false, elapsedDays: 0, notes };
  }
  const elapsedDays = asOf - start + 1;
  const clipped = unionWithin(items, order, start, asOf);
  if (clipped.outside > 0) notes.push('evidence_outside_window');

  if (frequency === 'per_event') {
    const recorded = input.population;
    if (!recorded) {
      notes.push('population_not_recorded');
      return { ...base, coverage: 0, expected: 0, evidenced: 0, gaps: [], pointInTimeOnly: false, elapsedDays, notes };
    }
    if (recorded.population === 0) notes.push('no_occurrences');
    const evidenced = Math.min(recorded.evidenced, recorded.population);
    const coverage = recorded.population === 0 ? 1 : evidenced / recorded.population;
    return { ...base, coverage, expected: recorded.population, evidenced, gaps: [], pointInTimeOnly: false, elapsedDays, notes };
  }

  const pointInTimeOnly = clipped.counted > 0 && clipped.pointInTime === clipped.counted;
  if (clipped.counted === 0) notes.push('no_evidence');
  if (pointInTimeOnly) notes.push('point_in_time_only');
  const { starts, ends } = clipped;

  if (!isPeriodic(frequency)) {
    let covered = 0;
    const gaps: DateRange[] = [];
    let cursor = start;
    for (let i = 0; i < starts.length; i++) {
      const a = starts[i] ?? 0;
      const b = ends[i] ?? 0;
      covered += b - a + 1;
      if (a > cursor) gaps.push({ from: isoOf(cursor), to: isoOf(a - 1) });
      cursor = b + 1;
    }
    if (cursor <= asOf) gaps.push({ from: isoOf(cursor), to: isoOf(asOf) });
    return { ...base, coverage: covered / elapsedDays, expected: elapsedDays, evidenced: covered, gaps, pointInTimeOnly, elapsedDays, notes };
  }

  const periods = expectedPeriods(frequency, windowStart, asOf);
  if (periods.currentOnly) notes.push('current_period_only');
  const gaps: DateRange[] = [];
  let evidenced = 0;
  let j = 0;
  let gapFrom = -1;
  let gapTo = -1;
  for (let i = 0; i < periods.starts.length; i++) {
    const ps = periods.starts[i] ?? 0;
    const pe = Math.min(periods.ends[i] ?? 0, asOf);
    while (j < ends.length && (ends[j] ?? 0) < ps) j++;
    if (j < starts.length && (starts[j] ?? 0) <= pe) {
      evidenced += 1;
      if (gapFrom >= 0) gaps.push({ from: isoOf(gapFrom), to: isoOf(gapTo) });
      gapFrom = -1;
    } else {
      if (gapFrom < 0) gapFrom = ps;
      gapTo = pe;
    }
  }
  if (gapFrom >= 0) gaps.push({ from: isoOf(gapFrom), to: isoOf(gapTo) });
  const expected = periods.starts.length;
  return { ...base, coverage: Math.min(1, evidenced / expected), expected, evidenced, gaps, pointInTimeOnly, elapsedDays, notes };
}

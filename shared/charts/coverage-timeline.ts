import type { Frequency, IsoDate } from '../domain';
import type { DateRange } from '../coverage/coverage';
import { dayOf, isoOf } from '../coverage/days';
import { expectedPeriods, isPeriodic } from '../coverage/periods';

export type TimelineState = 'covered' | 'partial' | 'gap';

/** One cell of a control's coverage timeline: one period (or day, or a run of them) of the elapsed window. */
export interface TimelineCell {
  from: IsoDate;
  to: IsoDate;
  state: TimelineState;
  /** Periods (periodic) or days (continuous) in the cell, and how many of them are evidenced. */
  units: number;
  evidenced: number;
}

export interface TimelineInput {
  frequency: Frequency;
  /** The elapsed window measured (ControlCoverage.elapsedFrom/To) and its gaps. */
  elapsedFrom: IsoDate;
  elapsedTo: IsoDate;
  elapsedDays: number;
  gaps: readonly DateRange[];
}

/** Most cells drawn; longer runs of periods or days are grouped so a cell stays visible. */
export const MAX_TIMELINE_CELLS = 60;

/**
 * The coverage timeline of one control, drawn from the same figures as its coverage (shared/coverage): the
 * expected periods of a periodic control (the current one when none has elapsed yet), or the elapsed days
 * of a continuous one, each evidenced unless a coverage gap contains it. More than `maxCells` units are
 * grouped into equal runs, a run being "partial" when only some of its units are evidenced. Per-event
 * controls, and windows not yet started, have no timeline (empty list).
 */
export function coverageTimeline(input: TimelineInput, maxCells = MAX_TIMELINE_CELLS): TimelineCell[] {
  if (input.frequency === 'per_event' || input.elapsedDays <= 0) return [];
  const asOf = dayOf(input.elapsedTo);
  const start = dayOf(input.elapsedFrom);
  const starts: number[] = [];
  const ends: number[] = [];
  if (isPeriodic(input.frequency)) {
    const periods = expectedPeriods(input.frequency, input.elapsedFrom, asOf);
    periods.starts.forEach((s, i) => {
      starts.push(s);
      ends.push(Math.min(periods.ends[i] ?? s, asOf));
    });
  } else {
    for (let d = start; d <= asOf; d++) {
      starts.push(d);
      ends.push(d);
    }
  }
  const gapFrom = input.gaps.map((g) => dayOf(g.from));
  const gapTo = input.gaps.map((g) => dayOf(g.to));
  let g = 0;
  // Gaps are whole units in date order, so one forward sweep tells each unit's state.
  const covered = starts.map((s) => {
    while (g < gapTo.length && (gapTo[g] ?? 0) < s) g++;
    return !(g < gapFrom.length && (gapFrom[g] ?? 0) <= s);
  });
  const size = Math.max(1, Math.ceil(starts.length / Math.max(1, maxCells)));
  const cells: TimelineCell[] = [];
  for (let i = 0; i < starts.length; i += size) {
    const last = Math.min(i + size, starts.length) - 1;
    const units = last - i + 1;
    let evidenced = 0;
    for (let k = i; k <= last; k++) if (covered[k]) evidenced++;
    cells.push({
      from: isoOf(starts[i] ?? start),
      to: isoOf(ends[last] ?? asOf),
      state: evidenced === units ? 'covered' : evidenced === 0 ? 'gap' : 'partial',
      units,
      evidenced,
    });
  }
  return cells;
}

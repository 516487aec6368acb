import type { ControlCoverageEntry } from '../coverage/assessment';
import { dayOf } from '../coverage/days';
import { expectedPeriods, isPeriodic } from '../coverage/periods';
import type { IsoDate } from '../domain';
import type { CoverageFact, CoverageGapFact } from './types';

/**
 * Turns shared/coverage's per-control results into the facts the rules read. A gap's length is counted
 * in the control's own periods (the expected periods lying wholly inside the gap); for continuous controls
 * one day is one period. Per-event controls have no dated gaps. `noEvidence` marks controls with no counted
 * evidence at all (shared/coverage note `no_evidence`).
 */
export function toCoverageFacts(entries: readonly ControlCoverageEntry[], windowStart: IsoDate): CoverageFact[] {
  return entries.map((entry) => {
    let gaps: CoverageGapFact[];
    if (entry.gaps.length === 0) {
      gaps = [];
    } else if (isPeriodic(entry.frequency)) {
      const periods = expectedPeriods(entry.frequency, windowStart, dayOf(entry.elapsedTo));
      gaps = entry.gaps.map((g) => {
        const [from, to] = [dayOf(g.from), dayOf(g.to)];
        const count = periods.starts.filter((start, i) => start >= from && (periods.ends[i] ?? Infinity) <= to).length;
        return { from: g.from, to: g.to, periods: count, unit: 'periods' };
      });
    } else {
      gaps = entry.gaps.map((g) => ({
        from: g.from,
        to: g.to,
        periods: dayOf(g.to) - dayOf(g.from) + 1,
        unit: 'days',
      }));
    }
    return {
      controlId: entry.controlId,
      noEvidence: entry.notes.includes('no_evidence'),
      pointInTimeOnly: entry.pointInTimeOnly,
      gaps,
    };
  });
}

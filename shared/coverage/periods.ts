import type { Frequency, IsoDate } from '../domain';
import { addMonthsClamped, dayOf } from './days';

export type PeriodicFrequency = Exclude<Frequency, 'continuous' | 'per_event'>;

export const PERIODIC_FREQUENCIES: readonly PeriodicFrequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'annually'];

export function isPeriodic(frequency: Frequency): frequency is PeriodicFrequency {
  return frequency !== 'continuous' && frequency !== 'per_event';
}

const MONTHS: Record<'monthly' | 'quarterly' | 'annually', number> = { monthly: 1, quarterly: 3, annually: 12 };

/** First day (day number) of period k, anchored at the window start. */
function periodStart(frequency: PeriodicFrequency, windowStart: IsoDate, startDay: number, k: number): number {
  switch (frequency) {
    case 'daily':
      return startDay + k;
    case 'weekly':
      return startDay + 7 * k;
    default:
      return addMonthsClamped(windowStart, MONTHS[frequency] * k);
  }
}

export interface ExpectedPeriods {
  /** First and last day (day numbers, inclusive) of each expected period, in order. */
  starts: number[];
  ends: number[];
  /** True when no period had fully elapsed and the current (unfinished) one stands in as the one expected. */
  currentOnly: boolean;
}

/**
 * The expected periods of a periodic control: every period anchored at the window start that has fully
 * elapsed by `asOfDay` (its last day on or before it), or the current period alone when none has.
 * `asOfDay` must be on or after the window start.
 */
export function expectedPeriods(frequency: PeriodicFrequency, windowStart: IsoDate, asOfDay: number): ExpectedPeriods {
  const startDay = dayOf(windowStart);
  const starts: number[] = [];
  const ends: number[] = [];
  let from = startDay;
  for (let k = 0; ; k++) {
    const next = periodStart(frequency, windowStart, startDay, k + 1);
    if (next - 1 > asOfDay) break;
    starts.push(from);
    ends.push(next - 1);
    from = next;
  }
  if (starts.length > 0) return { starts, ends, currentOnly: false };
  return { starts: [startDay], ends: [periodStart(frequency, windowStart, startDay, 1) - 1], currentOnly: true };
}

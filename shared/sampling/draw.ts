import type { Frequency, IsoDate } from '../domain';
import { dayOf, isoOf } from '../coverage/days';
import { expectedPeriods, isPeriodic } from '../coverage/periods';
import { drawWithoutReplacement } from './prng';
import { sampleSize, type SampleSizeTable } from './sizes';

/** Why a control has nothing to sample. */
export type EmptySampleReason = 'not_started' | 'population_not_recorded' | 'no_occurrences';

export interface SampleRequest {
  /** The review's seed; each control draws from `${seed}:${controlId}`, so its sample does not depend on the others. */
  seed: string;
  controlId: string;
  frequency: Frequency;
  windowStart: IsoDate;
  windowEnd: IsoDate | null;
  /** The review's as-of date (capped at the window end). */
  asOf: IsoDate;
  /** Per-event controls: the recorded population (events so far); undefined when none is recorded. */
  population?: number | undefined;
}

export interface ControlSamplePlan {
  frequency: Frequency;
  /** Items that could be sampled: elapsed periods, elapsed days, or recorded events. */
  population: number;
  elapsedDays: number;
  windowDays: number | null;
  size: number;
  base: number;
  prorated: boolean;
  reason: EmptySampleReason | null;
  /** The drawn items, sorted: period start dates, days, or "event N" (1-based). */
  items: string[];
}

/**
 * Draws one control's sample, the way an auditor picks occurrences to inspect: the population is the
 * expected periods of the elapsed window (periodic: each identified by its start date, as in the coverage
 * rules), its days (continuous), or the recorded events numbered 1…N (per-event); the size comes from
 * `sampleSize`; the items are drawn without replacement with the seeded generator and returned sorted.
 * Same seed and inputs → same sample.
 */
export function planControlSample(table: SampleSizeTable, request: SampleRequest): ControlSamplePlan {
  const { frequency, windowStart, windowEnd } = request;
  const start = dayOf(windowStart);
  const end = windowEnd === null ? null : dayOf(windowEnd);
  const asOf = end === null ? dayOf(request.asOf) : Math.min(dayOf(request.asOf), end);
  const windowDays = end === null ? null : end - start + 1;
  const elapsedDays = Math.max(0, asOf - start + 1);
  const empty = (reason: EmptySampleReason, population = 0): ControlSamplePlan => ({
    frequency, population, elapsedDays, windowDays, size: 0, base: 0, prorated: false, reason, items: [],
  });
  if (elapsedDays === 0) return empty('not_started');

  let population: number;
  let itemAt: (index: number) => string;
  if (frequency === 'per_event') {
    if (request.population === undefined) return empty('population_not_recorded');
    if (request.population === 0) return empty('no_occurrences');
    population = request.population;
    itemAt = (i) => `event ${i + 1}`;
  } else if (isPeriodic(frequency)) {
    const periods = expectedPeriods(frequency, windowStart, asOf);
    population = periods.starts.length;
    itemAt = (i) => isoOf(periods.starts[i] ?? start);
  } else {
    population = elapsedDays;
    itemAt = (i) => isoOf(start + i);
  }
  const { size, base, prorated } = sampleSize(table, { frequency, population, elapsedDays, windowDays });
  const indices = drawWithoutReplacement(`${request.seed}:${request.controlId}`, population, size);
  return { frequency, population, elapsedDays, windowDays, size, base, prorated, reason: null, items: indices.map(itemAt) };
}

import { z } from 'zod';
import type { Frequency } from '../domain';

/** Largest sample we ask for: 40 is the usual ceiling for controls that operate many times a day. */
export const MAX_SAMPLE_SIZE = 40;

export interface PerEventBand {
  /** Largest population in this band; null for the last, open-ended band. */
  upTo: number | null;
  /** Items to test, or 'all' of them. */
  size: number | 'all';
}

export interface SampleSizeTable {
  annually: number;
  quarterly: number;
  monthly: number;
  weekly: number;
  daily: number;
  continuous: number;
  /** Bands by population, ascending. */
  perEvent: PerEventBand[];
}

/**
 * Our own convention, modelled on common auditor practice for tests of operating effectiveness over a
 * full period (it is not an AICPA table): annual 1, quarterly 2, monthly 2, weekly 5, daily 25,
 * continuous 25 (raise it up to 40 for controls that operate many times a day); per-event by
 * population: 1–4 → all, 5–12 → 2, 13–52 → 5, 53–365 → 25, more than 365 → 40.
 * Workspaces may override it (settings key `sample_sizes`); each review stores the table it used.
 */
export const DEFAULT_SAMPLE_SIZES: SampleSizeTable = {
  annually: 1,
  quarterly: 2,
  monthly: 2,
  weekly: 5,
  daily: 25,
  continuous: 25,
  perEvent: [
    { upTo: 4, size: 'all' },
    { upTo: 12, size: 2 },
    { upTo: 52, size: 5 },
    { upTo: 365, size: 25 },
    { upTo: null, size: 40 },
  ],
};

/** Channel 'settings:getSampleSizes'. */
export interface SampleSizeSettings {
  /** The table new reviews use. */
  sizes: SampleSizeTable;
  defaults: SampleSizeTable;
  /** True when the workspace overrides the defaults. */
  custom: boolean;
}

const size = z.number().int().min(1).max(MAX_SAMPLE_SIZE);

export const sampleSizeTableSchema = z
  .strictObject({
    annually: size,
    quarterly: size,
    monthly: size,
    weekly: size,
    daily: size,
    continuous: size,
    perEvent: z
      .array(z.strictObject({ upTo: z.number().int().min(1).max(1_000_000_000).nullable(), size: z.union([size, z.literal('all')]) }))
      .min(1)
      .max(10),
  })
  .superRefine((table, ctx) => {
    const bands = table.perEvent;
    bands.forEach((band, i) => {
      const last = i === bands.length - 1;
      if (last !== (band.upTo === null)) {
        ctx.addIssue({ code: 'custom', path: ['perEvent', i, 'upTo'], message: 'Only the last per-event band is open-ended (upTo null), and it must be.' });
      }
      const previous = bands[i - 1]?.upTo;
      if (band.upTo !== null && previous != null && band.upTo <= previous) {
        ctx.addIssue({ code: 'custom', path: ['perEvent', i, 'upTo'], message: 'Per-event bands must be in ascending order of population.' });
      }
    });
  });

export interface SampleSizeInput {
  frequency: Frequency;
  /** Items that can be sampled: elapsed periods, elapsed days, or recorded events. */
  population: number;
  /** Days of the window elapsed at the review (window start → as-of, both included). */
  elapsedDays: number;
  /** Days of the whole window (start → end, both included); null when the window has no end date. */
  windowDays: number | null;
}

export interface SampleSize {
  size: number;
  /** The table's size before pro-rating and the population cap. */
  base: number;
  /** True when pro-rating to the elapsed window reduced the size. */
  prorated: boolean;
}

/** Table size for a per-event population (before the population cap). */
export function perEventSize(table: SampleSizeTable, population: number): number {
  const band = table.perEvent.find((b) => b.upTo === null || population <= b.upTo) ?? table.perEvent.at(-1);
  if (!band) return population;
  return band.size === 'all' ? population : band.size;
}

/**
 * How many items to test for one control:
 * - periodic and continuous: the table's size × elapsed days ÷ window days, rounded up, at least 1 (a window
 *   without an end date is not pro-rated: the sample can only be larger);
 * - per-event: the table's size for the population recorded so far, which already reflects the elapsed
 *   window, so it is not pro-rated again;
 * - never more than the population (elapsed periods, elapsed days or recorded events); 0 when it is 0.
 */
export function sampleSize(table: SampleSizeTable, input: SampleSizeInput): SampleSize {
  const { frequency, population, elapsedDays, windowDays } = input;
  if (frequency === 'per_event') {
    const base = perEventSize(table, population);
    return { size: Math.min(base, population), base, prorated: false };
  }
  const base = table[frequency];
  let size = base;
  if (windowDays !== null && windowDays > 0 && elapsedDays < windowDays) {
    size = Math.max(1, Math.floor((base * elapsedDays + windowDays - 1) / windowDays));
  }
  return { size: Math.max(0, Math.min(size, population)), base, prorated: size < base };
}

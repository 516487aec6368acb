import { describe, expect, it } from 'vitest';
import type { Frequency } from '../../shared/domain';
import { concludeSample, type SampleResult } from '../../shared/sampling/conclude';
import { planControlSample, type SampleRequest } from '../../shared/sampling/draw';
import { drawWithoutReplacement, seededUint32, uniformBelow } from '../../shared/sampling/prng';
import { DEFAULT_SAMPLE_SIZES, perEventSize, sampleSize, sampleSizeTableSchema, type SampleSizeTable } from '../../shared/sampling/sizes';

/*
 * Sizes are worked out by hand from the documented rule: table size × elapsed days ÷ window days, rounded
 * up, at least 1, at most the population; per-event sizes come from the population band, not pro-rated.
 * The six-month window 2026-09-01 → 2027-02-28 has 181 days; at the day-60 review (2026-10-31) 61 have elapsed.
 */

const WINDOW_DAYS = 181;
const ELAPSED = 61;

function size(frequency: Frequency, population: number, elapsedDays = ELAPSED, windowDays: number | null = WINDOW_DAYS, table = DEFAULT_SAMPLE_SIZES) {
  return sampleSize(table, { frequency, population, elapsedDays, windowDays });
}

describe('sample sizes', () => {
  it('pro-rates the defaults to 61 of 181 days, rounding up', () => {
    // daily 25 × 61 / 181 = 1525 / 181 = 8.43 → 9 (population 61 days)
    expect(size('daily', 61)).toEqual({ size: 9, base: 25, prorated: true });
    // continuous: same arithmetic → 9
    expect(size('continuous', 61)).toEqual({ size: 9, base: 25, prorated: true });
    // weekly 5 × 61 / 181 = 305 / 181 = 1.69 → 2 (8 elapsed weeks)
    expect(size('weekly', 8)).toEqual({ size: 2, base: 5, prorated: true });
    // monthly 2 × 61 / 181 = 0.67 → 1
    expect(size('monthly', 2)).toEqual({ size: 1, base: 2, prorated: true });
    // quarterly 2 × 61 / 181 → 1; annually 1 × 61 / 181 → 1 (at least one; not "reduced")
    expect(size('quarterly', 1)).toEqual({ size: 1, base: 2, prorated: true });
    expect(size('annually', 1)).toEqual({ size: 1, base: 1, prorated: false });
  });

  it('uses the full size once the window has elapsed, and does not pro-rate a window without an end', () => {
    expect(size('daily', 181, 181)).toEqual({ size: 25, base: 25, prorated: false });
    expect(size('weekly', 25, 181)).toEqual({ size: 5, base: 5, prorated: false });
    expect(size('daily', 61, 61, null)).toEqual({ size: 25, base: 25, prorated: false });
  });

  it('rounds up exactly on whole quotients (no floating-point creep)', () => {
    // 25 × 362 / 362 = 25; 25 × 181 / 362 = 12.5 → 13; 2 × 181 / 362 = 1 exactly → 1.
    expect(size('daily', 400, 362, 362).size).toBe(25);
    expect(size('daily', 400, 181, 362).size).toBe(13);
    expect(size('monthly', 12, 181, 362).size).toBe(1);
  });

  it('never exceeds the population', () => {
    // Monthly in a 60-day window, all elapsed: base 2, but only 1 month ended → 1.
    expect(size('monthly', 1, 60, 60)).toEqual({ size: 1, base: 2, prorated: false });
    // Continuous raised to 40 in a table, 30 elapsed days of 30: 40 → capped at 30.
    expect(size('continuous', 30, 30, 30, { ...DEFAULT_SAMPLE_SIZES, continuous: 40 }).size).toBe(30);
    expect(size('daily', 0).size).toBe(0);
  });

  it.each([
    [1, 1],
    [4, 4],
    [5, 2],
    [12, 2],
    [13, 5],
    [52, 5],
    [53, 25],
    [365, 25],
    [366, 40],
    [1_000_000, 40],
  ])('per-event population %i → %i items (not pro-rated)', (population, expected) => {
    expect(perEventSize(DEFAULT_SAMPLE_SIZES, population)).toBe(expected);
    expect(size('per_event', population)).toEqual({ size: expected, base: expected, prorated: false });
  });

  it('validates an override table', () => {
    expect(sampleSizeTableSchema.safeParse(DEFAULT_SAMPLE_SIZES).success).toBe(true);
    expect(sampleSizeTableSchema.safeParse({ ...DEFAULT_SAMPLE_SIZES, continuous: 40 }).success).toBe(true);
    expect(sampleSizeTableSchema.safeParse({ ...DEFAULT_SAMPLE_SIZES, continuous: 41 }).success).toBe(false);
    expect(sampleSizeTableSchema.safeParse({ ...DEFAULT_SAMPLE_SIZES, weekly: 0 }).success).toBe(false);
    const unordered: SampleSizeTable = { ...DEFAULT_SAMPLE_SIZES, perEvent: [{ upTo: 12, size: 2 }, { upTo: 4, size: 'all' }, { upTo: null, size: 40 }] };
    expect(sampleSizeTableSchema.safeParse(unordered).success).toBe(false);
    const closed: SampleSizeTable = { ...DEFAULT_SAMPLE_SIZES, perEvent: [{ upTo: 4, size: 'all' }, { upTo: 12, size: 2 }] };
    expect(sampleSizeTableSchema.safeParse(closed).success).toBe(false);
  });
});

describe('seeded generator', () => {
  it('is xmur3 + sfc32 as published: first outputs pinned (cross-checked with an independent Python port)', () => {
    const next = seededUint32('fieldwork');
    expect([next(), next(), next()]).toEqual([2768845090, 3367536160, 2748741092]);
  });

  it('draws uniformly: 20,000 draws below 10 land 1,700–2,300 times each', () => {
    const next = seededUint32('uniformity');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const v = uniformBelow(next, 10);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    for (const c of counts) {
      expect(c).toBeGreaterThan(1700);
      expect(c).toBeLessThan(2300);
    }
  });

  it('draws without replacement: distinct, sorted, in range; all of them when k = n; capped when k > n', () => {
    const picked = drawWithoutReplacement('s', 61, 9);
    expect(picked).toHaveLength(9);
    expect(new Set(picked).size).toBe(9);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(picked.every((i) => i >= 0 && i < 61)).toBe(true);
    expect(drawWithoutReplacement('s', 12, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(drawWithoutReplacement('s', 3, 10)).toEqual([0, 1, 2]);
    const huge = drawWithoutReplacement('s', 1_000_000_000, 40);
    expect(new Set(huge).size).toBe(40);
  });

  it('never repeats an item over many seeds', () => {
    for (let s = 0; s < 500; s++) {
      const picked = drawWithoutReplacement(`seed-${s}`, 30, 25);
      expect(new Set(picked).size).toBe(25);
    }
  });
});

describe('planControlSample', () => {
  const base: SampleRequest = {
    seed: '4f1c0d2e9a7b8c6d5e4f3a2b1c0d9e8f',
    controlId: 'SEC-LOG-01',
    frequency: 'daily',
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    asOf: '2026-10-31',
  };

  it('the same seed and inputs give the same sample; other seeds or controls give others', () => {
    const a = planControlSample(DEFAULT_SAMPLE_SIZES, base);
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base })).toEqual(a);
    expect(a).toMatchObject({ population: 61, size: 9, elapsedDays: 61, windowDays: 181, reason: null });
    const others = ['another-seed', 'yet-another', 'third'].map((seed) => planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, seed }).items);
    for (const items of others) expect(items).not.toEqual(a.items);
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, controlId: 'SEC-LOG-02' }).items).not.toEqual(a.items);
  });

  it('daily items are distinct, sorted days of the elapsed window', () => {
    const { items } = planControlSample(DEFAULT_SAMPLE_SIZES, base);
    expect(new Set(items).size).toBe(9);
    expect([...items].sort()).toEqual(items);
    for (const day of items) expect(day >= '2026-09-01' && day <= '2026-10-31').toBe(true);
  });

  it('weekly items are start dates of the 8 elapsed weeks', () => {
    const weekStarts = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20'];
    const plan = planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, frequency: 'weekly' });
    expect(plan).toMatchObject({ population: 8, size: 2 });
    for (const item of plan.items) expect(weekStarts).toContain(item);
  });

  it('per-event items are numbered events, sorted numerically', () => {
    const plan = planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, frequency: 'per_event', population: 30 });
    expect(plan).toMatchObject({ population: 30, size: 5 });
    const numbers = plan.items.map((i) => Number(/^event (\d+)$/.exec(i)?.[1]));
    expect(numbers.every((n) => n >= 1 && n <= 30)).toBe(true);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, frequency: 'per_event', population: 3 }).items).toEqual(['event 1', 'event 2', 'event 3']);
  });

  it('says why nothing is sampled', () => {
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, frequency: 'per_event' })).toMatchObject({ size: 0, items: [], reason: 'population_not_recorded' });
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, frequency: 'per_event', population: 0 })).toMatchObject({ size: 0, reason: 'no_occurrences' });
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, asOf: '2026-08-31' })).toMatchObject({ size: 0, reason: 'not_started' });
  });

  it('caps the as-of date at the window end: the whole window is the population', () => {
    // 181 days elapsed of 181 → full size 25 of 181 days.
    expect(planControlSample(DEFAULT_SAMPLE_SIZES, { ...base, asOf: '2027-06-30' })).toMatchObject({ population: 181, size: 25, prorated: false });
  });
});

describe('conclusions', () => {
  const results = (passed: number, exceptions: number, untested = 0): SampleResult[] => [
    ...new Array<SampleResult>(passed).fill('passed'),
    ...new Array<SampleResult>(exceptions).fill('exception'),
    ...new Array<SampleResult>(untested).fill('untested'),
  ];

  it('all passed → effective, pass rate 1', () => {
    expect(concludeSample(results(9, 0))).toMatchObject({ conclusion: 'effective', passRate: 1, tested: 9 });
  });

  it('1 exception in 10 = 10% → exceptions noted (on the threshold); pass rate 9/10', () => {
    expect(concludeSample(results(9, 1))).toMatchObject({ conclusion: 'exceptions_noted', passRate: 0.9, exceptionRate: 0.1 });
  });

  it('1 in 9 = 11.1% → not effective; 2 in 25 = 8% → exceptions noted; 3 in 25 = 12% → not effective', () => {
    expect(concludeSample(results(8, 1)).conclusion).toBe('not_effective');
    expect(concludeSample(results(23, 2)).conclusion).toBe('exceptions_noted');
    expect(concludeSample(results(22, 3)).conclusion).toBe('not_effective');
    expect(concludeSample(results(0, 1))).toMatchObject({ conclusion: 'not_effective', passRate: 0 });
  });

  it('any untested item → incomplete; the pass rate counts tested items only', () => {
    expect(concludeSample(results(3, 1, 1))).toMatchObject({ conclusion: 'incomplete', tested: 4, untested: 1, passRate: 0.75 });
    expect(concludeSample(results(0, 0, 2))).toMatchObject({ conclusion: 'incomplete', passRate: null });
  });

  it('no items → not sampled', () => {
    expect(concludeSample([])).toMatchObject({ conclusion: 'not_sampled', items: 0, passRate: null });
  });
});

import { describe, expect, it } from 'vitest';
import { assessmentCoverage } from '../../shared/coverage/assessment';
import { controlCoverage, type CoverageInput } from '../../shared/coverage/coverage';
import { addMonthsClamped, dayOf, isoOf } from '../../shared/coverage/days';
import { expectedPeriods } from '../../shared/coverage/periods';
import { addDays, daysBetween } from '../../shared/dates';
import type { Frequency } from '../../shared/domain';

/*
 * Every expected figure is worked out by hand in a comment from the rules documented on controlCoverage:
 * elapsed window = window start → as-of (capped at the window end), both included; periods anchored at the
 * window start; expected = fully elapsed periods (at least the current one); evidenced = expected periods
 * touched by an evidence period; continuous = covered days of the union ÷ elapsed days; per-event =
 * evidenced ÷ population; a screenshot or a one-day item covers one day.
 */

type Item = [from: string, to: string, kind?: string];

function cov(
  frequency: Frequency,
  window: [string, string | null],
  asOf: string,
  items: Item[] = [],
  population?: CoverageInput['population'],
) {
  return controlCoverage({
    frequency,
    windowStart: window[0],
    windowEnd: window[1],
    asOf,
    evidence: items.map(([from, to, kind]) => ({ from, to, kind: kind ?? 'log_export' })),
    population,
  });
}

/** The six-month window used by most cases: 2026-09-01 → 2027-02-28 (181 days); day-60 review 2026-10-31. */
const SIX_MONTHS: [string, string] = ['2026-09-01', '2027-02-28'];

describe('integer day numbers agree with shared/dates.ts', () => {
  it('round-trips and counts days exactly like daysBetween (1999-12-20 → 2008, 2026 → 2030: leap days included)', () => {
    for (const origin of ['1999-12-20', '2026-06-01']) {
      for (let i = 0; i < 3000; i += 1) {
        const date = addDays(origin, i);
        expect(isoOf(dayOf(date))).toBe(date);
        expect(dayOf(date) - dayOf(origin)).toBe(daysBetween(origin, date));
      }
    }
    expect(dayOf('2028-03-01') - dayOf('2028-02-28')).toBe(2);
    expect(dayOf('1970-01-01')).toBe(0);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-1-01', '20260101', ''])('rejects %j', (bad) => {
    expect(() => dayOf(bad)).toThrow(RangeError);
  });

  it('steps months from the anchor and clamps to the month end', () => {
    // Jan 31 + 1 month → Feb 28 (2027) / Feb 29 (2028); + 2 months → Mar 31, not Mar 28; + 3 → Apr 30.
    expect(isoOf(addMonthsClamped('2027-01-31', 1))).toBe('2027-02-28');
    expect(isoOf(addMonthsClamped('2028-01-31', 1))).toBe('2028-02-29');
    expect(isoOf(addMonthsClamped('2027-01-31', 2))).toBe('2027-03-31');
    expect(isoOf(addMonthsClamped('2027-01-31', 3))).toBe('2027-04-30');
    // A leap day anchors a yearly step on Feb 28 in ordinary years, Feb 29 again four years on.
    expect(isoOf(addMonthsClamped('2028-02-29', 12))).toBe('2029-02-28');
    expect(isoOf(addMonthsClamped('2028-02-29', 48))).toBe('2032-02-29');
    expect(isoOf(addMonthsClamped('2026-11-30', 3))).toBe('2027-02-28');
  });
});

describe('expected periods', () => {
  it('monthly periods from Jan 31 in a leap year end the day before the next clamped start', () => {
    // Starts Jan 31, Feb 29, Mar 31, Apr 30 → periods 01-31..02-28, 02-29..03-30, 03-31..04-29.
    const p = expectedPeriods('monthly', '2028-01-31', dayOf('2028-04-29'));
    expect(p.starts.map(isoOf)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(p.ends.map(isoOf)).toEqual(['2028-02-28', '2028-03-30', '2028-04-29']);
    expect(p.currentOnly).toBe(false);
  });

  it('a period ending the day before as-of counts; one ending the day after does not', () => {
    // Weekly from 2026-09-01: week 1 ends 09-07. As of 09-07 → 1 period; as of 09-06 → current only.
    expect(expectedPeriods('weekly', '2026-09-01', dayOf('2026-09-07')).starts).toHaveLength(1);
    const early = expectedPeriods('weekly', '2026-09-01', dayOf('2026-09-06'));
    expect(early.currentOnly).toBe(true);
    expect(early.ends.map(isoOf)).toEqual(['2026-09-07']);
  });
});

describe('periodic controls', () => {
  it('weekly: 4 of 8 elapsed weeks evidenced at the day-60 review → 0.5, with the gaps named', () => {
    // Weeks from Tue 2026-09-01: w1 09-01..09-07, w2 09-08..09-14, w3 09-15..09-21, w4 09-22..09-28,
    // w5 09-29..10-05, w6 10-06..10-12, w7 10-13..10-19, w8 10-20..10-26; w9 10-27..11-02 has not ended
    // by 10-31 → expected 8.
    // Evidence: 09-02..09-04 → w1; 09-20..09-23 spans w3 and w4; 10-24 (one day) → w8. Evidenced 4 → 4/8.
    const c = cov('weekly', SIX_MONTHS, '2026-10-31', [
      ['2026-09-02', '2026-09-04'],
      ['2026-09-20', '2026-09-23'],
      ['2026-10-24', '2026-10-24', 'ticket'],
    ]);
    expect(c).toMatchObject({ expected: 8, evidenced: 4, coverage: 0.5, unit: 'periods', pointInTimeOnly: false });
    expect(c.gaps).toEqual([
      { from: '2026-09-08', to: '2026-09-14' },
      { from: '2026-09-29', to: '2026-10-19' },
    ]);
    expect(c).toMatchObject({ elapsedFrom: '2026-09-01', elapsedTo: '2026-10-31', elapsedDays: 61, notes: [] });
  });

  it('daily across the leap day 2028-02-29', () => {
    // Window 2028-02-01 → 2028-07-31, as of 2028-03-01: February 2028 has 29 days, so 29 + 1 = 30 days,
    // each a fully elapsed daily period → expected 30.
    // 02-27..03-01 covers 27, 28, 29 and Mar 1 (4 days); the screenshot dated 02-10 covers 1 → 5/30 = 1/6.
    const c = cov('daily', ['2028-02-01', '2028-07-31'], '2028-03-01', [
      ['2028-02-27', '2028-03-01'],
      ['2028-02-10', '2028-02-10', 'screenshot'],
    ]);
    expect(c).toMatchObject({ expected: 30, evidenced: 5, elapsedDays: 30 });
    expect(c.coverage).toBeCloseTo(1 / 6, 12);
    expect(c.gaps).toEqual([
      { from: '2028-02-01', to: '2028-02-09' },
      { from: '2028-02-11', to: '2028-02-26' },
    ]);
  });

  it('monthly from Jan 31 clamps to Feb 28 / Mar 31 / Apr 30 (2027, not a leap year)', () => {
    // Periods: p1 01-31..02-27 (next starts Feb 28), p2 02-28..03-30 (next Mar 31), p3 03-31..04-29 (next
    // Apr 30), p4 04-30..05-30 — not ended on 05-15 → expected 3.
    // Evidence 02-28 → p2 (its first day, not p1); 04-29 → p3 (its last day). Evidenced 2 → 2/3.
    // Both items are one-day items → point-in-time only.
    const c = cov('monthly', ['2027-01-31', '2027-07-30'], '2027-05-15', [
      ['2027-02-28', '2027-02-28', 'ticket'],
      ['2027-04-29', '2027-04-29', 'system_report'],
    ]);
    expect(c).toMatchObject({ expected: 3, evidenced: 2, pointInTimeOnly: true });
    expect(c.coverage).toBeCloseTo(2 / 3, 12);
    expect(c.gaps).toEqual([{ from: '2027-01-31', to: '2027-02-27' }]);
    expect(c.notes).toContain('point_in_time_only');
  });

  it('monthly from Jan 31 in a leap year: the leap day opens the second period', () => {
    // p1 2028-01-31..02-28, p2 02-29..03-30 (ends on the as-of date) → expected 2; evidence on 02-29 → p2 → 1/2.
    const c = cov('monthly', ['2028-01-31', '2028-07-30'], '2028-03-30', [['2028-02-29', '2028-03-02']]);
    expect(c).toMatchObject({ expected: 2, evidenced: 1, coverage: 0.5, pointInTimeOnly: false });
    expect(c.gaps).toEqual([{ from: '2028-01-31', to: '2028-02-28' }]);
  });

  it('quarterly: an as-of date after the window end is capped, and evidence after the end is ignored', () => {
    // As of 2027-03-15 → capped at 2027-02-28. Quarters: q1 09-01..11-30, q2 12-01..02-28 (next starts
    // 03-01) → both ended → expected 2. 11-15 → q1; the 2027-03-05 item lies outside the window. 1/2.
    const c = cov('quarterly', SIX_MONTHS, '2027-03-15', [
      ['2026-11-15', '2026-11-15', 'ticket'],
      ['2027-03-05', '2027-03-05', 'ticket'],
    ]);
    expect(c).toMatchObject({ expected: 2, evidenced: 1, coverage: 0.5, elapsedTo: '2027-02-28', elapsedDays: 181 });
    expect(c.gaps).toEqual([{ from: '2026-12-01', to: '2027-02-28' }]);
    expect(c.notes).toEqual(expect.arrayContaining(['as_of_capped', 'evidence_outside_window', 'point_in_time_only']));
  });

  it('annually: no year has ended, so the current period is the one expected', () => {
    // 12-month window 2026-09-01 → 2027-08-31; as of 10-31 the first year ends 2027-08-31 → current only.
    const evidenced = cov('annually', ['2026-09-01', '2027-08-31'], '2026-10-31', [['2026-09-15', '2026-09-15', 'policy']]);
    expect(evidenced).toMatchObject({ expected: 1, evidenced: 1, coverage: 1, gaps: [], pointInTimeOnly: true });
    expect(evidenced.notes).toEqual(['point_in_time_only', 'current_period_only']);
    // Without evidence the gap runs from the start to the as-of date, not to the period's future end.
    const missing = cov('annually', ['2026-09-01', '2027-08-31'], '2026-10-31');
    expect(missing).toMatchObject({ expected: 1, evidenced: 0, coverage: 0, gaps: [{ from: '2026-09-01', to: '2026-10-31' }] });
    expect(missing.notes).toEqual(['no_evidence', 'current_period_only']);
  });

  it('evidence after the as-of date does not count, and a period touched only on its last day counts', () => {
    // Weekly as of 2026-09-14: w1 09-01..09-07, w2 09-08..09-14 → expected 2. 09-07..09-07 → w1;
    // 09-15..09-30 starts after the as-of date (outside the elapsed window) → ignored. 1/2, gap w2.
    const c = cov('weekly', SIX_MONTHS, '2026-09-14', [
      ['2026-09-07', '2026-09-07'],
      ['2026-09-15', '2026-09-30'],
    ]);
    expect(c).toMatchObject({ expected: 2, evidenced: 1, coverage: 0.5, gaps: [{ from: '2026-09-08', to: '2026-09-14' }] });
    expect(c.notes).toContain('evidence_outside_window');
  });

  it('coverage never exceeds 1 and a window without an end runs to the as-of date', () => {
    // Daily, no end date, as of 2026-09-10 → 10 days; one export 2026-08-01..2026-12-31 clipped to the
    // 10 elapsed days → 10/10.
    const c = cov('daily', ['2026-09-01', null], '2026-09-10', [['2026-08-01', '2026-12-31']]);
    expect(c).toMatchObject({ expected: 10, evidenced: 10, coverage: 1, gaps: [], elapsedTo: '2026-09-10', notes: [] });
  });
});

describe('continuous controls', () => {
  it('overlapping periods count once; evidence before the window is ignored', () => {
    // Elapsed 2026-09-01 → 10-31 = 30 + 31 = 61 days. Union: 09-01..09-30 ∪ 09-15..10-10 = 09-01..10-10
    // (30 + 10 = 40 days) plus 10-21..10-31 (11 days) = 51 days → 51/61. August is outside the window.
    const c = cov('continuous', SIX_MONTHS, '2026-10-31', [
      ['2026-09-01', '2026-09-30'],
      ['2026-09-15', '2026-10-10'],
      ['2026-10-21', '2026-10-31'],
      ['2026-08-01', '2026-08-31'],
    ]);
    expect(c).toMatchObject({ expected: 61, evidenced: 51, unit: 'days', pointInTimeOnly: false });
    expect(c.coverage).toBeCloseTo(51 / 61, 12);
    expect(c.gaps).toEqual([{ from: '2026-10-11', to: '2026-10-20' }]);
    expect(c.notes).toEqual(['evidence_outside_window']);
  });

  it('an export straddling the window start counts only from the start', () => {
    // 2026-08-20..09-05 clipped to 09-01..09-05 = 5 days; adjacent 09-06..09-10 joins it → 10 of 61 days.
    const c = cov('continuous', SIX_MONTHS, '2026-10-31', [
      ['2026-08-20', '2026-09-05'],
      ['2026-09-06', '2026-09-10'],
    ]);
    expect(c).toMatchObject({ evidenced: 10, gaps: [{ from: '2026-09-11', to: '2026-10-31' }] });
    expect(c.notes).toEqual([]);
  });

  it('screenshots only: each covers one day (a screenshot its last day) and the control is flagged', () => {
    // Screenshot 09-10 → 09-10; screenshot "10-01..10-05" → only 10-05. 2 of 61 days.
    const c = cov('continuous', SIX_MONTHS, '2026-10-31', [
      ['2026-09-10', '2026-09-10', 'screenshot'],
      ['2026-10-01', '2026-10-05', 'screenshot'],
    ]);
    expect(c).toMatchObject({ evidenced: 2, expected: 61, pointInTimeOnly: true, notes: ['point_in_time_only'] });
    expect(c.gaps).toEqual([
      { from: '2026-09-01', to: '2026-09-09' },
      { from: '2026-09-11', to: '2026-10-04' },
      { from: '2026-10-06', to: '2026-10-31' },
    ]);
  });

  it('no evidence at all: coverage 0, one gap over the elapsed window, not flagged point-in-time', () => {
    const c = cov('continuous', SIX_MONTHS, '2026-09-30');
    expect(c).toMatchObject({ coverage: 0, expected: 30, evidenced: 0, pointInTimeOnly: false, notes: ['no_evidence'] });
    expect(c.gaps).toEqual([{ from: '2026-09-01', to: '2026-09-30' }]);
  });
});

describe('per-event controls', () => {
  it('coverage = evidenced ÷ population: 9 of 12 → 0.75, no gaps, evidence dates do not matter', () => {
    const c = cov('per_event', SIX_MONTHS, '2026-10-31', [['2026-09-03', '2026-09-03', 'ticket']], { population: 12, evidenced: 9 });
    expect(c).toMatchObject({ coverage: 0.75, expected: 12, evidenced: 9, unit: 'events', gaps: [], pointInTimeOnly: false, notes: [] });
  });

  it('population 0 → coverage 1 (no occurrences); no population recorded → 0', () => {
    expect(cov('per_event', SIX_MONTHS, '2026-10-31', [], { population: 0, evidenced: 0 })).toMatchObject({
      coverage: 1,
      expected: 0,
      notes: ['no_occurrences'],
    });
    expect(cov('per_event', SIX_MONTHS, '2026-10-31')).toMatchObject({ coverage: 0, expected: 0, notes: ['population_not_recorded'] });
  });
});

describe('as-of date before the window starts', () => {
  it.each<Frequency>(['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'per_event'])(
    '%s: nothing to measure yet',
    (frequency) => {
      const c = cov(frequency, SIX_MONTHS, '2026-08-15', [['2026-08-01', '2026-08-31']], { population: 3, evidenced: 3 });
      expect(c).toMatchObject({ coverage: 0, expected: 0, evidenced: 0, gaps: [], elapsedDays: 0, notes: ['not_started'] });
    },
  );
});

describe('assessmentCoverage', () => {
  it('gives each control the items linked to it, and populations to per-event controls', () => {
    // A (weekly) and B (continuous) share the 09-01..09-07 export; only B has 09-08..09-14.
    // As of 09-14: A expects 2 weeks, evidences w1 → 1/2; B covers 14 of 14 days → 1; C per-event 1/4.
    const result = assessmentCoverage({
      windowStart: '2026-09-01',
      windowEnd: '2027-02-28',
      asOf: '2026-09-14',
      controls: [
        { id: 'A', frequency: 'weekly' },
        { id: 'B', frequency: 'continuous' },
        { id: 'C', frequency: 'per_event' },
      ],
      evidence: [
        { from: '2026-09-01', to: '2026-09-07', kind: 'log_export', controlIds: ['A', 'B'] },
        { from: '2026-09-08', to: '2026-09-14', kind: 'log_export', controlIds: ['B'] },
      ],
      populations: [{ controlId: 'C', population: 4, evidenced: 1 }],
    });
    expect(result.map((r) => [r.controlId, r.coverage])).toEqual([
      ['A', 0.5],
      ['B', 1],
      ['C', 0.25],
    ]);
  });
});

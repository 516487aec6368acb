import { describe, expect, it } from 'vitest';
import { assessmentCoverage } from '../../shared/coverage/assessment';
import { controlCoverage } from '../../shared/coverage/coverage';
import { dayOf } from '../../shared/coverage/days';
import { expectedPeriods, type PeriodicFrequency } from '../../shared/coverage/periods';
import { addDays } from '../../shared/dates';
import type { Frequency } from '../../shared/domain';

/* The sorted, merged sweep (shared/coverage) checked against an independent day-by-day count on random fixtures. */

type Item = [from: string, to: string, kind: string];

function cov(frequency: Frequency, window: [string, string], asOf: string, items: Item[]) {
  return controlCoverage({
    frequency,
    windowStart: window[0],
    windowEnd: window[1],
    asOf,
    evidence: items.map(([from, to, kind]) => ({ from, to, kind })),
  });
}

describe('the fast sweep agrees with a day-by-day count', () => {
  // An independent oracle: mark every covered day of the elapsed window one by one, then count.
  function bruteForce(frequency: Frequency, start: string, asOf: string, items: Item[]) {
    const from = dayOf(start);
    const to = dayOf(asOf);
    const covered = new Set<number>();
    for (const [a, b, kind] of items) {
      const first = kind === 'screenshot' ? dayOf(b) : dayOf(a);
      for (let d = Math.max(first, from); d <= Math.min(dayOf(b), to); d++) covered.add(d);
    }
    if (frequency === 'continuous') return { expected: to - from + 1, evidenced: covered.size };
    const periods = expectedPeriods(frequency as PeriodicFrequency, start, to);
    let evidenced = 0;
    periods.starts.forEach((s, i) => {
      let hit = false;
      for (let d = s; d <= Math.min(periods.ends[i] ?? s, to) && !hit; d++) hit = covered.has(d);
      if (hit) evidenced += 1;
    });
    return { expected: periods.starts.length, evidenced };
  }

  let state = 20260901;
  const rand = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const KINDS = ['log_export', 'ticket', 'screenshot', 'system_report'];

  it('on 40 random controls with 0–60 items each, per control and through assessmentCoverage', () => {
    const frequencies: Frequency[] = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annually'];
    const controls = Array.from({ length: 40 }, (_, i) => ({ id: `C${i}`, frequency: frequencies[i % frequencies.length] ?? 'daily' }));
    const linked: { from: string; to: string; kind: string; controlIds: string[] }[] = [];
    const perControl = new Map<string, Item[]>(controls.map((c) => [c.id, []]));
    for (const c of controls) {
      const count = rand(61);
      for (let k = 0; k < count; k++) {
        const kind = KINDS[rand(KINDS.length)] ?? 'log_export';
        const from = addDays('2026-08-15', rand(300));
        const to = kind === 'ticket' ? from : addDays(from, rand(40));
        const other = controls[rand(controls.length)]?.id ?? c.id;
        const ids = other === c.id ? [c.id] : [c.id, other];
        linked.push({ from, to, kind, controlIds: ids });
        for (const id of ids) perControl.get(id)?.push([from, to, kind]);
      }
    }
    const asOf = '2027-03-31';
    const window: [string, string] = ['2026-09-01', '2027-08-31'];
    const all = assessmentCoverage({ windowStart: window[0], windowEnd: window[1], asOf, controls, evidence: linked, populations: [] });
    for (const [i, c] of controls.entries()) {
      const items = perControl.get(c.id) ?? [];
      const oracle = bruteForce(c.frequency, window[0], asOf, items);
      const single = cov(c.frequency, window, asOf, [...items].reverse());
      expect({ expected: single.expected, evidenced: single.evidenced }, c.id).toEqual(oracle);
      expect(all[i], c.id).toEqual({ controlId: c.id, ...single });
    }
  });
});

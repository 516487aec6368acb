import { describe, expect, it } from 'vitest';
import { coverageTimeline } from '../../shared/charts/coverage-timeline';
import { readinessTrendConfig, readinessTrendData, type TrendSnapshot } from '../../shared/charts/readiness-trend';
import { controlCoverage } from '../../shared/coverage/coverage';
import type { CategoryKey, Frequency } from '../../shared/domain';
import type { CategoryScore, OverallScore } from '../../shared/scoring/types';

/*
 * The coverage timeline and the readiness trend are chart definitions (data in, cells or config out). The
 * expected cells are worked out by hand from the coverage rules: periods anchored at the window start,
 * gaps as coverage lists them.
 */

function coverage(frequency: Frequency, asOf: string, items: Array<[string, string, string?]>) {
  return controlCoverage({
    frequency,
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    asOf,
    evidence: items.map(([from, to, kind]) => ({ from, to, kind: kind ?? 'log_export' })),
  });
}

describe('coverageTimeline', () => {
  it('monthly, as of 22 Nov 2026: September and October have elapsed; September evidenced, October a gap', () => {
    const c = coverage('monthly', '2026-11-22', [['2026-09-01', '2026-09-30']]);
    expect(coverageTimeline(c)).toEqual([
      { from: '2026-09-01', to: '2026-09-30', state: 'covered', units: 1, evidenced: 1 },
      { from: '2026-10-01', to: '2026-10-31', state: 'gap', units: 1, evidenced: 0 },
    ]);
  });

  it('weekly, 3 days in: no week has elapsed, so the current one is shown, cut at the as-of date', () => {
    const c = coverage('weekly', '2026-09-03', [['2026-09-02', '2026-09-02']]);
    expect(coverageTimeline(c)).toEqual([
      { from: '2026-09-01', to: '2026-09-03', state: 'covered', units: 1, evidenced: 1 },
    ]);
  });

  it('continuous over 83 days groups days in pairs (42 cells); the pair holding a one-day screenshot is partial', () => {
    // 1 Sep → 22 Nov = 30 + 31 + 22 = 83 days; ceil(83 / 60) = 2 days a cell → 41 pairs and a last single day.
    // 15 Oct is day 44 (0-based: 30 days of September + 14), so it sits in cell 22 (days 44–45: 15–16 Oct).
    const c = coverage('continuous', '2026-11-22', [['2026-10-15', '2026-10-15', 'screenshot']]);
    const cells = coverageTimeline(c);
    expect(cells).toHaveLength(42);
    expect(cells[22]).toEqual({ from: '2026-10-15', to: '2026-10-16', state: 'partial', units: 2, evidenced: 1 });
    expect(cells.filter((x) => x.state === 'gap')).toHaveLength(41);
    expect(cells[41]).toEqual({ from: '2026-11-22', to: '2026-11-22', state: 'gap', units: 1, evidenced: 0 });
    expect(cells[0]).toMatchObject({ from: '2026-09-01', to: '2026-09-02' });
  });

  it('daily with under 60 days keeps one cell per day, and its evidenced cells add up to the coverage count', () => {
    const c = coverage('daily', '2026-09-20', [
      ['2026-09-03', '2026-09-05'],
      ['2026-09-10', '2026-09-10'],
      ['2026-09-18', '2026-09-25'],
    ]);
    const cells = coverageTimeline(c);
    // Days 1–20 Sep; evidenced 3, 4, 5, 10, 18, 19, 20 = 7 of 20.
    expect(cells).toHaveLength(20);
    expect(c).toMatchObject({ expected: 20, evidenced: 7 });
    expect(cells.reduce((n, x) => n + x.evidenced, 0)).toBe(7);
    expect(cells.filter((x) => x.state === 'covered').map((x) => x.from)).toEqual([
      '2026-09-03',
      '2026-09-04',
      '2026-09-05',
      '2026-09-10',
      '2026-09-18',
      '2026-09-19',
      '2026-09-20',
    ]);
  });

  it('has no cells for per-event controls or before the window starts', () => {
    expect(coverageTimeline(coverage('per_event', '2026-11-22', []))).toEqual([]);
    expect(coverageTimeline(coverage('monthly', '2026-08-15', []))).toEqual([]);
  });
});

const counts = { not_assessed: 0, not_implemented: 0, partial: 0, implemented: 0, not_applicable: 0 };
function category(id: CategoryKey, design: number, operating: number | null): CategoryScore {
  return {
    id,
    design,
    operating,
    criteria: 1,
    unaddressedCriteria: 0,
    controls: 1,
    controlsByStatus: counts,
    unassessedControls: 0,
  };
}
function overall(design: number, operating: number | null): OverallScore {
  return {
    id: 'overall',
    design,
    operating,
    criteria: 1,
    unaddressedCriteria: 0,
    controls: 1,
    controlsByStatus: counts,
    unassessedControls: 0,
  };
}

describe('readinessTrendData and readinessTrendConfig', () => {
  const later: TrendSnapshot = {
    label: 'Day-60 review',
    asOf: '2026-10-31',
    score: {
      overall: overall(0.6, 0.45),
      categories: [category('security', 0.625, 0.5), category('availability', 0.5, 0.25)],
    },
  };
  const earlier: TrendSnapshot = {
    label: 'Baseline',
    asOf: '2026-09-01',
    score: { overall: overall(0.125, null), categories: [category('security', 0.125, null)] },
  };

  it('orders snapshots by date, keeps categories in catalog order, and leaves gaps as null', () => {
    const data = readinessTrendData([later, earlier], (s) => s.label);
    expect(data.points).toEqual(['Baseline', 'Day-60 review']);
    expect(data.series).toEqual([
      { key: 'security', measure: 'design', values: [12.5, 62.5] },
      { key: 'security', measure: 'operating', values: [null, 50] },
      { key: 'availability', measure: 'design', values: [null, 50] },
      { key: 'availability', measure: 'operating', values: [null, 25] },
      { key: 'overall', measure: 'design', values: [12.5, 60] },
      { key: 'overall', measure: 'operating', values: [null, 45] },
    ]);
  });

  it('draws design only until a snapshot measures operating, and no separate overall for one category', () => {
    const data = readinessTrendData([earlier], (s) => s.label);
    expect(data.series).toEqual([{ key: 'security', measure: 'design', values: [12.5] }]);
  });

  it('makes a line chart: operating dashed with hollow points, design solid with filled points, 0–100 axis', () => {
    const config = readinessTrendConfig(
      readinessTrendData([earlier, later], (s) => s.label),
      (s) => `${s.key} ${s.measure}`,
    );
    expect(config.type).toBe('line');
    expect(config.options.scales.y).toMatchObject({ min: 0, max: 100 });
    const design = config.data.datasets.find((d) => d.label === 'security design');
    const operating = config.data.datasets.find((d) => d.label === 'security operating');
    expect(design).toMatchObject({ borderDash: [], backgroundColor: design?.borderColor, data: [12.5, 62.5] });
    expect(operating).toMatchObject({ borderDash: [6, 4], backgroundColor: '#FFFFFF', data: [null, 50] });
    // Each key has its own point shape, so lines are not told apart by colour alone.
    const shapes = new Set(config.data.datasets.filter((d) => d.borderDash.length === 0).map((d) => d.pointStyle));
    expect(shapes.size).toBe(3);
  });
});

import { CATEGORY_KEYS, type CategoryKey, type IsoDate } from '../domain';
import type { ScoreResult } from '../scoring/types';

/** One frozen point of the trend: a snapshot's label, date and score. */
export interface TrendSnapshot {
  label: string;
  asOf: IsoDate;
  score: Pick<ScoreResult, 'overall' | 'categories'>;
}

export type TrendKey = CategoryKey | 'overall';
export type TrendMeasure = 'design' | 'operating';

export interface TrendSeries {
  key: TrendKey;
  measure: TrendMeasure;
  /** Percentages 0–100 with one decimal, one per snapshot; null where the snapshot has no such figure. */
  values: Array<number | null>;
}

/** One chart, two renderers: chart.js in the UI and the PDF read this same definition. */
export interface ReadinessTrendData {
  /** One x-axis label per snapshot, oldest first. */
  points: string[];
  series: TrendSeries[];
}

/** Ink per series key; the point shape differs per key too, so a line is never told apart by colour alone. */
export const TREND_STYLE: Record<
  TrendKey,
  { colour: string; point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star' }
> = {
  security: { colour: '#2F5D8A', point: 'circle' },
  availability: { colour: '#9A5B00', point: 'rect' },
  'processing-integrity': { colour: '#6B4FA0', point: 'triangle' },
  confidentiality: { colour: '#2E7D5B', point: 'rectRot' },
  privacy: { colour: '#B0413E', point: 'crossRot' },
  overall: { colour: '#1F2933', point: 'star' },
};

const pct = (fraction: number) => Math.round(fraction * 1000) / 10;

/**
 * Design and operating readiness per category (and overall) across snapshots, oldest first. Categories are
 * those of any snapshot, in the catalog's order; a category a snapshot did not have in scope is null there.
 * The operating series appear only when at least one snapshot measured operating effectiveness.
 */
export function readinessTrendData(
  snapshots: readonly TrendSnapshot[],
  pointLabel: (s: TrendSnapshot) => string,
): ReadinessTrendData {
  const ordered = [...snapshots].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  const present = new Set(ordered.flatMap((s) => s.score.categories.map((c) => c.id)));
  const categories = CATEGORY_KEYS.filter((k) => present.has(k));
  // With one category in scope, overall is that category's figure: drawing both would hide one line under the other.
  const keys: TrendKey[] = categories.length > 1 ? [...categories, 'overall'] : categories;
  const figureOf = (s: TrendSnapshot, key: TrendKey) =>
    key === 'overall' ? s.score.overall : s.score.categories.find((c) => c.id === key);
  const measured = ordered.some((s) => s.score.overall.operating !== null);
  const measures: TrendMeasure[] = measured ? ['design', 'operating'] : ['design'];
  const series: TrendSeries[] = [];
  for (const key of keys) {
    for (const measure of measures) {
      series.push({
        key,
        measure,
        values: ordered.map((s) => {
          const value = figureOf(s, key)?.[measure];
          return value === undefined || value === null ? null : pct(value);
        }),
      });
    }
  }
  return { points: ordered.map(pointLabel), series };
}

/**
 * A chart.js line-chart configuration for the trend (plain object; the caller supplies the Chart class).
 * Design lines are solid with filled points, operating lines dashed with hollow points; overall is drawn thicker.
 */
export function readinessTrendConfig(data: ReadinessTrendData, seriesLabel: (series: TrendSeries) => string) {
  const datasets = data.series.map((s) => {
    const style = TREND_STYLE[s.key];
    return {
      label: seriesLabel(s),
      data: [...s.values],
      borderColor: style.colour,
      // Operating points are hollow: told apart from design by shape, not only by the dashed line.
      backgroundColor: s.measure === 'operating' ? '#FFFFFF' : style.colour,
      pointStyle: style.point,
      pointRadius: s.key === 'overall' ? 6 : 4,
      borderWidth: s.key === 'overall' ? 3 : 2,
      borderDash: s.measure === 'operating' ? [6, 4] : [],
      spanGaps: false,
      tension: 0,
    };
  });
  return {
    type: 'line' as const,
    data: { labels: [...data.points], datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      scales: {
        y: { min: 0, max: 100, ticks: { stepSize: 20 }, grid: { color: '#D5DAE1' } },
        x: { grid: { display: false } },
      },
      plugins: { legend: { display: true, position: 'bottom' as const, labels: { usePointStyle: true } } },
    },
  };
}

import type { CategoryKey } from '../domain';
import type { ScoreResult } from '../scoring/types';

/** One chart, two renderers: chart.js in the UI and vector drawing in the PDF read this same definition. */
export interface ReadinessChartData {
  /** Category keys then 'overall', in display order. */
  keys: Array<CategoryKey | 'overall'>;
  labels: string[];
  /** Percentages 0–100, one decimal. */
  design: number[];
  /** Null until the Type II operating figure is measured. */
  operating: number[] | null;
}

export const CHART_COLOURS = {
  design: '#2F5D8A',
  operating: '#3E8E6A',
  grid: '#D5DAE1',
  text: '#1F2933',
} as const;

const pct = (fraction: number) => Math.round(fraction * 1000) / 10;

export function readinessChartData(score: ScoreResult, labelOf: (key: CategoryKey | 'overall') => string): ReadinessChartData {
  const keys: Array<CategoryKey | 'overall'> = [...score.categories.map((c) => c.id), 'overall'];
  const figures = [...score.categories, score.overall];
  const measured = score.overall.operating !== null;
  return {
    keys,
    labels: keys.map(labelOf),
    design: figures.map((f) => pct(f.design)),
    operating: measured ? figures.map((f) => pct(f.operating ?? 0)) : null,
  };
}

/** A chart.js bar-chart configuration for the data (plain object; the caller supplies the Chart class). */
export function readinessChartConfig(data: ReadinessChartData, seriesLabels: { design: string; operating: string }) {
  const datasets = [
    { label: seriesLabels.design, data: data.design, backgroundColor: CHART_COLOURS.design },
    ...(data.operating ? [{ label: seriesLabels.operating, data: data.operating, backgroundColor: CHART_COLOURS.operating }] : []),
  ];
  return {
    type: 'bar' as const,
    data: { labels: data.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      scales: {
        y: { min: 0, max: 100, ticks: { stepSize: 20 }, grid: { color: CHART_COLOURS.grid } },
        x: { grid: { display: false } },
      },
      plugins: { legend: { display: datasets.length > 1 } },
    },
  };
}

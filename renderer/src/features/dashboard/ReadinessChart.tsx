import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessChartConfig, readinessChartData } from '../../../../shared/charts/readiness-by-category';
import type { ScoreResult } from '../../../../shared/scoring/types';
import { useFormat } from '../../i18n/format';

// Only the pieces a bar chart needs, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
export function useDarkScheme(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = darkQuery();
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => darkQuery().matches,
  );
}

/** Readiness per TSC category, from the chart definition the PDF uses too. */
export function ReadinessChart({ score }: { score: ScoreResult }) {
  const { t } = useTranslation();
  const { pct, axisPct, labelled } = useFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = useDarkScheme();
  const data = useMemo(() => readinessChartData(score, (key) => t(`category.${key}`)), [score, t]);

  useEffect(() => {
    if (!canvas.current) return undefined;
    const base = readinessChartConfig(data, {
      design: t('dashboard.seriesDesign'),
      operating: t('dashboard.seriesOperating'),
    });
    // Same definition as the PDF; only the ink follows the screen's theme.
    const ink = dark ? '#D8DEE6' : '#3B4754';
    const grid = dark ? '#3A4654' : base.options.scales.y.grid.color;
    const config: ChartConfiguration<'bar', number[], string> = {
      type: base.type,
      data: {
        labels: base.data.labels,
        datasets: base.data.datasets.map((d, i) => ({
          ...d,
          data: [...d.data],
          backgroundColor: dark ? (i === 0 ? '#6E9FD1' : '#6BC39A') : d.backgroundColor,
          maxBarThickness: 56,
        })),
      },
      options: {
        ...base.options,
        layout: { padding: { top: 20 } },
        scales: {
          y: {
            ...base.options.scales.y,
            ticks: { ...base.options.scales.y.ticks, color: ink, callback: (v) => axisPct(v) },
            grid: { color: grid },
          },
          x: { ...base.options.scales.x, ticks: { color: ink, font: { size: 12 } } },
        },
        plugins: {
          ...base.options.plugins,
          legend: { ...base.options.plugins.legend, labels: { color: ink } },
          tooltip: {
            callbacks: { label: (item) => labelled(item.dataset.label ?? '', pct((item.parsed.y ?? 0) / 100)) },
          },
        },
      },
    };
    // Each bar carries its figure, so nobody has to read it off the axis.
    const valueLabels: Plugin<'bar'> = {
      id: 'fieldworkValueLabels',
      afterDatasetsDraw(chart) {
        const { ctx } = chart;
        ctx.save();
        ctx.fillStyle = ink;
        ctx.font = `600 12px ${getComputedStyle(document.body).fontFamily}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        chart.data.datasets.forEach((dataset, i) => {
          chart.getDatasetMeta(i).data.forEach((bar, j) => {
            const value = dataset.data[j];
            if (typeof value === 'number') ctx.fillText(pct(value / 100), bar.x, bar.y - 4);
          });
        });
        ctx.restore();
      },
    };
    const chart = new Chart(canvas.current, { ...config, plugins: [valueLabels] });
    return () => chart.destroy();
  }, [data, dark, t, pct, axisPct, labelled]);

  const summary = data.labels.map((label, i) => `${label} ${pct((data.design[i] ?? 0) / 100)}`).join(', ');
  return (
    <div className="chart-box">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('dashboard.chartAlt', { values: summary })}
        data-testid="readiness-chart"
      />
    </div>
  );
}

import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  readinessTrendConfig,
  type ReadinessTrendData,
  type TrendSeries,
} from '../../../../shared/charts/readiness-trend';
import { useFormat } from '../../i18n/format';
import { useDarkScheme } from '../dashboard/ReadinessChart';

// Only the pieces a line chart needs.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Design and operating readiness per category across snapshots, from the definition the PDF uses too. */
export function TrendChart({ data }: { data: ReadinessTrendData }) {
  const { t } = useTranslation();
  const { pct, axisPct, labelled } = useFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = useDarkScheme();
  const nameOf = (s: TrendSeries) =>
    t('snapshots.trend.series', { category: t(`category.${s.key}`), measure: t(`snapshots.trend.${s.measure}`) });

  useEffect(() => {
    if (!canvas.current) return undefined;
    const base = readinessTrendConfig(data, (s) =>
      t('snapshots.trend.series', { category: t(`category.${s.key}`), measure: t(`snapshots.trend.${s.measure}`) }),
    );
    // Same definition as the PDF; only the ink follows the screen's theme.
    const ink = dark ? '#D8DEE6' : '#3B4754';
    const config: ChartConfiguration<'line', Array<number | null>, string> = {
      type: base.type,
      data: {
        labels: base.data.labels,
        datasets: base.data.datasets.map((d) => ({
          ...d,
          borderColor: dark && d.borderColor === '#1F2933' ? '#E3E8EE' : d.borderColor,
          backgroundColor: dark
            ? d.backgroundColor === '#1F2933'
              ? '#E3E8EE'
              : d.backgroundColor === '#FFFFFF'
                ? '#1A1F26'
                : d.backgroundColor
            : d.backgroundColor,
        })),
      },
      options: {
        ...base.options,
        scales: {
          y: {
            ...base.options.scales.y,
            ticks: { ...base.options.scales.y.ticks, color: ink, callback: (v) => axisPct(v) },
            grid: { color: dark ? '#3A4654' : base.options.scales.y.grid.color },
          },
          x: { ...base.options.scales.x, ticks: { color: ink } },
        },
        plugins: {
          legend: {
            ...base.options.plugins.legend,
            labels: { ...base.options.plugins.legend.labels, color: ink, boxHeight: 8 },
          },
          tooltip: {
            callbacks: {
              label: (item) =>
                labelled(item.dataset.label ?? '', item.parsed.y === null ? '—' : pct(item.parsed.y / 100)),
            },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [data, dark, t, pct, axisPct, labelled]);

  const overall = data.series.filter((s) => s.key === 'overall');
  const summary = (overall.length > 0 ? overall : data.series)
    .map((s) => `${nameOf(s)}: ${s.values.map((v) => (v === null ? '—' : pct(v / 100))).join(' → ')}`)
    .join('; ');
  return (
    <div className="trend-box">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('snapshots.trend.alt', { values: summary })}
        data-testid="trend-chart"
      />
    </div>
  );
}

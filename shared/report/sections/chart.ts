import type { CanvasElement, Column, Content } from 'pdfmake/interfaces';
import { CHART_COLOURS, type ReadinessChartData } from '../../charts/readiness-by-category';
import { COLOURS, CONTENT_WIDTH } from './common';

const AXIS_WIDTH = 30;
const PLOT_HEIGHT = 130;
/** Room above the plot for the value label of a 100% bar. */
const TOP_PAD = 14;
const TICKS = [0, 20, 40, 60, 80, 100];
const LABEL_SIZE = 7.5;

export interface ChartLabels {
  design: string;
  operating: string;
  /** A 0–100 figure as the report prints percentages (e.g. `87.5%`). */
  value: (percent: number) => string;
}

/**
 * The readiness bar chart drawn as vector graphics (pdfmake canvas rectangles and lines) from the same
 * ReadinessChartData the UI hands to chart.js: same order, same figures, same colours, y axis 0–100 by 20.
 * Texts are ordinary pdfmake text in the embedded font, placed with relativePosition over the canvas.
 */
export function readinessChart(data: ReadinessChartData, labels: ChartLabels): Content {
  const series = [
    { values: data.design, colour: CHART_COLOURS.design, name: labels.design },
    ...(data.operating ? [{ values: data.operating, colour: CHART_COLOURS.operating, name: labels.operating }] : []),
  ];
  const plotWidth = CONTENT_WIDTH - AXIS_WIDTH;
  const slot = plotWidth / Math.max(1, data.keys.length);
  // Two series need wider groups so that the two value labels above a group do not touch.
  const groupWidth = series.length > 1 ? Math.min(slot * 0.72, 64) : Math.min(slot * 0.5, 44);
  const barWidth = groupWidth / series.length;
  const y = (percent: number) => TOP_PAD + PLOT_HEIGHT * (1 - Math.min(100, Math.max(0, percent)) / 100);

  // Drawn in three layers: grid lines, then the texts (their white background masks the grid), then the bars.
  const grid: CanvasElement[] = TICKS.filter((tick) => tick > 0).map((tick) => ({
    type: 'line',
    x1: AXIS_WIDTH,
    y1: y(tick),
    x2: CONTENT_WIDTH,
    y2: y(tick),
    lineWidth: 0.4,
    lineColor: CHART_COLOURS.grid,
  }));
  const canvas: CanvasElement[] = [
    { type: 'line', x1: AXIS_WIDTH, y1: y(0), x2: CONTENT_WIDTH, y2: y(0), lineWidth: 0.8, lineColor: COLOURS.muted },
  ];
  const overlays: Content[] = TICKS.map((tick) => ({
    relativePosition: { x: 0, y: y(tick) - 4.5 },
    columns: [
      { width: AXIS_WIDTH - 5, text: String(tick), alignment: 'right', fontSize: LABEL_SIZE, color: COLOURS.muted },
    ],
  }));

  data.keys.forEach((key, i) => {
    const groupLeft = AXIS_WIDTH + slot * i + (slot - groupWidth) / 2;
    if (key === 'overall' && i > 0) {
      const x = AXIS_WIDTH + slot * i;
      grid.push({
        type: 'line',
        x1: x,
        y1: TOP_PAD,
        x2: x,
        y2: y(0),
        lineWidth: 0.5,
        lineColor: COLOURS.rule,
        dash: { length: 2 },
      });
    }
    series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      const left = groupLeft + j * barWidth;
      const top = y(value);
      // A zero figure still gets a hairline so the bar is visibly present, not missing.
      canvas.push({
        type: 'rect',
        x: left + 1,
        y: Math.min(top, y(0) - 0.8),
        w: barWidth - 2,
        h: Math.max(0.8, y(0) - top),
        color: s.colour,
      });
      overlays.push({
        relativePosition: { x: left - 10, y: top - 11 },
        columns: [
          {
            width: barWidth + 20,
            text: labels.value(value),
            alignment: 'center',
            fontSize: LABEL_SIZE,
            color: COLOURS.text,
            background: '#FFFFFF',
          },
        ],
      });
    });
  });

  const categoryRow: Content = {
    columns: [
      { width: AXIS_WIDTH, text: '' },
      ...data.labels.map((label, i): Column => ({
        width: slot,
        text: label,
        alignment: 'center',
        fontSize: 8,
        bold: data.keys[i] === 'overall',
        color: COLOURS.text,
      })),
    ],
    columnGap: 0,
    margin: [0, 4, 0, 0],
  };

  return {
    unbreakable: true,
    stack: [
      { relativePosition: { x: 0, y: 0 }, canvas: grid },
      ...overlays,
      { canvas },
      categoryRow,
      ...(series.length > 1 ? [legend(series)] : []),
    ],
  };
}

function legend(series: ReadonlyArray<{ colour: string; name: string }>): Content {
  return {
    margin: [AXIS_WIDTH, 8, 0, 0],
    columnGap: 4,
    columns: series.flatMap((s): Column[] => [
      { width: 9, canvas: [{ type: 'rect', x: 0, y: 1.5, w: 8, h: 8, color: s.colour }] },
      { width: 'auto', text: s.name, fontSize: 8, margin: [0, 0, 14, 0] },
    ]),
  };
}

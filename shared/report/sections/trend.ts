import type { Content } from 'pdfmake/interfaces';
import { CHART_COLOURS } from '../../charts/readiness-by-category';
import { readinessTrendData, TREND_STYLE, type TrendKey, type TrendSnapshot } from '../../charts/readiness-trend';
import { isoDateOf } from '../../dates';
import { COLOURS, CONTENT_WIDTH, paragraph, printable, type SectionContext } from './common';
import { svgCircle, svgDocument, svgLine, svgPolygon, svgRect, svgText } from './svg';

const AXIS = 30;
const TOP = 8;
const HEIGHT = 150;
const TICKS = [0, 20, 40, 60, 80, 100];
const HEIGHT_TOTAL = TOP + HEIGHT + 58;

type Shape = (typeof TREND_STYLE)[TrendKey]['point'];

/** A point marker, one shape per series key (the chart.js point styles of the UI). */
function marker(shape: Shape, x: number, y: number, colour: string, r = 2.8): string {
  const poly = (points: Array<[number, number]>) =>
    svgPolygon(
      points.map(([px, py]) => [x + px * r, y + py * r]),
      colour,
    );
  switch (shape) {
    case 'circle':
      return svgCircle(x, y, r, colour);
    case 'rect':
      return svgRect(x - r, y - r, 2 * r, 2 * r, colour);
    case 'triangle':
      return poly([
        [0, -1.15],
        [1.05, 0.75],
        [-1.05, 0.75],
      ]);
    case 'rectRot':
      return poly([
        [0, -1.25],
        [1.25, 0],
        [0, 1.25],
        [-1.25, 0],
      ]);
    case 'crossRot':
      return svgLine(x - r, y - r, x + r, y + r, colour, 1.4) + svgLine(x - r, y + r, x + r, y - r, colour, 1.4);
    case 'star': {
      const points: Array<[number, number]> = [];
      for (let k = 0; k < 10; k++) {
        const angle = -Math.PI / 2 + (k * Math.PI) / 5;
        const radius = k % 2 === 0 ? 1.45 : 0.6;
        points.push([Math.cos(angle) * radius, Math.sin(angle) * radius]);
      }
      return poly(points);
    }
  }
}

/** A rough width of a label at 7.5 pt, to space the legend (SVG has no text measurement). */
const labelWidth = (text: string) => text.length * 3.9;

/**
 * Readiness across the frozen snapshots and this report, drawn as a vector line chart (an SVG) from the
 * same ReadinessTrendData the UI hands to chart.js: design solid, operating dashed, one marker shape per
 * category. Null when no snapshot was frozen yet (a single point is no trend).
 */
export function trendBlock(ctx: SectionContext, title: Content): Content | null {
  if (ctx.data.trend.length === 0) return null;
  const now: TrendSnapshot = {
    label: ctx.t('readiness.trendNow'),
    asOf: ctx.data.score.asOf ?? isoDateOf(new Date(ctx.data.generatedAt)),
    score: ctx.data.score,
  };
  const points = [
    ...ctx.data.trend.map((s) => ({ ...s, label: s.reviewId !== null ? ctx.t('summary.reviewHeading') : s.label })),
    now,
  ];
  const data = readinessTrendData(points, (s) => printable(s.label));
  const dates = points.map((s) => s.asOf).sort();
  const step = (CONTENT_WIDTH - AXIS) / Math.max(1, data.points.length);
  const x = (i: number) => AXIS + step * (i + 0.5);
  const y = (v: number) => TOP + HEIGHT * (1 - Math.min(100, Math.max(0, v)) / 100);

  const body: string[] = [];
  for (const tick of TICKS) {
    body.push(
      svgLine(
        AXIS,
        y(tick),
        CONTENT_WIDTH,
        y(tick),
        tick === 0 ? COLOURS.muted : CHART_COLOURS.grid,
        tick === 0 ? 0.8 : 0.4,
      ),
    );
    body.push(svgText(AXIS - 5, y(tick) + 2.6, String(tick), { anchor: 'end', colour: COLOURS.muted }));
  }
  const markers: string[] = [];
  for (const series of data.series) {
    const style = TREND_STYLE[series.key];
    const width = series.key === 'overall' ? 1.8 : 1;
    const dash = series.measure === 'operating' ? '4 2.5' : undefined;
    series.values.forEach((value, i) => {
      if (value === null) return;
      const next = series.values[i + 1];
      if (next !== undefined && next !== null)
        body.push(svgLine(x(i), y(value), x(i + 1), y(next), style.colour, width, dash));
      markers.push(marker(style.point, x(i), y(value), style.colour, series.measure === 'operating' ? 2.2 : 2.8));
    });
  }
  body.push(...markers);
  data.points.forEach((label, i) => {
    const last = i === data.points.length - 1;
    body.push(svgText(x(i), y(0) + 12, label, { anchor: 'middle', bold: last }));
    body.push(svgText(x(i), y(0) + 21, ctx.date(dates[i] ?? ''), { anchor: 'middle', size: 7, colour: COLOURS.muted }));
  });
  let lx = AXIS;
  const ly = y(0) + 38;
  for (const key of [...new Set(data.series.map((s) => s.key))]) {
    const label = ctx.category(key);
    body.push(marker(TREND_STYLE[key].point, lx + 4, ly - 2.6, TREND_STYLE[key].colour));
    body.push(svgText(lx + 11, ly, label));
    lx += labelWidth(label) + 24;
  }
  const ly2 = ly + 13;
  const design = ctx.t('col.design');
  body.push(svgLine(AXIS, ly2 - 2.6, AXIS + 18, ly2 - 2.6, COLOURS.text, 1.2));
  body.push(svgText(AXIS + 23, ly2, design));
  if (data.series.some((s) => s.measure === 'operating')) {
    const ox = AXIS + 23 + labelWidth(design) + 24;
    body.push(svgLine(ox, ly2 - 2.6, ox + 18, ly2 - 2.6, COLOURS.text, 1.2, '4 2.5'));
    body.push(svgText(ox + 23, ly2, ctx.t('col.operating')));
  }
  return {
    unbreakable: true,
    stack: [
      title,
      paragraph(ctx.t('readiness.trendIntro'), 'lead'),
      { svg: svgDocument(CONTENT_WIDTH, HEIGHT_TOTAL, body), width: CONTENT_WIDTH },
    ],
  };
}

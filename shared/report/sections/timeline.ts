import type { CanvasElement, Column, Content, TableCell } from 'pdfmake/interfaces';
import { coverageTimeline, type TimelineState } from '../../charts/coverage-timeline';
import type { ControlCoverageEntry } from '../../coverage/assessment';
import { dayOf, isoOf } from '../../coverage/days';
import {
  COLOURS,
  dataTable,
  detail,
  headerCell,
  numberCell,
  paragraph,
  printable,
  sectionHeading,
  type SectionContext,
} from './common';

export const STRIP_WIDTH = 230;
const STRIP_HEIGHT = 8;
/** Horizontal step of the pattern lines. */
const STEP = 2.4;

type Fill = TimelineState | 'future';

/** Titles are cut to one line here (the register prints them in full): the timeline stays compact. */
const TITLE_CHARS = 46;

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Each state has its own shade AND pattern, so the strip reads in greyscale: evidenced = dark solid;
 * partly evidenced = mid shade with a sawtooth line; gap = pale with a dense zigzag; not yet elapsed = blank.
 * A pattern is one polyline per block, so hundreds of strips stay cheap to draw.
 */
export const TIMELINE_FILLS: Record<
  Fill,
  { fill: string; line: string | null; pattern: 'zigzag' | 'sawtooth' | null }
> = {
  covered: { fill: '#2F5D8A', line: null, pattern: null },
  partial: { fill: '#A9C0D8', line: '#1F3F5F', pattern: 'sawtooth' },
  gap: { fill: '#F6E3E3', line: COLOURS.alert, pattern: 'zigzag' },
  future: { fill: '#FFFFFF', line: null, pattern: null },
};

/** A zigzag or a sawtooth line across the block, from edge to edge. */
function patternLine(
  x: number,
  y: number,
  w: number,
  h: number,
  kind: 'zigzag' | 'sawtooth',
  colour: string,
): CanvasElement | null {
  if (w < 1) return null;
  const points: Array<{ x: number; y: number }> = [{ x, y: y + h }];
  let top = true;
  for (let px = x; px < x + w; px += STEP) {
    const next = Math.min(x + w, px + STEP);
    if (kind === 'sawtooth') {
      points.push({ x: next, y }, { x: next, y: y + h });
    } else {
      points.push({ x: next, y: top ? y : y + h });
      top = !top;
    }
  }
  return { type: 'polyline', points, lineWidth: 0.5, lineColor: colour };
}

export function stateBlock(state: Fill, x: number, y: number, w: number, h: number): CanvasElement[] {
  const style = TIMELINE_FILLS[state];
  const line = style.pattern && style.line ? patternLine(x, y, w, h, style.pattern, style.line) : null;
  return [{ type: 'rect', x, y, w, h, color: style.fill }, ...(line ? [line] : [])];
}

interface Scale {
  start: number;
  end: number;
  x: (day: number) => number;
}

function strip(entry: ControlCoverageEntry, scale: Scale): CanvasElement[] {
  const elements: CanvasElement[] = [];
  const elapsedEnd = dayOf(entry.elapsedTo);
  if (entry.frequency === 'per_event') {
    const share =
      entry.expected > 0 ? entry.evidenced / entry.expected : entry.notes.includes('no_occurrences') ? 1 : 0;
    elements.push(...stateBlock('covered', 0, 0, STRIP_WIDTH * share, STRIP_HEIGHT));
    elements.push(...stateBlock('gap', STRIP_WIDTH * share, 0, STRIP_WIDTH * (1 - share), STRIP_HEIGHT));
  } else {
    const cells = coverageTimeline(entry);
    // Runs of cells in the same state are drawn as one block, so the pattern stays continuous.
    let i = 0;
    while (i < cells.length) {
      const first = cells[i];
      if (!first) break;
      let j = i;
      while (j + 1 < cells.length && cells[j + 1]?.state === first.state) j++;
      const x0 = scale.x(dayOf(first.from));
      const x1 = scale.x(dayOf(cells[j]?.to ?? first.to) + 1);
      elements.push(...stateBlock(first.state, x0, 0, x1 - x0, STRIP_HEIGHT));
      i = j + 1;
    }
    if (cells.length > 1 && cells.length <= 30) {
      // Period boundaries as one white line running up and down the strip (the outline drawn last hides its
      // runs along the edges), so the periods can be counted.
      const points = cells.slice(1).flatMap((cell, k) => {
        const x = scale.x(dayOf(cell.from));
        return k % 2 === 0
          ? [
              { x, y: 0 },
              { x, y: STRIP_HEIGHT },
            ]
          : [
              { x, y: STRIP_HEIGHT },
              { x, y: 0 },
            ];
      });
      elements.push({ type: 'polyline', points, lineWidth: 0.6, lineColor: '#FFFFFF' });
    }
  }
  if (entry.frequency !== 'per_event' && elapsedEnd < scale.end) {
    const x = scale.x(elapsedEnd + 1);
    elements.push({
      type: 'line',
      x1: x,
      y1: -1.5,
      x2: x,
      y2: STRIP_HEIGHT + 1.5,
      lineWidth: 0.8,
      lineColor: COLOURS.text,
    });
  }
  elements.push({
    type: 'rect',
    x: 0,
    y: 0,
    w: STRIP_WIDTH,
    h: STRIP_HEIGHT,
    lineColor: COLOURS.muted,
    lineWidth: 0.4,
  });
  return elements;
}

/** Month ticks above the strips: one label per calendar month that starts inside the window. */
function axis(ctx: SectionContext, scale: Scale): TableCell {
  const month = new Intl.DateTimeFormat(ctx.data.locale === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  const ticks: CanvasElement[] = [];
  const labels: Content[] = [];
  for (let day = scale.start; day <= scale.end; day++) {
    const iso = isoOf(day);
    if (iso.slice(8) !== '01' && day !== scale.start) continue;
    const x = scale.x(day);
    ticks.push({ type: 'line', x1: x, y1: 9, x2: x, y2: 13, lineWidth: 0.5, lineColor: COLOURS.muted });
    if (scale.x(day + 20) <= STRIP_WIDTH) {
      labels.push({
        relativePosition: { x: x + 1, y: 0 },
        text: month.format(new Date(`${iso}T00:00:00Z`)),
        fontSize: 6.5,
        color: COLOURS.muted,
      });
    }
  }
  return { stack: [...labels, { canvas: ticks }] };
}

function legend(ctx: SectionContext): Content {
  const items: Array<[Fill, string]> = [
    ['covered', ctx.t('timeline.legendCovered')],
    ['partial', ctx.t('timeline.legendPartial')],
    ['gap', ctx.t('timeline.legendGap')],
    ['future', ctx.t('timeline.legendFuture')],
  ];
  return {
    columnGap: 4,
    margin: [0, 0, 0, 6],
    columns: items.flatMap(([state, label]): Column[] => [
      {
        width: 18,
        canvas: [
          ...stateBlock(state, 0, 1, 16, STRIP_HEIGHT),
          { type: 'rect', x: 0, y: 1, w: 16, h: STRIP_HEIGHT, lineColor: COLOURS.muted, lineWidth: 0.4 },
        ],
      },
      { width: 'auto', text: label, fontSize: 8, margin: [0, 0, 10, 0] },
    ]),
  };
}

function coverageNote(ctx: SectionContext, entry: ControlCoverageEntry): string | null {
  if (entry.frequency !== 'per_event') return null;
  if (entry.notes.includes('population_not_recorded')) return ctx.t('timeline.perEventNone');
  if (entry.notes.includes('no_occurrences')) return ctx.t('timeline.perEventZero');
  return ctx.t('timeline.perEvent', { evidenced: ctx.int(entry.evidenced), population: ctx.int(entry.expected) });
}

/** Section 5 (Type II): a compact strip per applicable control, evidenced periods against gaps. */
export function timelineSection(ctx: SectionContext, number: string): Content[] {
  const { assessment, score, coverage } = ctx.data;
  const windowStart = assessment.windowStart;
  const asOf = score.asOf;
  if (!windowStart || !asOf) return [];
  const start = dayOf(windowStart);
  const end = Math.max(start, dayOf(assessment.windowEnd ?? asOf));
  const scale: Scale = { start, end, x: (day) => (STRIP_WIDTH * (day - start)) / (end - start + 1) };
  const intro = assessment.windowEnd
    ? ctx.t('timeline.intro', {
        start: ctx.date(windowStart),
        end: ctx.date(assessment.windowEnd),
        asOf: ctx.date(asOf),
      })
    : ctx.t('timeline.introOpenEnded', { start: ctx.date(windowStart), asOf: ctx.date(asOf) });
  const heading = [sectionHeading(ctx, number, ctx.t('timeline.heading')), paragraph(intro, 'lead')];
  if (dayOf(asOf) < start) return [...heading, paragraph(ctx.t('timeline.notStarted'))];
  const byId = new Map(coverage.map((c) => [c.controlId, c]));
  const rows = ctx.data.controls.flatMap((c): TableCell[][] => {
    const entry = byId.get(c.controlId);
    if (!entry || c.status === 'not_applicable') return [];
    const note = coverageNote(ctx, entry);
    return [
      [
        {
          stack: [
            {
              text: [
                { text: c.controlId, bold: true },
                { text: `  ${ctx.ai.frequencies[entry.frequency]}`, color: COLOURS.muted, fontSize: 7.5 },
              ],
            },
            detail(clip(printable(c.displayTitle), TITLE_CHARS)),
          ],
        },
        numberCell(ctx.percent(entry.coverage)),
        { stack: [{ canvas: strip(entry, scale), margin: [0, 3, 0, 0] }, ...(note ? [detail(note)] : [])] },
      ],
    ];
  });
  if (rows.length === 0) return [...heading, paragraph(ctx.t('timeline.none'))];
  const header: TableCell[] = [
    headerCell(ctx.t('col.control')),
    headerCell(ctx.t('timeline.colCoverage'), 'right'),
    axis(ctx, scale),
  ];
  return [...heading, legend(ctx), dataTable(['*', 44, STRIP_WIDTH], [header, ...rows])];
}

import type { CanvasElement, Content, TableCell } from 'pdfmake/interfaces';
import { CHART_COLOURS } from '../../charts/readiness-by-category';
import type { CategoryScore, CriterionScore } from '../../scoring/types';
import { COLOURS, headerCell, keepTogether, numberCell, printable, zebraLayout, type SectionContext } from './common';

const BAR_WIDTH = 64;
const BAR_HEIGHT = 3.6;

function groupHeader(ctx: SectionContext, category: CategoryScore): string {
  const params = { category: ctx.category(category.id), design: ctx.percent(category.design) };
  return category.operating === null
    ? ctx.t('criteria.groupHeader', params)
    : ctx.t('criteria.groupHeaderOperating', { ...params, operating: ctx.percent(category.operating) });
}

/**
 * Design (upper bar) and operating (lower bar) readiness of one criterion side by side, on a 0–100% track:
 * the two bars differ in position and shade, so they read in greyscale.
 */
function miniBars(criterion: CriterionScore, operating: boolean): TableCell {
  const bars: Array<[number, string]> = [[criterion.design, CHART_COLOURS.design]];
  if (operating) bars.push([criterion.operating ?? 0, CHART_COLOURS.operating]);
  const canvas: CanvasElement[] = bars.flatMap(([value, colour], i): CanvasElement[] => {
    const y = 1 + i * (BAR_HEIGHT + 1.4);
    return [
      {
        type: 'rect',
        x: 0,
        y,
        w: BAR_WIDTH,
        h: BAR_HEIGHT,
        color: COLOURS.zebra,
        lineColor: COLOURS.rule,
        lineWidth: 0.3,
      },
      ...(value > 0
        ? [{ type: 'rect', x: 0, y, w: BAR_WIDTH * Math.min(1, value), h: BAR_HEIGHT, color: colour } as CanvasElement]
        : []),
    ];
  });
  return { canvas, margin: [0, operating ? 1 : 3, 0, 0] };
}

/** One table per category; its first header row names the category so it repeats on every page. */
function categoryTable(ctx: SectionContext, category: CategoryScore): Content {
  const titles = new Map(ctx.data.criteria.map((c) => [c.id, c.title]));
  const criteria = ctx.data.score.criteria.filter((c) => c.category === category.id);
  const columns = ctx.operating ? 7 : 6;
  const groupRow: TableCell[] = [
    { text: groupHeader(ctx, category), colSpan: columns, style: 'tableGroup' },
    ...Array.from({ length: columns - 1 }, (): TableCell => ''),
  ];
  const header: TableCell[] = [
    headerCell(ctx.t('col.id')),
    headerCell(ctx.t('col.criterion')),
    headerCell(ctx.t('col.designShort'), 'right'),
    ...(ctx.operating ? [headerCell(ctx.t('col.operatingShort'), 'right')] : []),
    headerCell(ctx.t('col.chart')),
    headerCell(ctx.t('col.applicableControls'), 'right'),
    headerCell(ctx.t('col.note')),
  ];
  const body = criteria.map((c): TableCell[] => [
    { text: c.id, bold: true, noWrap: true },
    printable(titles.get(c.id) ?? c.id),
    numberCell(ctx.percent(c.design)),
    ...(ctx.operating ? [numberCell(ctx.percent(c.operating ?? 0))] : []),
    miniBars(c, ctx.operating),
    numberCell(c.controls.length),
    c.unaddressed ? { text: ctx.t('marker.unaddressed'), bold: true, color: COLOURS.alert, fontSize: 7.5 } : '',
  ]);
  const widths = [32, '*', 42, ...(ctx.operating ? [48] : []), BAR_WIDTH, 38, 56];
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [groupRow, header, ...body] },
    layout: zebraLayout(2),
    style: 'table',
    margin: [0, 6, 0, 10],
  };
}

/** Categories with up to this many criteria print their table on one page rather than leave a row behind. */
const KEEP_CRITERIA = 15;

export function criteriaTables(ctx: SectionContext): Content[] {
  return ctx.data.score.categories.map((category) => {
    const table = categoryTable(ctx, category);
    return category.criteria <= KEEP_CRITERIA ? keepTogether(table) : table;
  });
}

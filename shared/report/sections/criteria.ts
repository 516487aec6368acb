import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CategoryScore } from '../../scoring/types';
import { COLOURS, headerCell, heading, numberCell, paragraph, zebraLayout, type SectionContext } from './common';

function groupHeader(ctx: SectionContext, category: CategoryScore): string {
  const params = { category: ctx.category(category.id), design: ctx.percent(category.design) };
  return category.operating === null
    ? ctx.t('criteria.groupHeader', params)
    : ctx.t('criteria.groupHeaderOperating', { ...params, operating: ctx.percent(category.operating) });
}

/** One table per category; its first header row names the category so it repeats on every page. */
function categoryTable(ctx: SectionContext, category: CategoryScore): Content {
  const titles = new Map(ctx.data.criteria.map((c) => [c.id, c.title]));
  const criteria = ctx.data.score.criteria.filter((c) => c.category === category.id);
  const columns = ctx.operating ? 6 : 5;
  const groupRow: TableCell[] = [
    { text: groupHeader(ctx, category), colSpan: columns, style: 'tableGroup' },
    ...Array.from({ length: columns - 1 }, (): TableCell => ''),
  ];
  const header: TableCell[] = [
    headerCell(ctx.t('col.id')),
    headerCell(ctx.t('col.criterion')),
    headerCell(ctx.t('col.designShort'), 'right'),
    ...(ctx.operating ? [headerCell(ctx.t('col.operatingShort'), 'right')] : []),
    headerCell(ctx.t('col.applicableControls'), 'right'),
    headerCell(ctx.t('col.note')),
  ];
  const body = criteria.map((c): TableCell[] => [
    { text: c.id, bold: true, noWrap: true },
    titles.get(c.id) ?? c.id,
    numberCell(ctx.percent(c.design)),
    ...(ctx.operating ? [numberCell(ctx.percent(c.operating ?? 0))] : []),
    numberCell(c.controls.length),
    c.unaddressed ? { text: ctx.t('marker.unaddressed'), bold: true, color: COLOURS.alert } : '',
  ]);
  const widths = [32, '*', 46, ...(ctx.operating ? [52] : []), 80, 60];
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [groupRow, header, ...body] },
    layout: zebraLayout(2),
    style: 'table',
    margin: [0, 6, 0, 10],
  };
}

export function criteriaSection(ctx: SectionContext): Content[] {
  return [
    heading(ctx.t('criteria.heading'), 1, { margin: [0, 22, 0, 8] }),
    paragraph(ctx.t('criteria.intro'), 'lead'),
    ...ctx.data.score.categories.map((category) => categoryTable(ctx, category)),
  ];
}

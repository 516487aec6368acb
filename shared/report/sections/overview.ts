import type { Content, TableCell } from 'pdfmake/interfaces';
import { readinessChartData } from '../../charts/readiness-by-category';
import { CATEGORY_KEYS, CONTROL_STATUSES } from '../../domain';
import type { CategoryScore, OverallScore } from '../../scoring/types';
import { readinessChart } from './chart';
import { keyFigures } from './cover';
import { headerCell, heading, numberCell, paragraph, zebraLayout, type SectionContext } from './common';

export function scopeSection(ctx: SectionContext): Content[] {
  const { score, assessment } = ctx.data;
  const inScope = score.controls.filter((c) => c.criteria.length > 0);
  const outOfScope = CATEGORY_KEYS.filter((k) => !assessment.categories.includes(k)).map(ctx.category);
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.category')),
      headerCell(ctx.t('col.criteria'), 'right'),
      headerCell(ctx.t('col.controls'), 'right'),
    ],
    ...score.categories.map((c): TableCell[] => [ctx.category(c.id), numberCell(c.criteria), numberCell(c.controls)]),
  ];
  return [
    heading(ctx.t('scope.heading')),
    paragraph(ctx.t('scope.intro'), 'lead'),
    {
      table: { headerRows: 1, widths: ['*', 90, 90], body },
      layout: zebraLayout(1),
      style: 'table',
      margin: [0, 4, 0, 8],
    },
    paragraph(
      ctx.t('scope.totals', {
        criteria: score.overall.criteria,
        controls: inScope.length,
        key: inScope.filter((c) => c.key).length,
      }),
    ),
    paragraph(
      outOfScope.length > 0
        ? ctx.t('scope.notInScope', { categories: outOfScope.join(', ') })
        : ctx.t('scope.allInScope'),
    ),
  ];
}

type Row = CategoryScore | OverallScore;

function readinessTable(ctx: SectionContext, rows: readonly Row[]): Content {
  const header: TableCell[] = [
    headerCell(ctx.t('col.category')),
    headerCell(ctx.t('col.design'), 'right'),
    ...(ctx.operating ? [headerCell(ctx.t('col.operating'), 'right')] : []),
    headerCell(ctx.t('col.criteria'), 'right'),
    headerCell(ctx.t('col.unaddressed'), 'right'),
    headerCell(ctx.t('col.controls'), 'right'),
  ];
  const body = rows.map((r): TableCell[] => {
    const total = r.id === 'overall';
    return [
      { text: ctx.category(r.id), bold: total },
      numberCell(ctx.percent(r.design), true),
      ...(ctx.operating ? [numberCell(ctx.percent(r.operating ?? 0), true)] : []),
      numberCell(r.criteria, total),
      numberCell(r.unaddressedCriteria, total),
      numberCell(r.controls, total),
    ];
  });
  const widths = ['*', 80, ...(ctx.operating ? [88] : []), 60, 70, 60];
  return {
    table: { headerRows: 1, widths, body: [header, ...body] },
    layout: zebraLayout(1),
    style: 'table',
    margin: [0, 4, 0, 10],
  };
}

function statusTable(ctx: SectionContext, rows: readonly Row[]): Content {
  const header: TableCell[] = [
    headerCell(ctx.t('col.category')),
    ...CONTROL_STATUSES.map((s) => headerCell(ctx.status(s), 'right')),
    headerCell(ctx.t('col.total'), 'right'),
  ];
  const body = rows.map((r): TableCell[] => {
    const total = r.id === 'overall';
    return [
      { text: ctx.category(r.id), bold: total },
      ...CONTROL_STATUSES.map((s) => numberCell(r.controlsByStatus[s], total)),
      numberCell(r.controls, true),
    ];
  });
  return {
    table: { headerRows: 1, widths: ['*', 58, 72, 38, 62, 68, 36], body: [header, ...body] },
    layout: zebraLayout(1),
    style: 'table',
    margin: [0, 4, 0, 6],
  };
}

export function overviewSection(ctx: SectionContext): Content[] {
  const { score, assessment } = ctx.data;
  const chartData = readinessChartData(score, ctx.category);
  const rows: Row[] = [...score.categories, score.overall];
  const designOnlyNote =
    assessment.reportType === 'II' ? ctx.t('readiness.operatingPending') : ctx.t('readiness.designOnlyTypeOne');
  return [
    heading(ctx.t('readiness.heading'), 1, { margin: [0, 22, 0, 8] }),
    keyFigures(ctx, [0, 2, 0, 10]),
    ...(ctx.operating ? [] : [paragraph(designOnlyNote, 'note')]),
    heading(ctx.t(ctx.operating ? 'readiness.chartCaptionOperating' : 'readiness.chartCaption'), 3),
    readinessChart(chartData, {
      design: ctx.t('col.design'),
      operating: ctx.t('col.operating'),
      value: (percent) => ctx.percent(percent / 100),
    }),
    heading(ctx.t('readiness.tableCaption'), 3),
    readinessTable(ctx, rows),
    heading(ctx.t('readiness.statusCaption'), 3),
    statusTable(ctx, rows),
    paragraph(ctx.t('readiness.countingNote'), 'small'),
  ];
}

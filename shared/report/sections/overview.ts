import type { Content, TableCell } from 'pdfmake/interfaces';
import { readinessChartData } from '../../charts/readiness-by-category';
import { CONTROL_STATUSES } from '../../domain';
import type { CategoryScore, OverallScore } from '../../scoring/types';
import { readinessChart } from './chart';
import { criteriaTables } from './criteria';
import {
  headerCell,
  heading,
  keepTogether,
  numberCell,
  paragraph,
  sectionHeading,
  subHeading,
  zebraLayout,
  type SectionContext,
} from './common';
import { trendBlock } from './trend';

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

/** Section 3: readiness per category (chart and tables), the trend across snapshots, and per criterion. */
export function readinessSection(ctx: SectionContext, number: string): Content[] {
  const { score, assessment } = ctx.data;
  const chartData = readinessChartData(score, ctx.category);
  const rows: Row[] = [...score.categories, score.overall];
  const designOnlyNote =
    assessment.reportType === 'II' ? ctx.t('readiness.operatingPending') : ctx.t('readiness.designOnlyTypeOne');
  // The trend's heading travels inside its unbreakable block, so it never stays behind without its chart.
  const trend = trendBlock(ctx, {
    text: ctx.t('heading.numbered', { number: `${number}.1`, title: ctx.t('readiness.trendCaption') }),
    style: 'h2',
  });
  const criteriaNumber = `${number}.${trend ? 2 : 1}`;
  return [
    sectionHeading(ctx, number, ctx.t('readiness.heading')),
    ...(ctx.operating ? [] : [paragraph(designOnlyNote, 'note')]),
    keepTogether(
      heading(ctx.t(ctx.operating ? 'readiness.chartCaptionOperating' : 'readiness.chartCaption'), 3),
      readinessChart(chartData, {
        design: ctx.t('col.design'),
        operating: ctx.t('col.operating'),
        value: (percent) => ctx.percent(percent / 100),
      }),
    ),
    keepTogether(heading(ctx.t('readiness.tableCaption'), 3), readinessTable(ctx, rows)),
    keepTogether(
      heading(ctx.t('readiness.statusCaption'), 3),
      statusTable(ctx, rows),
      paragraph(ctx.t('readiness.countingNote'), 'small'),
    ),
    ...(trend ? [trend] : []),
    subHeading(ctx, criteriaNumber, ctx.t('criteria.heading'), true),
    paragraph(ctx.t('criteria.intro'), 'lead'),
    ...criteriaTables(ctx),
  ];
}

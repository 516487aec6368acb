import type { Content, Margins, TableCell } from 'pdfmake/interfaces';
import { COLOURS, formatTimestamp, type SectionContext } from './common';
import { verdictBadge } from './verdict-badge';

function windowText(ctx: SectionContext): string {
  const { assessment } = ctx.data;
  if (assessment.reportType === 'I') return ctx.t('cover.windowTypeOne');
  if (!assessment.windowStart) return ctx.t('cover.notSet');
  const start = ctx.date(assessment.windowStart);
  if (!assessment.windowEnd) return ctx.t('cover.windowOpenEnded', { start });
  return ctx.t('cover.windowRange', { start, end: ctx.date(assessment.windowEnd) });
}

/** The headline figures, as a row of panels; shared by the cover and the readiness overview. */
export function keyFigures(ctx: SectionContext, margin: Margins, compact = false): Content {
  const { overall } = ctx.data.score;
  const panels: Array<[string, string]> = [[ctx.t('stat.overallDesign'), ctx.percent(overall.design)]];
  if (overall.operating !== null) panels.push([ctx.t('stat.overallOperating'), ctx.percent(overall.operating)]);
  panels.push(
    [ctx.t('stat.unaddressed'), ctx.t('stat.ofTotal', { count: overall.unaddressedCriteria, total: overall.criteria })],
    [ctx.t('stat.unassessed'), ctx.t('stat.ofTotal', { count: overall.unassessedControls, total: overall.controls })],
  );
  const cells: TableCell[] = panels.map(([label, value], i) => ({
    stack: [
      {
        text: value,
        fontSize: (i === 0 ? 20 : 15) - (compact ? 3 : 0),
        bold: true,
        color: i === 0 ? COLOURS.accent : COLOURS.text,
      },
      { text: label, fontSize: compact ? 7.5 : 8, color: COLOURS.muted, margin: [0, 2, 0, 0] },
    ],
  }));
  return {
    margin,
    table: { widths: panels.map(() => '*'), body: [cells] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i, node) => (i === 0 || i === node.table.widths?.length ? 0 : 6),
      vLineColor: () => '#FFFFFF',
      fillColor: () => COLOURS.panel,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => (compact ? 6 : 9),
      paddingBottom: () => (compact ? 6 : 9),
    },
  };
}

/**
 * The line that says this PDF left an encrypted workspace unencrypted: on the cover, or at the top of the
 * first page when the cover is not printed. Framed in the alert colour so it is seen, in print too.
 */
export function unencryptedNotice(ctx: SectionContext, margin: Margins): Content {
  const rule = () => COLOURS.alert;
  return {
    margin,
    table: {
      widths: ['*'],
      body: [[{ text: ctx.t('cover.unencrypted'), bold: true, color: COLOURS.alert, fontSize: 9 }]],
    },
    layout: {
      hLineWidth: () => 0.8,
      vLineWidth: () => 0.8,
      hLineColor: rule,
      vLineColor: rule,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
  };
}

export function coverSection(ctx: SectionContext): Content[] {
  const { assessment } = ctx.data;
  const rows: Array<[string, string]> = [
    [ctx.t('cover.organisation'), assessment.organisation],
    [ctx.t('cover.system'), assessment.systemName],
    [ctx.t('cover.reportType'), ctx.t(`reportType.${assessment.reportType}`)],
    [ctx.t('cover.window'), windowText(ctx)],
    [ctx.t('cover.reviewDate'), assessment.reviewDate ? ctx.date(assessment.reviewDate) : ctx.t('cover.notSet')],
    [
      ctx.t('cover.assessors'),
      assessment.assessors.length > 0 ? assessment.assessors.join(', ') : ctx.t('cover.noAssessors'),
    ],
    [ctx.t('cover.generated'), formatTimestamp(ctx, ctx.data.generatedAt)],
    [ctx.t('cover.catalogVersion'), ctx.data.catalogVersion],
    [ctx.t('cover.appVersion'), ctx.data.appVersion],
    [ctx.t('cover.assessmentId'), assessment.id],
  ];
  return [
    {
      text: ctx.t('cover.kicker').toUpperCase(),
      fontSize: 9,
      bold: true,
      color: COLOURS.accent,
      characterSpacing: 1,
      margin: [0, 50, 0, 6],
    },
    {
      text: ctx.t(ctx.data.options.summaryOnly ? 'cover.titleSummary' : 'cover.title'),
      fontSize: ctx.data.options.summaryOnly ? 24 : 30,
      bold: true,
      color: COLOURS.text,
    },
    { text: assessment.organisation, fontSize: 16, color: COLOURS.text, margin: [0, 10, 0, 0] },
    { text: assessment.systemName, fontSize: 12, color: COLOURS.muted, margin: [0, 2, 0, 0] },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 60, y2: 0, lineWidth: 2.5, lineColor: COLOURS.accent }],
      margin: [0, 22, 0, 22],
    },
    ...(ctx.data.fromEncryptedWorkspace ? [unencryptedNotice(ctx, [0, 0, 0, 16])] : []),
    {
      table: {
        widths: [150, '*'],
        body: rows.map(([label, value]): TableCell[] => [
          { text: label, color: COLOURS.muted },
          { text: value, color: COLOURS.text },
        ]),
      },
      layout: {
        hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
        vLineWidth: () => 0,
        hLineColor: () => COLOURS.rule,
        paddingTop: () => 5,
        paddingBottom: () => 5,
        paddingLeft: () => 0,
        paddingRight: () => 8,
      },
      fontSize: 10,
    },
    keyFigures(ctx, [0, 26, 0, 0]),
    verdictBadge(ctx, ctx.t('cover.verdict'), [0, 10, 0, 0]),
    { text: ctx.t('cover.notice'), style: 'small', margin: [0, 24, 0, 0] },
  ];
}

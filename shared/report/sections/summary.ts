import type { Content } from 'pdfmake/interfaces';
import { CONCLUSIONS } from '../../sampling/conclude';
import type { VerdictReason } from '../verdict';
import {
  COLOURS,
  keepTogether,
  ownerLabel,
  paragraph,
  printable,
  sectionHeading,
  subHeading,
  type SectionContext,
} from './common';
import { keyFigures } from './cover';
import { gapTable } from './gap-table';
import { verdictBadge } from './verdict-badge';

function reasonText(ctx: SectionContext, reason: VerdictReason): string {
  switch (reason.code) {
    case 'design_below':
    case 'operating_below':
      return ctx.t(`reason.${reason.code}`, {
        value: ctx.percent(reason.value),
        threshold: ctx.percent(reason.threshold),
      });
    case 'unaddressed_share_above':
      return ctx.t('reason.unaddressed_share_above', {
        count: reason.count,
        total: reason.total,
        threshold: ctx.percent(reason.threshold),
      });
    case 'critical_findings_at_least':
      return ctx.t('reason.critical_findings_at_least', { count: reason.count, threshold: reason.threshold });
    default:
      return ctx.t(`reason.${reason.code}`, { count: reason.count });
  }
}

function verdictBlock(ctx: SectionContext): Content[] {
  const { verdict, reasons } = ctx.verdict;
  const lead =
    verdict === 'not_ready'
      ? ctx.t('summary.reasonsNotReady')
      : verdict === 'ready_with_gaps'
        ? ctx.t('summary.reasonsGaps')
        : ctx.t('summary.reasonsNone');
  return [
    verdictBadge(ctx, ctx.t('cover.verdict'), [0, 0, 0, 6]),
    paragraph(lead, 'lead'),
    ...(reasons.length > 0
      ? [{ ul: reasons.map((r) => reasonText(ctx, r)), style: 'body', margin: [8, 0, 0, 2] } as Content]
      : []),
    paragraph(ctx.t('summary.verdictRule'), 'small'),
  ];
}

function trendSummary(ctx: SectionContext): Content {
  const last = ctx.data.snapshots.at(-1);
  if (!last) return paragraph(ctx.t('summary.trendNone'));
  const { overall } = ctx.data.score;
  const label = last.reviewId !== null ? ctx.t('summary.reviewHeading') : printable(last.label);
  const lines = [
    ctx.t('summary.trendDesign', {
      from: ctx.percent(last.design),
      to: ctx.percent(overall.design),
      delta: ctx.points(overall.design - last.design),
    }),
  ];
  if (overall.operating !== null) {
    lines.push(
      last.operating === null
        ? ctx.t('summary.trendOperatingNew', { to: ctx.percent(overall.operating) })
        : ctx.t('summary.trendOperating', {
            from: ctx.percent(last.operating),
            to: ctx.percent(overall.operating),
            delta: ctx.points(overall.operating - last.operating),
          }),
    );
  }
  return {
    stack: [
      paragraph(ctx.t('summary.trendSince', { label, date: ctx.date(last.asOf) }), 'lead'),
      { ul: lines, style: 'body', margin: [8, 0, 0, 6] },
    ],
  };
}

function reviewBlock(ctx: SectionContext): Content {
  const { assessment, review } = ctx.data;
  if (assessment.reportType === 'I') return paragraph(ctx.t('summary.reviewTypeOne'));
  if (!review) {
    return paragraph(
      assessment.reviewDate
        ? ctx.t('summary.reviewNone', { date: ctx.date(assessment.reviewDate) })
        : ctx.t('summary.reviewNoneNoDate'),
    );
  }
  const { totals } = review;
  const params = {
    asOf: ctx.date(review.asOf),
    controls: totals.controls,
    items: totals.items,
    tested: totals.tested,
    exceptions: totals.exceptions,
  };
  const text =
    review.status === 'completed'
      ? ctx.t('summary.reviewCompleted', {
          ...params,
          date: ctx.date((review.completedAt ?? review.asOf).slice(0, 10)),
        })
      : ctx.t('summary.reviewOpen', { ...params, date: ctx.date(review.startedAt.slice(0, 10)) });
  const counts = CONCLUSIONS.map((c) => [c, review.controls.filter((r) => r.conclusion === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${ctx.t(`conclusion.${c}`)} ${n}`);
  return paragraph(counts.length > 0 ? `${text} ${ctx.t('summary.conclusions', { list: counts.join(', ') })}` : text);
}

function remediationBlock(ctx: SectionContext): Content {
  const plan = ctx.data.remediation;
  if (plan.length === 0) return paragraph(ctx.t('summary.remediationNone'));
  const count = (status: string) => plan.filter((i) => i.status === status).length;
  const next = plan.filter((i) => i.status !== 'done').slice(0, 3);
  return {
    stack: [
      paragraph(
        ctx.t('summary.remediationCounts', {
          total: plan.length,
          open: count('open'),
          inProgress: count('in_progress'),
          done: count('done'),
          overdue: plan.filter((i) => i.overdue).length,
        }),
      ),
      ...(next.length > 0
        ? [
            paragraph(ctx.t('summary.remediationNext'), 'lead'),
            {
              ul: next.map((item) => ({
                text: [
                  { text: printable(item.action), bold: true },
                  ` — ${ownerLabel(ctx, item.ownerName, item.ownerFunction)}, ${
                    item.dueDate ? ctx.date(item.dueDate) : ctx.t('remediation.noDue')
                  }`,
                  ...(item.overdue
                    ? [{ text: `  ${ctx.t('remediation.overdue')}`, bold: true, color: COLOURS.alert }]
                    : []),
                ],
              })),
              style: 'body',
              margin: [8, 0, 0, 6],
            } as Content,
          ]
        : []),
    ],
  };
}

/** Section 1: the verdict, the headline figures, the trend, the top five, the review and the remediation headline. */
export function summarySection(ctx: SectionContext, number: string): Content[] {
  const { score } = ctx.data;
  const topFive = ctx.data.findings.topFive;
  return [
    sectionHeading(ctx, number, ctx.t('summary.heading')),
    ...verdictBlock(ctx),
    keyFigures(ctx, [0, 4, 0, 2], true),
    ...(score.asOf ? [paragraph(ctx.t('summary.measuredAsOf', { date: ctx.date(score.asOf) }), 'small')] : []),
    // The trend and the review are short: side by side, they leave the summary room to fit one page.
    {
      unbreakable: true,
      columnGap: 18,
      columns: [
        { width: '*', stack: [subHeading(ctx, `${number}.1`, ctx.t('summary.trendHeading')), trendSummary(ctx)] },
        { width: '*', stack: [subHeading(ctx, `${number}.2`, ctx.t('summary.reviewHeading')), reviewBlock(ctx)] },
      ],
    },
    keepTogether(
      subHeading(ctx, `${number}.3`, ctx.t('summary.topFiveHeading')),
      ...(topFive.length === 0
        ? [paragraph(ctx.t('summary.topFiveNone'))]
        : [paragraph(ctx.t('summary.topFiveIntro'), 'lead'), gapTable(ctx, topFive, undefined, true)]),
    ),
    keepTogether(subHeading(ctx, `${number}.4`, ctx.t('summary.remediationHeading')), remediationBlock(ctx)),
  ];
}

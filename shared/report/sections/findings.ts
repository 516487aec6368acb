import type { Content, TableCell } from 'pdfmake/interfaces';
import { SEVERITIES, type FindingView } from '../../rules/types';
import {
  dataTable,
  detail,
  headerCell,
  keepTogether,
  paragraph,
  printable,
  sectionHeading,
  subHeading,
  type SectionContext,
} from './common';
import { gapTable, recordList, severityCell } from './gap-table';

/** Ranked gaps printed in full; the rest are counted. */
export const MAX_RANKED_GAPS = 60;
/** Longer lists start on a new page instead of being kept on one page with their heading. */
const KEEP_MUTED = 6;
const KEEP_RANKED = 12;

function findingCell(ctx: SectionContext, f: FindingView): TableCell {
  return {
    stack: [
      { text: printable(f.title), bold: true },
      { text: printable(f.explanation), margin: [0, 1, 0, 0] },
      detail(ctx.t('findings.concerns', { list: recordList(ctx, f.records) })),
      ...(f.criteria.length > 0 ? [detail(ctx.t('findings.criteria', { list: f.criteria.join(', ') }))] : []),
    ],
  };
}

function openTable(ctx: SectionContext, findings: readonly FindingView[]): Content {
  if (findings.length === 0) return paragraph(ctx.t('findings.openNone'));
  const body: TableCell[][] = [
    [headerCell(ctx.t('col.severity')), headerCell(ctx.t('col.rule')), headerCell(ctx.t('col.finding'))],
    ...findings.map((f): TableCell[] => [
      severityCell(ctx, f.severity),
      { text: f.ruleId, noWrap: true },
      findingCell(ctx, f),
    ]),
  ];
  return dataTable([52, 50, '*'], body);
}

function mutedTable(ctx: SectionContext, findings: readonly FindingView[]): Content {
  if (findings.length === 0) return paragraph(ctx.t('findings.mutedNone'));
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.severity')),
      headerCell(ctx.t('col.rule')),
      headerCell(ctx.t('col.finding')),
      headerCell(ctx.t('col.justification')),
    ],
    ...findings.map((f): TableCell[] => [
      severityCell(ctx, f.severity),
      { text: f.ruleId, noWrap: true },
      {
        stack: [
          { text: printable(f.title), bold: true },
          detail(ctx.t('findings.concerns', { list: recordList(ctx, f.records) })),
        ],
      },
      {
        stack: [
          { text: printable(f.muted?.justification ?? '') },
          detail(ctx.t('findings.mutedOn', { date: ctx.date((f.muted?.mutedAt ?? '').slice(0, 10)) })),
        ],
      },
    ]),
  ];
  return dataTable([52, 50, '*', 170], body);
}

/** Section 6: open findings, muted findings with their justification, and every gap in ranked order. */
export function findingsSection(ctx: SectionContext, number: string): Content[] {
  const { findings, gaps, topFive, asOf } = ctx.data.findings;
  // Most severe first; within a severity, the rule order of the engine.
  const open = findings
    .filter((f) => f.muted === null)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const muted = findings.filter((f) => f.muted !== null);
  const shown = gaps.slice(0, MAX_RANKED_GAPS);
  const mutedTitle = subHeading(ctx, `${number}.2`, ctx.t('findings.mutedHeading'), muted.length > KEEP_MUTED);
  const rankedTitle = subHeading(ctx, `${number}.3`, ctx.t('findings.rankedHeading'), shown.length > KEEP_RANKED);
  const ranked = [
    paragraph(ctx.t('findings.rankedIntro'), 'lead'),
    gapTable(ctx, shown, new Set(topFive.map((g) => g.key))),
  ];
  return [
    sectionHeading(ctx, number, ctx.t('findings.heading')),
    paragraph(ctx.t('findings.intro', { date: ctx.date(asOf) }), 'lead'),
    subHeading(ctx, `${number}.1`, ctx.t('findings.openHeading')),
    openTable(ctx, open),
    ...(muted.length > KEEP_MUTED
      ? [mutedTitle, mutedTable(ctx, muted)]
      : [keepTogether(mutedTitle, mutedTable(ctx, muted))]),
    ...(shown.length > KEEP_RANKED ? [rankedTitle, ...ranked] : [keepTogether(rankedTitle, ...ranked)]),
    ...(gaps.length > shown.length
      ? [paragraph(ctx.t('findings.rankedMore', { count: gaps.length - shown.length }), 'note')]
      : []),
  ];
}

import type { TableCell } from 'pdfmake/interfaces';
import type { RankedGap } from '../../rules/rank';
import { RECORD_TYPES, type RecordRef, type Severity } from '../../rules/types';
import { COLOURS, dataTable, detail, headerCell, numberCell, printable, type SectionContext } from './common';

/** Tint per severity, darkest for critical; the severity is always printed in words as well. */
export const SEVERITY_FILLS: Record<Severity, string> = {
  critical: '#E8C4C4',
  high: '#F3DCC8',
  medium: '#F4EBCB',
  low: '#E6EBF0',
};

export function severityCell(ctx: SectionContext, severity: Severity): TableCell {
  return {
    text: ctx.t(`severity.${severity}`),
    fillColor: SEVERITY_FILLS[severity],
    bold: severity === 'critical' || severity === 'high',
    noWrap: true,
  };
}

function recordName(ctx: SectionContext, record: RecordRef): string {
  if (record.type === 'vendor') return ctx.data.vendors.find((v) => v.id === record.id)?.name ?? record.id;
  if (record.type === 'component') return ctx.data.boundary.find((c) => c.id === record.id)?.name ?? record.id;
  return record.id;
}

/**
 * The records a finding names, grouped by kind: `controls AI-DAT-01, AI-DAT-06; vendor VectorVault`; at most
 * `max` names per kind, then `…`.
 */
export function recordList(ctx: SectionContext, records: readonly RecordRef[], max = 8): string {
  const sep = ctx.t('common.listSeparator');
  return RECORD_TYPES.flatMap((type) => {
    const names = records.filter((r) => r.type === type).map((r) => recordName(ctx, r));
    if (names.length === 0) return [];
    if (type === 'assessment') return [ctx.t('record.assessment')];
    const list = names.slice(0, max).join(sep) + (names.length > max ? `${sep}…` : '');
    return [ctx.t(names.length === 1 ? `record.${type}` : `records.${type}`, { list })];
  }).join('; ');
}

function gapDetails(ctx: SectionContext, gap: RankedGap, withCriteria: boolean): string[] {
  const titles = new Map(ctx.data.controls.map((c) => [c.controlId, c.displayTitle]));
  const lines: string[] = [];
  if (gap.source === 'control') {
    const control = gap.records[0];
    const title = control ? titles.get(control.id) : undefined;
    if (title) lines.push(printable(title));
  } else if (gap.source === 'finding') {
    lines.push(ctx.t('findings.concerns', { list: recordList(ctx, gap.records) }));
  }
  if (withCriteria && gap.criteria.length > 0)
    lines.push(ctx.t('findings.criteria', { list: gap.criteria.join(', ') }));
  return lines;
}

/**
 * Ranked gaps as a table: rank, severity, the gap with what it concerns (and, unless `brief`, the criteria
 * it touches), and its score.
 */
export function gapTable(
  ctx: SectionContext,
  gaps: readonly RankedGap[],
  topFive?: ReadonlySet<string>,
  brief = false,
) {
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.rank'), 'right'),
      headerCell(ctx.t('col.severity')),
      headerCell(ctx.t('col.gap')),
      headerCell(ctx.t('col.score'), 'right'),
    ],
    ...gaps.map((gap): TableCell[] => [
      numberCell(gap.rank, true),
      severityCell(ctx, gap.severity),
      {
        stack: [
          {
            text: [
              { text: printable(gap.title), bold: true },
              ...(topFive?.has(gap.key)
                ? [{ text: `  ${ctx.t('findings.topFive')}`, color: COLOURS.accent, bold: true, fontSize: 7.5 }]
                : []),
            ],
          },
          ...gapDetails(ctx, gap, !brief).map((line) => detail(line)),
        ],
      },
      numberCell(gap.score),
    ]),
  ];
  return dataTable([30, 52, '*', 34], body);
}

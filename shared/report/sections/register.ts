import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ControlCoverageEntry } from '../../coverage/assessment';
import type { ControlStatus, EvidenceItem } from '../../domain';
import type { ControlReview } from '../../review/types';
import type { ReportData } from '../types';
import {
  COLOURS,
  dataTable,
  headerCell,
  ownerLabel,
  paragraph,
  printable,
  sectionHeading,
  shortHash,
  type SectionContext,
} from './common';

type ReportControl = ReportData['controls'][number];

/** Evidence lines printed per control before "… and N more". */
export const MAX_EVIDENCE_LINES = 12;

/** Ink per status; the status is always printed in words. */
export const STATUS_INK: Record<ControlStatus, string> = {
  implemented: '#1E6B47',
  partial: '#7A4A00',
  not_implemented: COLOURS.alert,
  not_assessed: COLOURS.muted,
  not_applicable: COLOURS.muted,
};

export function evidenceByControl(evidence: readonly EvidenceItem[]): Map<string, EvidenceItem[]> {
  const map = new Map<string, EvidenceItem[]>();
  for (const item of evidence) {
    for (const id of item.controlIds) {
      const list = map.get(id);
      if (list) list.push(item);
      else map.set(id, [item]);
    }
  }
  return map;
}

export function periodText(ctx: SectionContext, from: string, to: string): string {
  return from === to
    ? ctx.t('register.sameDay', { date: ctx.date(from) })
    : ctx.t('register.period', { from: ctx.date(from), to: ctx.date(to) });
}

/*
 * Each cell is ONE text node whose lines are inline runs separated by newlines: pdfmake's cost grows with
 * nodes more than with lines, and the register has a row for every control in scope.
 */
type Run = Array<string | { text: string; bold?: boolean; color?: string; fontSize?: number }>;
const SMALL = { fontSize: 7.5, color: COLOURS.muted } as const;

function controlCell(ctx: SectionContext, c: ReportControl, criteria: readonly string[]): TableCell {
  const runs: Run = [
    { text: c.controlId, bold: true },
    ...(c.isKey ? [{ text: `  ${ctx.t('key.yes')}`, bold: true, color: COLOURS.accent, fontSize: 7.5 }] : []),
    `\n${printable(c.displayTitle)}\n`,
    { text: ctx.t('col.mappedCriteria', { criteria: criteria.join(', ') }), ...SMALL },
  ];
  return { text: runs };
}

function statusCell(ctx: SectionContext, c: ReportControl): TableCell {
  const justification = c.status === 'not_applicable' ? c.justification.trim() : '';
  const runs: Run = [
    { text: ctx.status(c.status), bold: true, color: STATUS_INK[c.status] },
    { text: `\n${ownerLabel(ctx, c.ownerName, c.ownerFunction)}`, fontSize: 7.5 },
    ...(justification ? [{ text: `\n${ctx.t('register.justification', { text: justification })}`, ...SMALL }] : []),
  ];
  return { text: runs };
}

function coverageCell(ctx: SectionContext, coverage?: ControlCoverageEntry, review?: ControlReview): TableCell {
  const runs: Run = [];
  if (coverage) {
    runs.push({ text: ctx.t('register.coverage', { value: ctx.percent(coverage.coverage) }), bold: true });
    if (coverage.expected > 0) {
      const units = ctx.t('register.coverageUnits', {
        evidenced: ctx.int(coverage.evidenced),
        expected: ctx.int(coverage.expected),
        unit: ctx.t(`unit.${coverage.unit}`),
      });
      runs.push({ text: `\n${units}`, ...SMALL });
    }
    if (coverage.pointInTimeOnly)
      runs.push({ text: `\n${ctx.t('register.pointInTime')}`, fontSize: 7.5, color: COLOURS.alert });
    runs.push('\n');
  }
  const conclusion = review?.conclusion;
  runs.push({
    text: conclusion ? ctx.t(`conclusion.${conclusion}`) : ctx.t('conclusion.none'),
    bold: conclusion === 'not_effective',
    color: conclusion === 'not_effective' ? COLOURS.alert : COLOURS.text,
  });
  if (review && review.tested > 0) {
    runs.push({ text: `\n${ctx.t('register.sample', { passed: review.passed, tested: review.tested })}`, ...SMALL });
  }
  return { text: runs };
}

function evidenceCell(ctx: SectionContext, items: readonly EvidenceItem[] | undefined): TableCell {
  if (!items || items.length === 0) return { text: ctx.t('register.evidenceNone'), ...SMALL };
  const shown = items.slice(0, MAX_EVIDENCE_LINES);
  const lines = shown.map(
    (e) => `${shortHash(e.sha256)}  ${printable(e.originalName)} · ${periodText(ctx, e.periodFrom, e.periodTo)}`,
  );
  if (items.length > shown.length) lines.push(ctx.t('register.evidenceMore', { count: items.length - shown.length }));
  return { text: lines.join('\n'), fontSize: 7, lineHeight: 1.15 };
}

/** Section 4: every control in scope with status, owner, coverage, review conclusion and evidence hashes. */
export function registerSection(ctx: SectionContext, number: string): Content[] {
  const { data } = ctx;
  const measured = data.coverage.length > 0 || data.review !== null;
  const criteria = new Map(data.score.controls.map((c) => [c.id, c.criteria]));
  const coverage = new Map(data.coverage.map((c) => [c.controlId, c]));
  const reviews = new Map((data.review?.controls ?? []).map((c) => [c.controlId, c]));
  const evidence = evidenceByControl(data.evidence);
  const header: TableCell[] = [
    headerCell(ctx.t('register.colControl')),
    headerCell(ctx.t('register.colStatus')),
    ...(measured ? [headerCell(ctx.t('register.colCoverage'))] : []),
    headerCell(ctx.t('register.colEvidence')),
  ];
  const rows = data.controls.map((c): TableCell[] => [
    controlCell(ctx, c, criteria.get(c.controlId) ?? c.criteria),
    statusCell(ctx, c),
    ...(measured ? [coverageCell(ctx, coverage.get(c.controlId), reviews.get(c.controlId))] : []),
    evidenceCell(ctx, evidence.get(c.controlId)),
  ]);
  const widths: Array<number | '*'> = measured ? ['*', 86, 84, 168] : ['*', 110, 190];
  return [
    sectionHeading(ctx, number, ctx.t('register.heading')),
    paragraph(ctx.t(measured ? 'register.intro' : 'register.introTypeOne'), 'lead'),
    dataTable(widths, [header, ...rows]),
  ];
}

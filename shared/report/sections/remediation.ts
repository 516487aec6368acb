import type { Content, TableCell } from 'pdfmake/interfaces';
import type { RemediationItemView, RemediationWarningCode } from '../../remediation/plan';
import { fillText } from '../../rules/strings.en';
import {
  COLOURS,
  dataTable,
  detail,
  headerCell,
  ownerLabel,
  paragraph,
  printable,
  sectionHeading,
  type SectionContext,
} from './common';
import { severityCell } from './gap-table';

/** The warning in the report's language, its dates formatted for the locale. */
function warningText(ctx: SectionContext, item: RemediationItemView, code: RemediationWarningCode): string {
  const windowEnd = ctx.data.assessment.windowEnd;
  return printable(
    fillText(ctx.ai.remediation[code], {
      dueDate: item.dueDate ? ctx.date(item.dueDate) : '',
      windowEnd: windowEnd ? ctx.date(windowEnd) : '',
    }),
  );
}

function actionCell(ctx: SectionContext, item: RemediationItemView): TableCell {
  const warnings = item.warnings.filter((w) => w.code !== 'overdue');
  return {
    stack: [
      { text: printable(item.action), bold: true },
      ...(item.controlIds.length > 0
        ? [detail(ctx.t('remediation.controls', { list: item.controlIds.join(', ') }))]
        : []),
      ...(item.findingKeys.length > 0
        ? [detail(ctx.t('remediation.findings', { count: item.findingKeys.length }))]
        : []),
      ...warnings.map((w) => detail(warningText(ctx, item, w.code), { color: COLOURS.alert })),
    ],
  };
}

function dueCell(ctx: SectionContext, item: RemediationItemView): TableCell {
  if (item.dueDate === null) return { text: ctx.t('remediation.noDue'), color: COLOURS.muted };
  if (!item.overdue) return { text: ctx.date(item.dueDate), noWrap: true };
  // Overdue: marked in words, in bold, on a tint; never by colour alone.
  return {
    stack: [
      { text: ctx.date(item.dueDate), noWrap: true, bold: true },
      { text: ctx.t('remediation.overdue'), bold: true, color: '#FFFFFF', background: COLOURS.alert, fontSize: 7.5 },
    ],
    fillColor: '#F8E4E4',
  };
}

function statusCell(ctx: SectionContext, item: RemediationItemView): TableCell {
  return {
    stack: [
      ctx.t(`remediationStatus.${item.status}`),
      ...(item.closedAt ? [detail(ctx.t('remediation.closedOn', { date: ctx.date(item.closedAt.slice(0, 10)) }))] : []),
    ],
  };
}

/** Section 9: the remediation plan in working order, overdue items flagged. */
export function remediationSection(ctx: SectionContext, number: string): Content[] {
  const plan = ctx.data.remediation;
  const head = [sectionHeading(ctx, number, ctx.t('remediation.heading'))];
  if (plan.length === 0) return [...head, paragraph(ctx.t('remediation.none'))];
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.priority')),
      headerCell(ctx.t('col.action')),
      headerCell(ctx.t('col.owner')),
      headerCell(ctx.t('col.due')),
      headerCell(ctx.t('col.status')),
    ],
    ...plan.map((item): TableCell[] => [
      severityCell(ctx, item.priority),
      actionCell(ctx, item),
      ownerLabel(ctx, item.ownerName, item.ownerFunction),
      dueCell(ctx, item),
      statusCell(ctx, item),
    ]),
  ];
  return [...head, paragraph(ctx.t('remediation.intro'), 'lead'), dataTable([52, '*', 92, 62, 58], body)];
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import { CRITERION_IDS } from '../../catalog/criteria-ids';
import type { ReportData } from '../types';
import { COLOURS, headerCell, heading, paragraph, zebraLayout, type SectionContext } from './common';

type ReportControl = ReportData['controls'][number];

const STATUS_ORDER = { not_implemented: 0, partial: 1 } as const;
const CRITERION_ORDER = new Map(CRITERION_IDS.map((id, i) => [id, i]));

function inCanonicalOrder(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => (CRITERION_ORDER.get(a) ?? Infinity) - (CRITERION_ORDER.get(b) ?? Infinity));
}

/** Gaps to fix: key controls first, then not implemented before partial, then by id (stable across runs). */
export function controlGaps(controls: readonly ReportControl[]): ReportControl[] {
  return controls
    .filter((c) => c.status === 'not_implemented' || c.status === 'partial')
    .sort((a, b) => {
      if (a.isKey !== b.isKey) return a.isKey ? -1 : 1;
      const byStatus =
        STATUS_ORDER[a.status as keyof typeof STATUS_ORDER] - STATUS_ORDER[b.status as keyof typeof STATUS_ORDER];
      if (byStatus !== 0) return byStatus;
      return a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0;
    });
}

function ownerText(ctx: SectionContext, control: ReportControl): string {
  const name = control.ownerName.trim();
  const fn = control.ownerFunction ? ctx.ownerFunction(control.ownerFunction) : null;
  if (name && fn) return ctx.t('owner.nameAndFunction', { name, function: fn });
  if (name) return name;
  if (fn) return ctx.t('owner.functionOnly', { function: fn });
  return ctx.t('owner.unassigned');
}

function unaddressedTable(ctx: SectionContext): Content {
  const unaddressed = ctx.data.score.criteria.filter((c) => c.unaddressed);
  if (unaddressed.length === 0) return paragraph(ctx.t('gaps.unaddressedNone'));
  const titles = new Map(ctx.data.criteria.map((c) => [c.id, c.title]));
  const body: TableCell[][] = [
    [headerCell(ctx.t('col.id')), headerCell(ctx.t('col.criterion')), headerCell(ctx.t('col.category'))],
    ...unaddressed.map((c): TableCell[] => [
      { text: c.id, bold: true, noWrap: true },
      titles.get(c.id) ?? c.id,
      ctx.category(c.category),
    ]),
  ];
  return {
    stack: [
      paragraph(ctx.t('gaps.unaddressedIntro'), 'lead'),
      {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [36, '*', 100], body },
        layout: zebraLayout(1),
        style: 'table',
        margin: [0, 4, 0, 10],
      },
    ],
  };
}

function controlsTable(ctx: SectionContext): Content {
  const gaps = controlGaps(ctx.data.controls);
  if (gaps.length === 0) return paragraph(ctx.t('gaps.controlsNone'));
  const inScopeCriteria = new Map(ctx.data.score.controls.map((c) => [c.id, c.criteria]));
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.control')),
      headerCell(ctx.t('col.title')),
      headerCell(ctx.t('col.status')),
      headerCell(ctx.t('col.key')),
      headerCell(ctx.t('col.owner')),
    ],
    ...gaps.map((c): TableCell[] => [
      { text: c.controlId, bold: true, noWrap: true },
      {
        stack: [
          c.displayTitle,
          {
            text: ctx.t('col.mappedCriteria', {
              criteria: inCanonicalOrder(inScopeCriteria.get(c.controlId) ?? c.criteria).join(', '),
            }),
            fontSize: 7.5,
            color: COLOURS.muted,
            margin: [0, 1, 0, 0],
          },
        ],
      },
      ctx.status(c.status),
      c.isKey ? { text: ctx.t('key.yes'), bold: true } : ctx.t('key.no'),
      ownerText(ctx, c),
    ]),
  ];
  return {
    stack: [
      paragraph(ctx.t('gaps.controlsIntro'), 'lead'),
      {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [58, '*', 76, 30, 110], body },
        layout: zebraLayout(1),
        style: 'table',
        margin: [0, 4, 0, 8],
      },
    ],
  };
}

export function gapsSection(ctx: SectionContext): Content[] {
  const { overall } = ctx.data.score;
  return [
    heading(ctx.t('gaps.heading'), 1, { margin: [0, 22, 0, 8] }),
    heading(ctx.t('gaps.unaddressedHeading'), 2),
    unaddressedTable(ctx),
    heading(ctx.t('gaps.controlsHeading'), 2),
    controlsTable(ctx),
    ...(overall.unassessedControls > 0
      ? [
          paragraph(
            ctx.t('gaps.unassessedNote', { count: overall.unassessedControls, total: overall.controls }),
            'note',
          ),
        ]
      : []),
  ];
}

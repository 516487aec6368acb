import type { Content, TableCell } from 'pdfmake/interfaces';
import { OWNER_FUNCTIONS, type PipelineStage } from '../../domain';
import type { OwnershipFlag } from '../../ownership/matrix';
import {
  dataTable,
  headerCell,
  keepTogether,
  numberCell,
  paragraph,
  printable,
  sectionHeading,
  subHeading,
  upperFirst,
  zebraLayout,
  type SectionContext,
} from './common';

/** Owner tables and flag lists up to this long are kept on one page with their heading. */
const KEEP_ROWS = 18;

/** Blue ramp for named owners, red ramp for controls without an owner; the count is always printed. */
function shade(count: number, max: number, hue: 'blue' | 'red'): { fill: string | null; ink: string } {
  if (count === 0) return { fill: null, ink: '#9AA5B1' };
  const level = Math.min(1, count / Math.max(1, max));
  const [r, g, b] = hue === 'blue' ? [47, 93, 138] : [138, 28, 28];
  const mix = (c: number) => Math.round(255 - (255 - c) * (0.15 + 0.85 * level));
  const fill = `#${[mix(r), mix(g), mix(b)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return { fill, ink: level > 0.55 ? '#FFFFFF' : '#1F2933' };
}

function heatCell(count: number, max: number, hue: 'blue' | 'red'): TableCell {
  const { fill, ink } = shade(count, max, hue);
  return {
    text: String(count),
    alignment: 'center',
    color: ink,
    bold: count > 0,
    ...(fill ? { fillColor: fill } : {}),
  };
}

/** Nine columns share the width: smaller header text, so no word is split. */
function smallHeader(text: string): TableCell {
  return { text, style: 'tableHeader', alignment: 'center', fontSize: 7 };
}

function heatMap(ctx: SectionContext): Content {
  const { stages } = ctx.data.ownership;
  const max = Math.max(1, ...stages.flatMap((s) => [...Object.values(s.byFunction), s.unownedControlIds.length]));
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.stage')),
      ...OWNER_FUNCTIONS.map((f) => smallHeader(ctx.ownerFunction(f))),
      smallHeader(ctx.t('col.unowned')),
    ],
    ...stages.map((s): TableCell[] => [
      { text: upperFirst(ctx.ai.stages[s.stage]), bold: true },
      ...OWNER_FUNCTIONS.map((f) => heatCell(s.byFunction[f], max, 'blue')),
      heatCell(s.unownedControlIds.length, max, 'red'),
    ]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...OWNER_FUNCTIONS.map(() => 44), 46], body },
    layout: {
      ...zebraLayout(1),
      fillColor: (row: number) => (row === 0 ? '#E4EBF3' : null),
      paddingLeft: () => 3,
      paddingRight: () => 3,
    },
    style: 'table',
    margin: [0, 4, 0, 10],
  };
}

function ownersTable(ctx: SectionContext): Content {
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.owner')),
      headerCell(ctx.t('col.functions')),
      headerCell(ctx.t('col.stages')),
      headerCell(ctx.t('col.controls'), 'right'),
    ],
    ...ctx.data.ownership.owners.map((o): TableCell[] => [
      { text: printable(o.name), bold: true },
      o.functions.map((f) => ctx.ownerFunction(f)).join(', ') || ctx.t('common.dash'),
      o.stages.map((s) => ctx.ai.stages[s]).join(', '),
      numberCell(o.controlCount),
    ]),
  ];
  return dataTable([110, 110, '*', 44], body);
}

function flagLines(ctx: SectionContext, flags: readonly OwnershipFlag[]): string[] {
  const lines: string[] = [];
  const unowned = new Map<PipelineStage, string[]>();
  for (const flag of flags) {
    if (flag.kind === 'control_without_owner') {
      unowned.set(flag.stage, [...(unowned.get(flag.stage) ?? []), flag.controlId]);
    } else if (flag.kind === 'stage_without_owner') {
      lines.push(
        ctx.t('ownership.flag.stage_without_owner', {
          stage: upperFirst(ctx.ai.stages[flag.stage]),
          count: flag.controlIds.length,
        }),
      );
    } else {
      lines.push(
        ctx.t('ownership.flag.engineering_only_stage', {
          stage: upperFirst(ctx.ai.stages[flag.stage]),
          controls: flag.controlIds.join(', '),
        }),
      );
    }
  }
  for (const [stage, ids] of unowned) {
    lines.push(
      ctx.t('ownership.flag.control_without_owner', {
        stage: upperFirst(ctx.ai.stages[stage]),
        count: ids.length,
        controls: ids.join(', '),
      }),
    );
  }
  return lines;
}

/** Section 8: the ownership matrix as a heat map (stage × owner function), the owners, and the flags. */
export function ownershipSection(ctx: SectionContext, number: string): Content[] {
  const { stages, owners, flags } = ctx.data.ownership;
  const head = [sectionHeading(ctx, number, ctx.t('ownership.heading'))];
  if (stages.length === 0) return [...head, paragraph(ctx.t('ownership.none'))];
  const lines = flagLines(ctx, flags);
  const flagsTitle = subHeading(
    ctx,
    `${number}.${owners.length > 0 ? 2 : 1}`,
    ctx.t('ownership.flagsHeading'),
    lines.length > KEEP_ROWS,
  );
  const flagList: Content =
    lines.length > 0 ? { ul: lines, style: 'body', margin: [8, 0, 0, 6] } : paragraph(ctx.t('ownership.flagsNone'));
  const ownersTitle = subHeading(ctx, `${number}.1`, ctx.t('ownership.ownersHeading'), owners.length > KEEP_ROWS);
  return [
    ...head,
    paragraph(ctx.t('ownership.intro'), 'lead'),
    heatMap(ctx),
    ...(owners.length === 0
      ? []
      : owners.length > KEEP_ROWS
        ? [ownersTitle, ownersTable(ctx)]
        : [keepTogether(ownersTitle, ownersTable(ctx))]),
    ...(lines.length > KEEP_ROWS ? [flagsTitle, flagList] : [keepTogether(flagsTitle, flagList)]),
  ];
}

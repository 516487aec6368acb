import type { Content, TableCell } from 'pdfmake/interfaces';
import { buildDataFlow, renderDataFlowSvg } from '../../boundary/data-flow';
import type { BoundaryComponent } from '../../boundary/types';
import { CATEGORY_KEYS } from '../../domain';
import {
  COLOURS,
  dataTable,
  detail,
  headerCell,
  keepTogether,
  numberCell,
  paragraph,
  printable,
  sectionHeading,
  subHeading,
  upperFirst,
  type SectionContext,
} from './common';

/** Boundaries up to this many components are kept on one page with their heading. */
const KEEP_ROWS = 14;

/** Room for the data-flow diagram on its landscape page, below its heading and caption. */
const FLOW_FIT: [number, number] = [742, 390];

function scopeTable(ctx: SectionContext): Content {
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.category')),
      headerCell(ctx.t('col.criteria'), 'right'),
      headerCell(ctx.t('col.controls'), 'right'),
    ],
    ...ctx.data.score.categories.map((c): TableCell[] => [
      ctx.category(c.id),
      numberCell(c.criteria),
      numberCell(c.controls),
    ]),
  ];
  return dataTable(['*', 90, 90], body);
}

function dataClasses(ctx: SectionContext, c: BoundaryComponent): string {
  const classes = [
    c.data.personal ? ctx.t('scope.dataPersonal') : null,
    c.data.confidential ? ctx.t('scope.dataConfidential') : null,
    c.data.customer ? ctx.t('scope.dataCustomer') : null,
  ].filter((x): x is string => x !== null);
  return classes.length > 0 ? classes.join(', ') : ctx.t('scope.dataNone');
}

function paths(ctx: SectionContext, c: BoundaryComponent): string {
  const list = [
    c.onTrainingPath ? ctx.t('scope.pathTraining') : null,
    c.onInferencePath ? ctx.t('scope.pathInference') : null,
  ].filter((x): x is string => x !== null);
  return list.length > 0 ? list.join(', ') : ctx.t('scope.pathNeither');
}

function boundaryTable(ctx: SectionContext): Content {
  const body: TableCell[][] = [
    [
      headerCell(ctx.t('col.component')),
      headerCell(ctx.t('col.scope')),
      headerCell(ctx.t('col.paths')),
      headerCell(ctx.t('col.data')),
      headerCell(ctx.t('col.controls'), 'right'),
    ],
    ...ctx.data.boundary.map((c): TableCell[] => [
      {
        stack: [
          { text: printable(c.name), bold: true },
          detail(upperFirst(ctx.ai.componentKinds[c.kind])),
          ...(c.ownerName.trim() ? [detail(printable(c.ownerName))] : []),
        ],
      },
      c.inScope
        ? ctx.t('scope.componentInScope')
        : { text: ctx.t('scope.componentOutOfScope', { reason: c.scopeReason }), color: COLOURS.muted },
      paths(ctx, c),
      dataClasses(ctx, c),
      numberCell(c.controlIds.length),
    ]),
  ];
  return dataTable(['*', 130, 58, 72, 40], body);
}

/** The training and inference paths drawn by shared/boundary as one standalone SVG, embedded as vectors. */
function dataFlowPage(ctx: SectionContext, number: string): Content {
  const flow = buildDataFlow(
    ctx.data.boundary.map((c) => ({ ...c, name: printable(c.name) })),
    { clientLabel: ctx.ai.dataFlow.client },
  );
  const svg = renderDataFlowSvg(flow, { strings: ctx.ai, fontFamily: 'Roboto' });
  return {
    pageBreak: 'before',
    pageOrientation: 'landscape',
    stack: [
      subHeading(ctx, number, ctx.t('scope.flowHeading')),
      paragraph(ctx.t('scope.flowCaption'), 'small'),
      { svg, fit: FLOW_FIT, margin: [0, 6, 0, 0] },
    ],
  };
}

/** Section 2: categories and criteria in scope, the system boundary, and the data-flow diagram. */
export function scopeSection(ctx: SectionContext, number: string): Content[] {
  const { score, assessment, boundary } = ctx.data;
  const inScope = score.controls.filter((c) => c.criteria.length > 0);
  const outOfScope = CATEGORY_KEYS.filter((k) => !assessment.categories.includes(k)).map(ctx.category);
  const scope: Content[] = [
    sectionHeading(ctx, number, ctx.t('scope.heading')),
    paragraph(ctx.t('scope.intro'), 'lead'),
    scopeTable(ctx),
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
  const title = ctx.t('scope.boundaryHeading');
  if (boundary.length === 0) {
    return [...scope, keepTogether(subHeading(ctx, `${number}.1`, title), paragraph(ctx.t('scope.boundaryNone')))];
  }
  const table = [paragraph(ctx.t('scope.boundaryIntro'), 'lead'), boundaryTable(ctx)];
  return [
    ...scope,
    ...(boundary.length <= KEEP_ROWS
      ? [keepTogether(subHeading(ctx, `${number}.1`, title), ...table)]
      : [subHeading(ctx, `${number}.1`, title, true), ...table]),
    dataFlowPage(ctx, `${number}.2`),
  ];
}

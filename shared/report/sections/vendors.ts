import type { Content, TableCell } from 'pdfmake/interfaces';
import type { VendorView } from '../../vendors/staleness';
import type { ContractTerms } from '../../vendors/types';
import {
  COLOURS,
  dataTable,
  headerCell,
  keepTogether,
  paragraph,
  printable,
  sectionHeading,
  upperFirst,
  type SectionContext,
} from './common';
import { STATUS_INK } from './register';

const CONTRACT_TERMS: ReadonlyArray<keyof ContractTerms> = [
  'dataUseRestriction',
  'outputOwnership',
  'deletionAtTermination',
  'auditRights',
];

function days(ctx: SectionContext, value: number | null): string {
  if (value === null) return ctx.t('vendor.unknown');
  return value === 0 ? ctx.t('vendor.notKept') : ctx.t('vendor.days', { count: ctx.int(value) });
}

function optionalDate(ctx: SectionContext, iso: string | null): string {
  return iso ? ctx.date(iso) : ctx.t('common.dash');
}

function withSource(ctx: SectionContext, answer: string, source: string): string {
  return source.trim() ? ctx.t('vendor.withSource', { answer, source: source.trim() }) : answer;
}

function list(ctx: SectionContext, items: readonly string[]): string {
  return items.length > 0 ? items.join(ctx.t('common.listSeparator')) : ctx.t('common.none');
}

function facts(ctx: SectionContext, v: VendorView): Array<[string, string | Content]> {
  const classes = [
    v.dataSent.personal ? ctx.t('scope.dataPersonal') : null,
    v.dataSent.confidential ? ctx.t('scope.dataConfidential') : null,
    v.dataSent.customer ? ctx.t('scope.dataCustomer') : null,
  ].filter((x): x is string => x !== null);
  const report = v.soc2Report;
  const soc2 =
    report.type === 'none'
      ? ctx.t('soc2.none')
      : (report.periodEnd
          ? ctx.t('vendor.soc2Value', { type: ctx.t(`soc2.${report.type}`), date: ctx.date(report.periodEnd) })
          : ctx.t('vendor.soc2Undated', { type: ctx.t(`soc2.${report.type}`) })) +
        (report.bridgeLetter && report.bridgeLetterDate
          ? ctx.t('vendor.bridge', { date: ctx.date(report.bridgeLetterDate) })
          : '');
  const method = ctx.t(`subservice.${v.subserviceMethod}`);
  const stale = v.staleness.map((r) => ctx.ai.staleness[r]);
  return [
    [ctx.t('vendor.serviceType'), upperFirst(ctx.ai.serviceTypes[v.serviceType])],
    [ctx.t('vendor.purpose'), v.purpose.trim() || ctx.t('common.dash')],
    [
      ctx.t('vendor.models'),
      list(
        ctx,
        v.models.map((m) => (m.version ? `${m.name} (${m.version})` : m.name)),
      ),
    ],
    [ctx.t('vendor.dataSent'), list(ctx, classes)],
    [ctx.t('vendor.trainingUse'), withSource(ctx, ctx.t(`trainingUse.${v.trainingUse}`), v.trainingUseSource)],
    [
      ctx.t('vendor.retention'),
      ctx.t('vendor.retentionValue', {
        inputs: days(ctx, v.retentionInputsDays),
        outputs: days(ctx, v.retentionOutputsDays),
        assessed: ctx.t(v.retentionAssessed ? 'vendor.retentionAssessed' : 'vendor.retentionNotAssessed'),
      }) + (v.retentionNote.trim() ? ` (${v.retentionNote.trim()})` : ''),
    ],
    [
      ctx.t('vendor.dueDiligence'),
      v.aiDueDiligence
        ? v.aiDueDiligenceDate
          ? ctx.t('vendor.dueDiligenceDone', { date: ctx.date(v.aiDueDiligenceDate) })
          : ctx.t('vendor.dueDiligenceUndated')
        : ctx.t('vendor.dueDiligenceMissing'),
    ],
    [
      ctx.t('vendor.subservice'),
      v.subserviceReason.trim()
        ? ctx.t('vendor.methodWithReason', { method, reason: v.subserviceReason.trim() })
        : method,
    ],
    [ctx.t('vendor.soc2'), soc2],
    [
      ctx.t('vendor.contract'),
      ctx.t('vendor.contractValue', {
        present: list(
          ctx,
          CONTRACT_TERMS.filter((k) => v.contract[k]).map((k) => ctx.t(`contract.${k}`)),
        ),
        missing: list(
          ctx,
          CONTRACT_TERMS.filter((k) => !v.contract[k]).map((k) => ctx.t(`contract.${k}`)),
        ),
      }),
    ],
    [
      ctx.t('vendor.dates'),
      ctx.t('vendor.datesValue', {
        renewal: optionalDate(ctx, v.renewalDate),
        change: optionalDate(ctx, v.lastModelVersionChange),
        reviewed: optionalDate(ctx, v.lastReviewed),
      }),
    ],
    [
      ctx.t('vendor.status'),
      stale.length > 0
        ? { text: ctx.t('vendor.stale', { reasons: stale.join('; ') }), bold: true, color: COLOURS.alert }
        : { text: ctx.t('vendor.current'), color: STATUS_INK.implemented },
    ],
  ];
}

/** The CUECs the vendor expects from us; the table's first header row names them, so it repeats on a new page. */
function cuecTable(ctx: SectionContext, v: VendorView): Content {
  const title: TableCell[] = [{ text: ctx.t('cuec.heading'), style: 'tableGroup', colSpan: 2 }, ''];
  if (v.cuecs.length === 0) {
    return dataTable(['*', 150], [title, [{ text: ctx.t('cuec.none'), style: 'note', colSpan: 2 }, '']], {
      margin: [0, 2, 0, 14],
    });
  }
  const controls = new Map(ctx.data.controls.map((c) => [c.controlId, c]));
  const body: TableCell[][] = [
    title,
    [headerCell(ctx.t('col.cuec')), headerCell(ctx.t('col.ourControl'))],
    ...v.cuecs.map((cuec): TableCell[] => {
      const control = cuec.controlId ? controls.get(cuec.controlId) : undefined;
      return [
        printable(cuec.description),
        cuec.controlId
          ? {
              text: [
                { text: cuec.controlId, bold: true },
                ...(control ? [{ text: ` · ${ctx.status(control.status)}`, color: STATUS_INK[control.status] }] : []),
              ],
            }
          : { text: ctx.t('cuec.unmapped'), color: COLOURS.alert },
      ];
    }),
  ];
  return dataTable(['*', 150], body, { headerRows: 2, margin: [0, 2, 0, 14] });
}

/** Vendors with up to this many CUECs print on one page; longer CUEC lists follow their vendor. */
const KEEP_CUECS = 10;

function vendorBlock(ctx: SectionContext, v: VendorView): Content[] {
  const card: Content = {
    unbreakable: true,
    stack: [
      { text: printable(v.name), style: 'h3' },
      {
        table: {
          widths: [118, '*'],
          body: facts(ctx, v).map(([label, value]): TableCell[] => [
            { text: label, color: COLOURS.muted },
            typeof value === 'string' ? printable(value) : value,
          ]),
        },
        layout: {
          hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.3),
          vLineWidth: () => 0,
          hLineColor: () => COLOURS.rule,
          paddingTop: () => 2.5,
          paddingBottom: () => 2.5,
          paddingLeft: () => 0,
          paddingRight: () => 6,
        },
        style: 'table',
        margin: [0, 0, 0, 6],
      },
    ],
  };
  return v.cuecs.length <= KEEP_CUECS ? [keepTogether(card, cuecTable(ctx, v))] : [card, cuecTable(ctx, v)];
}

/** Section 7: the vendor inventory, one block per vendor with its CUECs. */
export function vendorsSection(ctx: SectionContext, number: string): Content[] {
  const head = [
    sectionHeading(ctx, number, ctx.t('vendors.heading')),
    paragraph(ctx.t('vendors.intro', { date: ctx.date(ctx.data.generatedAt.slice(0, 10)) }), 'lead'),
  ];
  if (ctx.data.vendors.length === 0) return [...head, paragraph(ctx.t('vendors.none'))];
  return [...head, ...ctx.data.vendors.flatMap((v) => vendorBlock(ctx, v))];
}

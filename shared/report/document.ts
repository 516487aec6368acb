import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COLOURS, PAGE, formatTimestamp, printable, sectionContext, type SectionContext } from './sections/common';
import { coverSection } from './sections/cover';
import { criteriaSection } from './sections/criteria';
import { gapsSection } from './sections/gaps';
import { methodologySection } from './sections/methodology';
import { overviewSection, scopeSection } from './sections/overview';
import type { ReportStrings } from './strings.en';
import type { ReportData } from './types';

/** The font family the renderer must register (assets/fonts); the document only names it. */
export const REPORT_FONT = 'Roboto';

const STYLES: TDocumentDefinitions['styles'] = {
  h1: { fontSize: 16, bold: true, color: COLOURS.accent, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, color: COLOURS.text, margin: [0, 12, 0, 6] },
  h3: { fontSize: 10, bold: true, color: COLOURS.text, margin: [0, 10, 0, 4] },
  body: { fontSize: 9.5, lineHeight: 1.25, margin: [0, 0, 0, 6] },
  /** A paragraph introducing the table below it: kept with its heading, it does not count as content. */
  lead: { fontSize: 9.5, lineHeight: 1.25, margin: [0, 0, 0, 6] },
  note: { fontSize: 9, italics: true, color: COLOURS.muted, lineHeight: 1.2, margin: [0, 0, 0, 6] },
  small: { fontSize: 8, color: COLOURS.muted, lineHeight: 1.2 },
  table: { fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 8, color: COLOURS.text },
  tableGroup: { bold: true, fontSize: 9, color: COLOURS.accent },
  furniture: { fontSize: 7.5, color: COLOURS.muted },
};

function pageFooter(ctx: SectionContext): TDocumentDefinitions['footer'] {
  const left = ctx.t('footer.text', {
    id: ctx.data.assessment.id,
    generated: formatTimestamp(ctx, ctx.data.generatedAt),
  });
  return (currentPage, pageCount) => ({
    margin: [PAGE.marginX, 22, PAGE.marginX, 0],
    stack: [
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: PAGE.width - 2 * PAGE.marginX,
            y2: 0,
            lineWidth: 0.4,
            lineColor: COLOURS.rule,
          },
        ],
      },
      {
        margin: [0, 5, 0, 0],
        columns: [
          { text: left, width: '*', style: 'furniture' },
          {
            text: ctx.t('footer.page', { page: currentPage, pages: pageCount }),
            width: 'auto',
            alignment: 'right',
            style: 'furniture',
          },
        ],
      },
    ],
  });
}

function pageHeader(ctx: SectionContext): TDocumentDefinitions['header'] {
  const text = ctx.t('header.text', {
    organisation: ctx.data.assessment.organisation,
    system: ctx.data.assessment.systemName,
  });
  return (currentPage) =>
    currentPage === 1 ? null : { text, style: 'furniture', margin: [PAGE.marginX, 30, PAGE.marginX, 0] };
}

/** Texts that do not count as content after a heading: lead-ins, table header rows, the running header and footer. */
const NOT_BODY_STYLES = new Set(['lead', 'tableHeader', 'tableGroup', 'furniture']);

function isBodyText(n: Node): boolean {
  if (typeof n.text !== 'string' || n.headlineLevel !== undefined) return false;
  return !(typeof n.style === 'string' && NOT_BODY_STYLES.has(n.style));
}

/** Room a heading needs below it for its lead-in, a table header and a first row. */
const MIN_SPACE_AFTER_HEADING = 110;

/**
 * A heading starts a new page when it sits in the last few centimetres of its page, or when nothing but
 * other headings, lead-ins or table header rows follows it there. (pdfmake reports table rows that moved on
 * to the next page at their first, abandoned position, so the space rule is what keeps tables with headings.)
 */
function isOrphanHeading(node: Node, nodes: NodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  if (PAGE.height - PAGE.marginBottom - node.startPosition.top < MIN_SPACE_AFTER_HEADING) return true;
  return !nodes.getFollowingNodesOnPage().some(isBodyText);
}

/** The texts typed by people or shipped in the catalog, with characters the font lacks replaced. */
function printableData(data: ReportData): ReportData {
  const { assessment } = data;
  return {
    ...data,
    assessment: {
      ...assessment,
      organisation: printable(assessment.organisation),
      systemName: printable(assessment.systemName),
      assessors: assessment.assessors.map(printable),
    },
    controls: data.controls.map((c) => ({
      ...c,
      displayTitle: printable(c.displayTitle),
      ownerName: printable(c.ownerName),
    })),
    criteria: data.criteria.map((c) => ({ ...c, title: printable(c.title) })),
  };
}

/**
 * The readiness report as a pdfmake document definition. Pure: the same data and strings always give
 * the same definition (the clock arrives as data.generatedAt), so main only adds fonts and renders.
 */
export function buildReportDocument(data: ReportData, strings: ReportStrings): TDocumentDefinitions {
  const ctx = sectionContext(printableData(data), strings);
  const { assessment } = ctx.data;
  const content: Content[] = [
    ...coverSection(ctx),
    ...scopeSection(ctx),
    ...overviewSection(ctx),
    ...criteriaSection(ctx),
    ...gapsSection(ctx),
    ...methodologySection(ctx),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    language: data.locale === 'fr' ? 'fr-FR' : 'en-GB',
    info: {
      title: ctx.t('meta.title', { organisation: assessment.organisation, system: assessment.systemName }),
      author: 'Fieldwork',
      subject: ctx.t('meta.subject', {
        system: assessment.systemName,
        reportType: ctx.t(`reportTypeShort.${assessment.reportType}`),
      }),
      keywords: ctx.t('meta.keywords'),
      creator: `Fieldwork ${data.appVersion}`,
      creationDate: new Date(data.generatedAt),
    },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, color: COLOURS.text },
    styles: STYLES,
    header: pageHeader(ctx),
    footer: pageFooter(ctx),
    pageBreakBefore: isOrphanHeading,
    content,
  };
}

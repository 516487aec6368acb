import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../format';
import { AI_READINESS_STRINGS_EN, type AiReadinessStrings } from '../rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../rules/strings.fr';
import type { ReportSection } from './options';
import { COLOURS, PAGE, formatTimestamp, printable, sectionContext, type SectionContext } from './sections/common';
import { coverSection, unencryptedNotice } from './sections/cover';
import { findingsSection } from './sections/findings';
import { methodologySection } from './sections/methodology';
import { ownershipSection } from './sections/ownership';
import { readinessSection } from './sections/overview';
import { registerSection } from './sections/register';
import { remediationSection } from './sections/remediation';
import { scopeSection } from './sections/scope';
import { summarySection } from './sections/summary';
import { timelineSection } from './sections/timeline';
import { vendorsSection } from './sections/vendors';
import type { ReportStrings } from './strings.en';
import type { ReportData } from './types';

/** The AI-readiness vocabulary (stages, kinds, rules…) per report language. */
export const AI_STRINGS: Record<Locale, AiReadinessStrings> = {
  en: AI_READINESS_STRINGS_EN,
  fr: AI_READINESS_STRINGS_FR,
};

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
  return (currentPage, pageCount, pageSize) => ({
    margin: [PAGE.marginX, 22, PAGE.marginX, 0],
    stack: [
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: pageSize.width - 2 * PAGE.marginX,
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

function pageHeader(ctx: SectionContext, coverFirst: boolean): TDocumentDefinitions['header'] {
  const text = ctx.t('header.text', {
    organisation: ctx.data.assessment.organisation,
    system: ctx.data.assessment.systemName,
  });
  return (currentPage) =>
    currentPage === 1 && coverFirst ? null : { text, style: 'furniture', margin: [PAGE.marginX, 30, PAGE.marginX, 0] };
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

function contents(ctx: SectionContext): Content {
  return {
    toc: {
      title: { text: ctx.t('toc.title'), style: 'h1' },
      textStyle: { fontSize: 10 },
      numberStyle: { fontSize: 10 },
    },
    pageBreak: 'before',
  };
}

/** The chosen sections in report order, numbered 1, 2, 3… as they print (the appendix is lettered). */
function sections(ctx: SectionContext): Content[] {
  const { options, coverage } = ctx.data;
  let next = 1;
  const number = () => String(next++);
  const builders: Record<ReportSection, () => Content[]> = {
    cover: () => coverSection(ctx),
    summary: () => summarySection(ctx, number()),
    scope: () => scopeSection(ctx, number()),
    readiness: () => readinessSection(ctx, number()),
    register: () => registerSection(ctx, number()),
    timeline: () => (coverage.length > 0 ? timelineSection(ctx, number()) : []),
    findings: () => findingsSection(ctx, number()),
    vendors: () => vendorsSection(ctx, number()),
    ownership: () => ownershipSection(ctx, number()),
    remediation: () => remediationSection(ctx, number()),
    methodology: () => methodologySection(ctx, 'A'),
  };
  const content: Content[] = [];
  for (const section of options.sections) {
    content.push(...builders[section]());
    if (section === 'cover' && !options.summaryOnly && options.sections.length > 3) content.push(contents(ctx));
  }
  // The first node must not ask for a page break: pdfmake would leave the first page blank.
  const first = content[0];
  if (first && typeof first === 'object' && 'pageBreak' in first) delete first.pageBreak;
  // Without a cover, the first page still says that this PDF left an encrypted workspace.
  if (ctx.data.fromEncryptedWorkspace && !options.sections.includes('cover'))
    content.unshift(unencryptedNotice(ctx, [0, 0, 0, 12]));
  return content;
}

/**
 * The readiness report as a pdfmake document definition. Pure: the same data and strings always give
 * the same definition (the clock arrives as data.generatedAt), so main only adds fonts and renders.
 */
export function buildReportDocument(data: ReportData, strings: ReportStrings): TDocumentDefinitions {
  const ctx = sectionContext(printableData(data), strings, AI_STRINGS[data.locale]);
  const { assessment } = ctx.data;
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
    header: pageHeader(ctx, data.options.sections[0] === 'cover'),
    footer: pageFooter(ctx),
    ...(data.options.watermark
      ? { watermark: { text: ctx.t('watermark.text'), color: COLOURS.alert, opacity: 0.08, bold: true, fontSize: 72 } }
      : {}),
    content: sections(ctx),
  };
}

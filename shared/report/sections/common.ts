import type { Content, CustomTableLayout, Margins, TableCell } from 'pdfmake/interfaces';
import type { CategoryKey, ControlStatus, OwnerFunction } from '../../domain';
import { formatDate, formatPercent } from '../../format';
import type { AiReadinessStrings } from '../../rules/strings.en';
import type { ReportData } from '../types';
import type { ReportStringKey, ReportStrings } from '../strings.en';
import { readinessVerdict, type VerdictResult } from '../verdict';

/** A4 portrait, in points. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 50, marginTop: 64, marginBottom: 60 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLOURS = {
  text: '#1F2933',
  muted: '#52606D',
  accent: '#2F5D8A',
  rule: '#C9D1DB',
  headerFill: '#E4EBF3',
  zebra: '#F4F6F9',
  panel: '#F0F4F8',
  alert: '#8A1C1C',
} as const;

/** What every section builder reads: the data, the strings, and the shared formatters. */
export interface SectionContext {
  data: ReportData;
  t: (key: ReportStringKey, params?: Readonly<Record<string, string | number>>) => string;
  /** The AI-readiness vocabulary (stages, component kinds, frequencies…) in the report's language. */
  ai: AiReadinessStrings;
  percent: (fraction: number) => string;
  /** A change in percentage points, signed: `+3.1 pts` / `+3,1 pts`. */
  points: (delta: number) => string;
  /** A whole number with the locale's grouping. */
  int: (n: number) => string;
  date: (iso: string) => string;
  /** The Type II operating figure is measured: show it beside design. */
  operating: boolean;
  verdict: VerdictResult;
  category: (key: CategoryKey | 'overall') => string;
  status: (status: ControlStatus) => string;
  ownerFunction: (fn: OwnerFunction) => string;
}

/**
 * Characters Roboto has no glyph for (they would print as empty boxes), and what to print instead.
 * Arrows use a non-breaking hyphen (U+2011) so `->` never splits across lines.
 */
const GLYPH_FALLBACKS: Readonly<Record<string, string>> = {
  '\u2192': '\u2011>', // →
  '\u2190': '<\u2011', // ←
  '\u2194': '<\u2011>', // ↔
  '\u21D2': '=>', // ⇒
  '\u2713': 'yes', // ✓
  '\u2714': 'yes', // ✔
  '\u2717': 'x', // ✗
  '\u2718': 'x', // ✘
};
const MISSING_GLYPHS = new RegExp(`[${Object.keys(GLYPH_FALLBACKS).join('')}]`, 'gu');

export function printable(text: string): string {
  return text.replace(MISSING_GLYPHS, (ch) => GLYPH_FALLBACKS[ch] ?? ch);
}

export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** Intl output with the narrow and non-breaking spaces of some locales made plain (as formatPercent does). */
function plainSpaces(text: string): string {
  return text.replace(/\u202f|\u00a0/g, ' ');
}

export function sectionContext(data: ReportData, strings: ReportStrings, ai: AiReadinessStrings): SectionContext {
  const t: SectionContext['t'] = (key, params) => printable(fill(strings[key], params));
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const dates = new Map<string, string>();
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    data,
    t,
    ai,
    // French: a no-break space before %, so `87,5 %` never splits across lines.
    percent: (fraction) => formatPercent(fraction, data.locale).replace(' %', '\u00a0%'),
    points: (delta) =>
      t('summary.points', { value: plainSpaces(signed.format(Math.round(delta * 1000) / 10)).replace('\u2212', '-') }),
    int: (n) => plainSpaces(integer.format(n)),
    date: (iso) => {
      // Intl formatters are costly to create and the report prints the same few hundred dates thousands of times.
      let text = dates.get(iso);
      if (text === undefined) {
        text = formatDate(iso, data.locale);
        dates.set(iso, text);
      }
      return text;
    },
    operating: data.score.overall.operating !== null,
    verdict: readinessVerdict({
      overall: data.score.overall,
      findings: data.findings.findings,
      remediation: data.remediation,
    }),
    category: (key) => strings[`category.${key}`],
    status: (status) => strings[`status.${status}`],
    ownerFunction: (fn) => strings[`ownerFunction.${fn}`],
  };
}

/** `22 Nov 2026, 14:03 UTC` from an ISO timestamp, without depending on the machine's time zone. */
export function formatTimestamp(ctx: SectionContext, iso: string): string {
  return ctx.t('datetime.utc', { date: ctx.date(iso.slice(0, 10)), time: iso.slice(11, 16) });
}

/** Light rules, a tinted header and zebra body rows; no vertical lines. */
export function zebraLayout(headerRows: number): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === headerRows || i === node.table.body.length ? 0.8 : 0.3),
    vLineWidth: () => 0,
    hLineColor: () => COLOURS.rule,
    fillColor: (rowIndex) => {
      if (rowIndex < headerRows) return COLOURS.headerFill;
      return (rowIndex - headerRows) % 2 === 1 ? COLOURS.zebra : null;
    },
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

export function headerCell(text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { text, style: 'tableHeader', alignment };
}

export function numberCell(text: string | number, bold = false): TableCell {
  return { text: String(text), alignment: 'right', bold, noWrap: true };
}

export function heading(
  text: string,
  level: 1 | 2 | 3 = 1,
  extra: { pageBreak?: 'before'; margin?: Margins } = {},
): Content {
  return { text, style: `h${level}`, headlineLevel: level, ...extra };
}

export function paragraph(text: string, style = 'body'): Content {
  return { text, style };
}

/** A numbered section heading (`3  Readiness…`), listed in the contents; sections start on a new page. */
export function sectionHeading(ctx: SectionContext, number: string, title: string): Content {
  return {
    text: ctx.t('heading.numbered', { number, title }),
    style: 'h1',
    headlineLevel: 1,
    tocItem: true,
    pageBreak: 'before',
    pageOrientation: 'portrait',
  };
}

/** A numbered sub-heading (`3.2  …`); `newPage` when what follows is too long to keep with it. */
export function subHeading(ctx: SectionContext, number: string, title: string, newPage = false): Content {
  return heading(ctx.t('heading.numbered', { number, title }), 2, newPage ? { pageBreak: 'before' } : {});
}

/**
 * Content that must not be split across pages: a heading with the first block after it, a short table.
 * The report lays out in one pass (no pageBreakBefore callback, which makes pdfmake lay the whole document
 * out again for every heading it moves), so headings are kept with what follows them this way. Only for
 * content shorter than a page: pdfmake drops whatever overflows an unbreakable block.
 */
export function keepTogether(...content: Content[]): Content {
  return { unbreakable: true, stack: content };
}

/** A table in the report's house style: tinted header repeated on each page, zebra rows. */
export function dataTable(
  widths: Array<number | '*' | 'auto'>,
  body: TableCell[][],
  options: { headerRows?: number; breakRows?: boolean; margin?: Margins } = {},
): Content {
  const headerRows = options.headerRows ?? 1;
  return {
    table: { headerRows, keepWithHeaderRows: 1, dontBreakRows: options.breakRows !== true, widths, body },
    layout: zebraLayout(headerRows),
    style: 'table',
    margin: options.margin ?? [0, 4, 0, 10],
  };
}

/** Small muted text under a cell's main line. */
export function detail(text: string, extra: Record<string, unknown> = {}): Content {
  return { text, fontSize: 7.5, color: COLOURS.muted, margin: [0, 1, 0, 0], ...extra };
}

/** `labelling service` → `Labelling service`: vocabulary written for running text, printed as a value. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The first 12 hexadecimal digits of a SHA-256 hash: enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** An owner as the report prints it: `Name (Function)`, or unassigned with the function the catalog suggests. */
export function ownerLabel(ctx: SectionContext, name: string, fn: OwnerFunction | null): string {
  const trimmed = name.trim();
  const fnText = fn ? ctx.ownerFunction(fn) : null;
  if (trimmed && fnText) return ctx.t('owner.nameAndFunction', { name: printable(trimmed), function: fnText });
  if (trimmed) return printable(trimmed);
  return fnText ? ctx.t('owner.functionOnly', { function: fnText }) : ctx.t('owner.unassigned');
}

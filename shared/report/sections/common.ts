import type { Content, CustomTableLayout, Margins, TableCell } from 'pdfmake/interfaces';
import type { CategoryKey, ControlStatus, OwnerFunction } from '../../domain';
import { formatDate, formatPercent } from '../../format';
import type { ReportData } from '../types';
import type { ReportStringKey, ReportStrings } from '../strings.en';

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
  percent: (fraction: number) => string;
  date: (iso: string) => string;
  /** The Type II operating figure is measured: show it beside design. */
  operating: boolean;
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

export function sectionContext(data: ReportData, strings: ReportStrings): SectionContext {
  const t: SectionContext['t'] = (key, params) => fill(strings[key], params);
  return {
    data,
    t,
    percent: (fraction) => formatPercent(fraction, data.locale),
    date: (iso) => formatDate(iso, data.locale),
    operating: data.score.overall.operating !== null,
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
  return { text: String(text), alignment: 'right', bold };
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

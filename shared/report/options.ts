/**
 * The report's options, shared by the IPC contract, the command line and the Reports page. Pure data: the
 * document builder reads the resolved form (every section named, flags set).
 */

/** Every section of the full report, in the order it prints. */
export const REPORT_SECTIONS = [
  'cover',
  'summary',
  'scope',
  'readiness',
  'register',
  'timeline',
  'findings',
  'vendors',
  'ownership',
  'remediation',
  'methodology',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What "management summary only" prints: the cover and the executive summary (top five, remediation headline). */
export const SUMMARY_SECTIONS: readonly ReportSection[] = ['cover', 'summary'];

export interface ResolvedReportOptions {
  /** The sections to print, in report order, without duplicates. */
  sections: ReportSection[];
  watermark: boolean;
  summaryOnly: boolean;
}

/**
 * The sections that print: the chosen ones in report order, or only the cover and the executive summary
 * (those of them chosen, else both) when the management summary alone is asked for.
 */
export function resolveReportOptions(options: {
  sections?: readonly ReportSection[] | undefined;
  watermark?: boolean | undefined;
  summaryOnly?: boolean | undefined;
}): ResolvedReportOptions {
  const chosen = new Set(options.sections ?? REPORT_SECTIONS);
  const summaryOnly = options.summaryOnly === true;
  let sections = REPORT_SECTIONS.filter((s) => chosen.has(s));
  if (summaryOnly) {
    const summary = sections.filter((s) => SUMMARY_SECTIONS.includes(s));
    sections = summary.length > 0 ? summary : [...SUMMARY_SECTIONS];
  }
  return { sections, watermark: options.watermark === true, summaryOnly };
}

/** Parses a comma-separated list such as `cover,summary,findings` (command line); unknown names throw. */
export function parseSectionList(text: string): ReportSection[] {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  const unknown = names.filter((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new RangeError(
      `Unknown report section ${unknown.map((s) => `"${s}"`).join(', ')}; use ${REPORT_SECTIONS.join(', ')}.`,
    );
  }
  if (names.length === 0) throw new RangeError(`Name at least one report section: ${REPORT_SECTIONS.join(', ')}.`);
  return names as ReportSection[];
}

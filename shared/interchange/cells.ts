/**
 * Cell values as spreadsheets hand them over, turned into plain text, and the formula-injection guard
 * applied to every text cell Fieldwork writes.
 *
 * Formula injection (CSV injection): a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return can be run as a formula when a spreadsheet program opens or re-edits it. We prefix such text with a
 * single quote ('), the convention spreadsheet users know for "this is text", in CSV and XLSX alike: the
 * apostrophe is part of the stored text, so it survives a re-save of the file in any program. XLSX cells are
 * also always written as string cells, never as formulas. The importer removes that one apostrophe again,
 * so a file Fieldwork exported imports back unchanged. Text that itself starts with apostrophes and a
 * formula character (`'=SUM(1)` typed as such) gets one more apostrophe too, so that removing one on import
 * gives it back exactly: the escape is reversible for every string.
 * See https://owasp.org/www-community/attacks/CSV_Injection
 */
const ESCAPED_OR_FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return ESCAPED_OR_FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula: `'=x` → `=x`, `''=x` → `'=x`; any other text is returned as it is. */
export function restoreEscaped(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/** Spaces that spreadsheets and word processors slip into cells: no-break, figure, narrow, ideographic. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** One line of text: odd spaces become spaces, invisible characters go, runs of white space collapse. */
export function cleanLine(text: string): string {
  // Most cells are plain printable ASCII with single spaces: nothing to do.
  if (!/[^\x21-\x7e ]| {2}|^ | $/.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Multi-line text (descriptions, notes, justifications): kept as written, apart from line ends (\n) and the
 * blank space around the whole, so free text survives an export → import round trip character for character.
 */
export function cleanBlock(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Cells people fill in to mean "nothing here". Status cells read "N/A" differently (not applicable). */
const EMPTY_MARKERS = new Set([
  '',
  '-',
  '--',
  '‐',
  '‑',
  '–',
  '—',
  '―',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'none',
  'nil',
  'null',
  'tbd',
  'tbc',
  '?',
  '.',
  '#n/a',
]);

export function isEmptyMarker(text: string): boolean {
  return EMPTY_MARKERS.has(cleanLine(text).toLowerCase());
}

/** Shortest decimal that reads back as the same number, without floating-point noise (0.1 + 0.2). */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(15)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The text of one spreadsheet cell value as a reader library returns it: strings, numbers (Excel stores
 * ids such as 1001 as numbers), booleans, dates, rich text runs, hyperlinks, and formulas (their cached
 * result: Fieldwork never evaluates a formula). Errors such as #N/A read as empty.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return restoreEscaped(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (!isRecord(value)) return '';
  if (Array.isArray(value.richText)) {
    return (value.richText as unknown[])
      .map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return '';
  if ('text' in value) return cellText(value.text);
  return '';
}

import { neutraliseFormula } from './cells';

/**
 * A table ready to be written as CSV or as an XLSX worksheet: plain data, built by pure code in this folder
 * and written to disk by main/interchange. Numbers stay numbers (sortable in a spreadsheet); every text cell
 * goes through neutraliseFormula when written.
 */
export type CellValue = string | number | null;

export type ColumnFormat = 'text' | 'integer' | 'percent';

export interface SheetColumn {
  header: string;
  /** Width in characters, for XLSX. */
  width: number;
  format?: ColumnFormat;
}

export interface Sheet {
  /** Worksheet name (≤ 31 characters, no []:*?/\ as Excel requires). */
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
}

/** A cell as it is written: numbers as they are, text with any leading formula character neutralised. */
export function outputCell(value: CellValue): string | number | null {
  if (value === null || typeof value === 'number') return value;
  return neutraliseFormula(value);
}

/** RFC 4180: a field is quoted when it holds a comma, a quote, CR or LF; quotes inside are doubled. */
function csvField(value: CellValue): string {
  const out = outputCell(value);
  if (out === null) return '';
  const text = typeof out === 'number' ? String(out) : out;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 byte order mark: lets Excel recognise the file as UTF-8 instead of the system code page. */
export const UTF8_BOM = '\ufeff';

/**
 * The sheet as CSV text (RFC 4180: CRLF line ends, quoting where needed), header row first, starting with
 * a byte order mark so that Excel reads accents and symbols correctly. Encode the string as UTF-8.
 */
export function toCsv(sheet: Sheet): string {
  const lines = [
    sheet.columns.map((c) => csvField(c.header)),
    ...sheet.rows.map((row) => sheet.columns.map((_, i) => csvField(row[i] ?? null))),
  ];
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

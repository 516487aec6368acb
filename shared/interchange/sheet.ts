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

/**
 * Characters an XLSX text cell cannot hold as they are: XML 1.0 has no control characters but tab and line
 * feed, turns a carriage return into a line feed, and UTF-8 has no lone surrogates; exceljs also drops DEL.
 * An underscore that starts `_xHHHH_` is one too, since readers decode that sequence.
 */
const XLSX_UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * A cell as it goes into XLSX: outputCell, then the escape of ECMA-376 Part 1, 22.9.2.19 (ST_Xstring) for
 * what XML cannot carry, `_xHHHH_` (`_x000D_` for a carriage return, `_x005F_` for a literal underscore
 * before `xHHHH_`). Excel and exceljs decode it when reading shared strings, so the text comes back exactly.
 */
export function xlsxCell(value: CellValue): string | number | null {
  const out = outputCell(value);
  if (typeof out !== 'string') return out;
  return out.replace(XLSX_UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** RFC 4180: a field is quoted when it holds a comma, a quote, CR or LF; quotes inside are doubled. */
function csvField(value: CellValue): string {
  const out = outputCell(value);
  if (out === null) return '';
  const text = typeof out === 'number' ? String(out) : out;
  // Semicolons, tabs and bars are quoted too: a reader that guesses the delimiter (ours does, and so does
  // Excel in some locales) must not take one of them, unquoted, for it.
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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

import { readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { cellText } from '../../shared/interchange/cells';
import { detectHeader } from '../../shared/interchange/header-matcher';
import { IMPORT_LIMITS, type Grid, type HeaderGuess } from '../../shared/interchange/import-types';
import { AppError } from '../../shared/ipc/result';
import { fillMerges, readSheetMerges, type MergeRange } from './xlsx-merges';

/**
 * Reads a control matrix file into a grid of text cells: CSV with papaparse (delimiter guessed; UTF-8 with
 * or without BOM, UTF-16 with BOM, else Windows-1252, the code page Excel uses for "CSV" on Windows) or
 * XLSX with exceljs (formulas read as their cached result, never evaluated; merged cells as their top-left
 * value, see xlsx-merges.ts). Bounded: at most 50 MB, 20,000 rows and 300 columns, with a sentence saying what to do.
 */

export type MatrixFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface MatrixFile {
  fileName: string;
  format: MatrixFormat;
  /** Visible worksheets (XLSX); one unnamed entry for CSV. */
  sheets: string[];
  sheet: string;
  grid: Grid;
  encoding?: TextEncoding;
  /** The header found while choosing the sheet, when one was looked for. */
  header?: HeaderGuess;
}

const MAX_ROWS = IMPORT_LIMITS.rows + IMPORT_LIMITS.headerScan;
const MB = 1024 * 1024;

function tooMany(rows: number): AppError {
  return new AppError(
    'file_too_large',
    `The sheet has ${rows > MAX_ROWS ? `more than ${MAX_ROWS.toLocaleString('en')}` : rows.toLocaleString('en')} rows; Fieldwork imports at most ${IMPORT_LIMITS.rows.toLocaleString('en')} rows at a time. Split the file, or delete empty formatted rows at its end.`,
  );
}

/** Drops trailing empty rows and checks the width. */
function finish(rows: string[][], fillGroupGaps: boolean): Grid {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c.trim() === '')) end -= 1;
  const kept = rows.slice(0, end).map((row) => {
    let last = row.length;
    while (last > 0 && (row[last - 1] ?? '').trim() === '') last -= 1;
    return last === row.length ? row : row.slice(0, last);
  });
  if (kept.length > MAX_ROWS) throw tooMany(kept.length);
  const wide = kept.findIndex((row) => row.length > IMPORT_LIMITS.columns);
  if (wide >= 0) {
    throw new AppError(
      'file_too_wide',
      `Row ${wide + 1} has cells beyond column ${IMPORT_LIMITS.columns}; Fieldwork reads at most ${IMPORT_LIMITS.columns} columns. Delete the columns you do not need.`,
    );
  }
  return { rows: kept, fillGroupGaps };
}

function decode(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a CSV file: the candidate seen most often outside quoted cells in its first records (a
 * title line above the header has none, the header and the first rows have many), ties going to the comma.
 * Papaparse's own guess counts fields without regard to quotes, so a quoted cell holding `;;` or `|` could
 * turn it. Undefined when no candidate appears (a one-column file): papaparse then guesses.
 */
export function delimiterOf(text: string, records = 10, maxChars = 65_536): string | undefined {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seen = 0;
  const end = Math.min(text.length, maxChars);
  for (let i = 0; i < end && seen < records; i++) {
    const c = text[i] ?? '';
    if (c === '"')
      inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
    else if (!inQuotes && c === '\n') seen += 1;
    else if (!inQuotes && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = d;
  return best;
}

export function readCsv(bytes: Buffer, fileName: string): MatrixFile {
  const { text, encoding } = decode(bytes);
  const delimiter = delimiterOf(text);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : { delimitersToGuess: [...DELIMITERS] }),
    preview: MAX_ROWS + 1,
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + 1;
    throw new AppError(
      'unreadable_file',
      `${fileName} is not a well-formed CSV file: a quoted cell on row ${row} never closes. Open it in a spreadsheet program and save it as CSV again.`,
    );
  }
  if (parsed.data.length > MAX_ROWS) throw tooMany(parsed.data.length);
  const rows = parsed.data.map((row) => row.map((cell) => cellText(cell)));
  return { fileName, format: 'csv', sheets: [''], sheet: '', grid: finish(rows, true), encoding };
}

function worksheetGrid(worksheet: ExcelJS.Worksheet, merges: readonly MergeRange[]): Grid {
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > MAX_ROWS) throw tooMany(number);
    const cells: string[] = [];
    const count = Math.min(row.cellCount, IMPORT_LIMITS.columns + 1);
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value));
    while (rows.length < number - 1) rows.push([]);
    rows.push(cells);
  });
  fillMerges(rows, merges, IMPORT_LIMITS.columns + 1);
  return finish(rows, false);
}

export async function readXlsx(bytes: Buffer, fileName: string, sheetName?: string): Promise<MatrixFile> {
  const merges = readSheetMerges(bytes, fileName);
  // Loaded on first use: exceljs takes the better part of a second to load, which every other command would pay.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: [
          'mergeCells',
          'dataValidations',
          'conditionalFormatting',
          'hyperlinks',
          'pageMargins',
          'pageSetup',
          'headerFooter',
          'printOptions',
          'rowBreaks',
          'picture',
          'drawing',
          'legacyDrawing',
          'tableParts',
          'extLst',
        ],
        maxRows: MAX_ROWS,
        maxCols: 2_000,
      } as unknown as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : '';
    if (/Max row count/.test(message)) throw tooMany(MAX_ROWS + 1);
    if (/Max c count/.test(message))
      throw new AppError(
        'file_too_wide',
        `${fileName} has a row with more than 2,000 cells; delete the columns you do not need.`,
      );
    throw new AppError(
      'unreadable_file',
      `${fileName} could not be read as an Excel workbook (.xlsx). Open it in a spreadsheet program and save it as .xlsx or CSV again.`,
    );
  }
  const visible = workbook.worksheets.filter((w) => w.state === 'visible');
  if (visible.length === 0) throw new AppError('unreadable_file', `${fileName} has no visible worksheet to import.`);
  const names = visible.map((w) => w.name);
  let chosen: ExcelJS.Worksheet | undefined;
  let grid: Grid | undefined;
  if (sheetName !== undefined) {
    chosen = visible.find((w) => w.name === sheetName);
    if (!chosen)
      throw new AppError(
        'not_found',
        `${fileName} has no worksheet named "${sheetName}"; its sheets are ${names.map((n) => `"${n}"`).join(', ')}.`,
      );
    grid = worksheetGrid(chosen, merges.get(chosen.name) ?? []);
  } else {
    // The sheet whose header names the most fields: matrices often come after a cover sheet.
    let best: HeaderGuess | undefined;
    for (const worksheet of visible) {
      const candidate = worksheetGrid(worksheet, merges.get(worksheet.name) ?? []);
      const header = detectHeader(candidate);
      if (!best || header.score > best.score) {
        best = header;
        chosen = worksheet;
        grid = candidate;
      }
    }
    if (chosen && grid && best)
      return { fileName, format: 'xlsx', sheets: names, sheet: chosen.name, grid, header: best };
  }
  if (!chosen || !grid) throw new AppError('unreadable_file', `${fileName} has no worksheet to import.`);
  return { fileName, format: 'xlsx', sheets: names, sheet: chosen.name, grid };
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/** Reads a matrix from disk after checking the path, the type and the size. */
export async function readMatrixFile(path: string, sheet?: string): Promise<MatrixFile> {
  if (!isAbsolute(path)) throw new AppError('invalid_input', 'The file path must be absolute.');
  const fileName = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xls')
    throw new AppError(
      'unsupported_file',
      `${fileName} is in the old Excel format (.xls); open it in Excel and save it as .xlsx (or CSV), then import that file.`,
    );
  if (ext !== '.xlsx' && !CSV_EXTENSIONS.has(ext))
    throw new AppError(
      'unsupported_file',
      `${fileName} is not a CSV or Excel (.xlsx) file; Fieldwork imports control matrices in those two formats.`,
    );
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('not_found', `${fileName} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'not_found',
      `${path} could not be opened; check that the file exists and that you may read it.`,
    );
  }
  if (size > IMPORT_LIMITS.bytes) {
    throw new AppError(
      'file_too_large',
      `${fileName} is ${(size / MB).toFixed(1)} MB; Fieldwork imports control matrices of at most ${IMPORT_LIMITS.bytes / MB} MB. Remove columns or sheets you do not need, or split the file.`,
    );
  }
  if (size === 0) throw new AppError('unreadable_file', `${fileName} is empty.`);
  const bytes = readFileSync(path);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === '.xlsx' || isZip) {
    if (!isZip)
      throw new AppError(
        'unreadable_file',
        `${fileName} is not an Excel workbook (.xlsx) despite its name. Save it again from your spreadsheet program.`,
      );
    return readXlsx(bytes, fileName, sheet);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError(
      'unsupported_file',
      `${fileName} is an old-format Excel file (.xls) saved under another name; save it as .xlsx or CSV, then import that file.`,
    );
  }
  return readCsv(bytes, fileName);
}

import { PassThrough } from 'node:stream';
import { xlsxCell, type Sheet } from '../../shared/interchange/sheet';

const NUMBER_FORMATS = { percent: '0%', integer: '0', text: '@' } as const;

/**
 * Writes sheets as one XLSX workbook with exceljs's streaming writer (rows are committed as they are
 * written, so a large sheet never sits in memory as cell objects). Each sheet: bold header row, frozen
 * below it, column widths, filters on the header. Text cells are string cells with any leading formula
 * character neutralised (shared/interchange/cells.ts); numbers stay numbers. Strings go in the shared
 * strings part, the one place where readers decode the `_xHHHH_` escape (xlsxCell), so that every text,
 * carriage returns and control characters included, reads back exactly as it was written.
 */
export async function writeXlsx(sheets: readonly Sheet[], meta: { creator: string; created: Date }): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // Loaded on first use: exceljs takes the better part of a second to load, which every other command would pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = meta.creator;
  workbook.created = meta.created;
  workbook.modified = meta.created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    worksheet.columns = sheet.columns.map((c) => ({
      width: c.width,
      style: c.format ? { numFmt: NUMBER_FORMATS[c.format] } : {},
    }));
    const header = worksheet.addRow(sheet.columns.map((c) => xlsxCell(c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    header.commit();
    if (sheet.rows.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    for (const values of sheet.rows) {
      const row = worksheet.addRow(sheet.columns.map((_, i) => xlsxCell(values[i] ?? null)));
      row.alignment = { vertical: 'top', wrapText: true };
      row.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

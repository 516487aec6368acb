import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimiterOf, readCsv, readXlsx } from '../../main/interchange/matrix-read';
import { writeXlsx } from '../../main/interchange/xlsx-write';
import { neutraliseFormula, restoreEscaped } from '../../shared/interchange/cells';
import { toCsv, xlsxCell, type Sheet } from '../../shared/interchange/sheet';

/*
 * Export → import is lossless for text: whatever a cell holds (leading apostrophes, = + - @, tabs, carriage
 * returns, quotes, delimiters, control characters, the `_xHHHH_` escape itself), the CSV and the XLSX that
 * Fieldwork writes read back through the importer's own readers as exactly that text, while every cell on
 * disk stays neutralised (test/unit/injection.test.ts checks the files as a spreadsheet program sees them).
 */

/** Characters that matter to the formula guard, to CSV, to XML and to the XLSX escape, and ordinary text. */
const PIECES = [
  "'",
  "''",
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  ';',
  '|',
  ' ',
  '_',
  '_x000D_',
  '_x005F_',
  '_x00e9_',
  '&amp;',
  '<b>',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\ufeff',
  'é',
  '🧪',
  'SUM(1)',
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }));
/** Well-formed text: what a person can type and UTF-8 can carry (CSV is UTF-8). */
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
/** XLSX can carry lone surrogates too, through the escape. */
const xlsxText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 12 }));

/** The texts in the first column, a sentinel after them so that no trailing cell or row is trimmed as blank. */
function sheetOf(texts: readonly string[]): Sheet {
  return {
    name: 'Controls',
    columns: [
      { header: 'Text', width: 30 },
      { header: 'Sentinel', width: 10 },
    ],
    rows: texts.map((t) => [t, 'end']),
  };
}

const firstColumn = (rows: readonly string[][]) => rows.slice(1).map((row) => row[0]);

describe('spreadsheet export → import gives back the exact text', () => {
  it('the escape: neutralised text never starts a formula, and one apostrophe less restores it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = neutraliseFormula(t);
        expect(out).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreEscaped(out)).toBe(t);
      }),
      { numRuns: 2_000 },
    );
    // The case that used to lose its apostrophe, by hand.
    expect(neutraliseFormula("'=SUM(1)")).toBe("''=SUM(1)");
    expect(restoreEscaped("''=SUM(1)")).toBe("'=SUM(1)");
    expect(neutraliseFormula("'plain")).toBe("'plain");
  });

  it('CSV: every text reads back through the importer exactly', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const file = readCsv(Buffer.from(toCsv(sheetOf(texts)), 'utf8'), 'round-trip.csv');
        expect(file.grid.rows[0]).toEqual(['Text', 'Sentinel']);
        expect(firstColumn(file.grid.rows)).toEqual(texts);
      }),
      { numRuns: 500 },
    );
  });

  it('XLSX: every text reads back through the importer exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xlsxText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const bytes = await writeXlsx([sheetOf(texts)], { creator: 'test', created: new Date(0) });
        const file = await readXlsx(bytes, 'round-trip.xlsx');
        expect(firstColumn(file.grid.rows)).toEqual(texts);
      }),
      { numRuns: 60 },
    );
  });

  it('the cases by hand, in both formats', async () => {
    const texts = [
      "'=SUM(1)",
      "''+1",
      "'",
      "'-",
      '\r',
      'a\rb',
      '_x000D_',
      '&amp;',
      '\u0001',
      '\t@x',
      ' lead and trail ',
    ];
    const csv = readCsv(Buffer.from(toCsv(sheetOf(texts)), 'utf8'), 'by-hand.csv');
    expect(firstColumn(csv.grid.rows)).toEqual(texts);
    const xlsx = await readXlsx(await writeXlsx([sheetOf(texts)], { creator: 't', created: new Date(0) }), 'x.xlsx');
    expect(firstColumn(xlsx.grid.rows)).toEqual(texts);
    expect(xlsxCell('a\rb_x0041_')).toBe('a_x000D_b_x005F_x0041_');
    expect(xlsxCell("'=x")).toBe("''=x");
  });

  it('the delimiter is read outside quoted cells, past a title line', () => {
    expect(delimiterOf('Text,Sentinel\r\n";;",end\r\n"|",end\r\n')).toBe(',');
    expect(delimiterOf('Control matrix v3\nID;Title;Criteria\nCC-1;"Access, reviewed";CC6.1\n')).toBe(';');
    expect(delimiterOf('ID\tTitle\nA-1\t"x;y|z"\n')).toBe('\t');
    expect(delimiterOf('"a ""quoted"", cell"|b|c\n')).toBe('|');
    expect(delimiterOf('one column\nonly\n')).toBeUndefined();
  });
});

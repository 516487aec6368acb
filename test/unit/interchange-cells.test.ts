import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  cleanBlock,
  cleanLine,
  isEmptyMarker,
  neutraliseFormula,
  numberText,
  restoreEscaped,
} from '../../shared/interchange/cells';
import { toCsv, type Sheet } from '../../shared/interchange/sheet';

describe('formula injection guard', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and nothing else', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
    for (const safe of ['CC6.1', 'a=b', ' =1', '', "'already", 'Ärger', '1-2'])
      expect(neutraliseFormula(safe)).toBe(safe);
  });

  it('restores exactly one escaping apostrophe, and only in front of a formula character', () => {
    for (const text of ['=1+1', '+x', '-y', '@z', '\tt', '\rr'])
      expect(restoreEscaped(neutraliseFormula(text))).toBe(text);
    expect(restoreEscaped("'plain")).toBe("'plain");
    // Text that starts with an apostrophe and a formula character was given one more on export.
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreEscaped("''=x")).toBe("'=x");
  });
});

describe('cell text', () => {
  it('turns spreadsheet values into text without float noise and never evaluates formulas', () => {
    expect(cellText(1001)).toBe('1001');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(6.1)).toBe('6.1');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date('2026-10-01T00:00:00Z'))).toBe('2026-10-01');
    expect(cellText({ richText: [{ text: 'Control' }, { text: '\nID' }] })).toBe('Control\nID');
    expect(cellText({ formula: 'A1&"x"', result: 'CC6.1' })).toBe('CC6.1');
    expect(cellText({ sharedFormula: 'B2', result: 7 })).toBe('7');
    expect(cellText({ formula: 'NOW()' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText({ text: 'Policy', hyperlink: 'file:///x' })).toBe('Policy');
    expect(cellText("'=cmd")).toBe('=cmd');
    expect(cellText(null)).toBe('');
    expect(numberText(Number.NaN)).toBe('');
  });

  it('normalises odd spaces and keeps line breaks only in blocks', () => {
    expect(cleanLine('\u00a0Sam\u00a0Okafor\u200b ')).toBe('Sam Okafor');
    expect(cleanLine('Control\nID')).toBe('Control ID');
    expect(cleanBlock('  first\r\nsecond \u202fline\t \rthird ')).toBe('first\nsecond \u202fline\t \nthird');
  });

  it('reads the usual "nothing here" markers as empty', () => {
    for (const m of ['', ' ', '-', '–', '—', 'N/A', 'n/a', 'NA', 'none', 'TBD', 'tbc', '\u00a0—\u00a0', '#N/A'])
      expect(isEmptyMarker(m), m).toBe(true);
    for (const v of ['CC6.1', 'No', 'Dana', '0']) expect(isEmptyMarker(v), v).toBe(false);
  });
});

describe('CSV writing (RFC 4180, UTF-8 with BOM)', () => {
  const sheet: Sheet = {
    name: 'Test',
    columns: [
      { header: 'Id', width: 5 },
      { header: 'Text', width: 5 },
      { header: 'Value', width: 5, format: 'percent' },
    ],
    rows: [
      ['A-1', 'plain', 0.5],
      ['A-2', 'comma, "quote"\nand a line break', null],
      ['A-3', '=HYPERLINK("http://evil","click")', 1],
      ['A-4', '-10', 0],
      ['@A5', 'Leïla → café', 0.25],
    ],
  };

  it('starts with a BOM, ends lines with CRLF, and quotes only where needed', () => {
    const csv = toCsv(sheet);
    expect(csv.startsWith('\ufeffId,Text,Value\r\nA-1,plain,0.5\r\n')).toBe(true);
    expect(csv).toContain('A-2,"comma, ""quote""\nand a line break",\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back with papaparse to the same cells, formulas neutralised', () => {
    const parsed = Papa.parse<string[]>(toCsv(sheet).slice(1), { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Id', 'Text', 'Value'],
      ['A-1', 'plain', '0.5'],
      ['A-2', 'comma, "quote"\nand a line break', ''],
      ['A-3', '\'=HYPERLINK("http://evil","click")', '1'],
      ['A-4', "'-10", '0'],
      ["'@A5", 'Leïla → café', '0.25'],
    ]);
    // No cell of the file starts with a formula character any more.
    for (const row of parsed.data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

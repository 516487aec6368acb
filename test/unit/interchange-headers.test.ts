import { describe, expect, it } from 'vitest';
import { columnName, detectHeader, headerScore, proposeMapping } from '../../shared/interchange/header-matcher';
import type { Grid } from '../../shared/interchange/import-types';

const grid = (rows: string[][], fillGroupGaps = true): Grid => ({ rows, fillGroupGaps });

describe('header labels against fields', () => {
  it('knows the usual names, exactly or inside a longer label', () => {
    expect(headerScore('id', 'Control ID')).toBe(1);
    expect(headerScore('id', 'Ref')).toBe(1);
    expect(headerScore('criteria', 'SOC 2 TSC')).toBe(1);
    expect(headerScore('criteria', 'Trust Services Criteria')).toBe(1);
    expect(headerScore('criteria', 'AICPA TSC 2017')).toBe(1);
    expect(headerScore('criteria', 'SOC2')).toBe(1);
    expect(headerScore('ownerName', 'Owner')).toBe(1);
    expect(headerScore('status', 'Implementation\nstatus')).toBe(1);
    expect(headerScore('key', 'Key control?')).toBe(1);
    // "soc 2 tsc" is 3 of the label's 4 words: 0.55 + 0.4 × 3/4.
    expect(headerScore('criteria', 'SOC 2 TSC (2017)')).toBeCloseTo(0.85, 10);
  });

  it('never takes another framework’s column, whatever it is called', () => {
    for (const label of [
      'ISO 27001:2022',
      'NIST CSF 2.0',
      'NIST 800-53 rev5',
      'ISO/IEC 42001 Annex A',
      'PCI DSS criteria',
      'HIPAA reference',
    ]) {
      for (const field of ['criteria', 'id', 'title'] as const)
        expect(headerScore(field, label), `${field} ← ${label}`).toBe(0);
    }
    expect(headerScore('criteria', 'Framework mapping SOC 2 TSC')).toBeGreaterThan(0.7);
  });

  it('forgives a typo', () => {
    expect(headerScore('ownerName', 'Onwer')).toBeGreaterThan(0.75);
    expect(headerScore('status', 'Stauts')).toBeGreaterThan(0.75);
    expect(headerScore('notes', 'Banana')).toBe(0);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('header detection', () => {
  it('skips title rows and blank lines above the header', () => {
    const g = grid([
      ['Acme AI — control matrix v3', '', '', ''],
      ['Confidential', '', '', ''],
      [],
      ['Control ID', 'Control', 'SOC 2 TSC', 'Status'],
      ['AC-01', 'Access reviews', 'CC6.1', 'Implemented'],
    ]);
    expect(detectHeader(g)).toMatchObject({
      start: 3,
      count: 1,
      headers: ['Control ID', 'Control', 'SOC 2 TSC', 'Status'],
    });
  });

  it('joins a group row to the column names when that reads better', () => {
    const g = grid([
      ['Control', '', 'Owner', ''],
      ['ID', 'Description', 'Name', 'Function'],
      ['AC-01', 'Quarterly access review', 'Dana', 'Security'],
    ]);
    const guess = detectHeader(g);
    expect(guess).toMatchObject({
      start: 0,
      count: 2,
      headers: ['Control ID', 'Control Description', 'Owner Name', 'Owner Function'],
    });
    // "Name" under "Owner" is the owner's name, not the control's title.
    expect(proposeMapping(guess.headers, g.rows.slice(2)).mapping).toEqual({
      id: 0,
      description: 1,
      ownerName: 2,
      ownerFunction: 3,
    });
  });

  it('reads a header split over two rows the other way round (group below)', () => {
    const g = grid([
      ['Control ID', 'Control', 'Status', 'Mapping', '', ''],
      ['', '', '', 'ISO 27001', 'NIST CSF', 'SOC 2'],
      ['AC-01', 'Access reviews', 'Implemented', 'A.5.15', 'PR.AA-05', 'CC6.1'],
    ]);
    const guess = detectHeader(g);
    expect(guess).toMatchObject({ start: 0, count: 2 });
    expect(guess.headers[5]).toBe('Mapping SOC 2');
    expect(proposeMapping(guess.headers, g.rows.slice(2)).mapping).toMatchObject({
      id: 0,
      title: 1,
      status: 2,
      criteria: 5,
    });
  });

  it('does not take the first data row for a second header row', () => {
    const g = grid([
      ['Ref', 'Control', 'TSC', 'Owner', 'Status'],
      ['AC-01', 'Access reviews', 'CC6.1', 'Dana Reyes', 'Implemented'],
      ['AC-02', 'MFA', 'CC6.1; CC6.6', 'Sam Okafor', 'Partially'],
    ]);
    expect(detectHeader(g)).toMatchObject({ start: 0, count: 1 });
  });

  it('falls back to the first non-empty row when nothing looks like a header', () => {
    const g = grid([[], ['x', 'y'], ['1', '2']]);
    expect(detectHeader(g)).toEqual({ start: 1, count: 1, headers: ['x', 'y'], score: 0 });
    expect(detectHeader(grid([[], ['', 'b']])).headers).toEqual(['Column A', 'b']);
  });
});

describe('mapping proposal', () => {
  it('maps the SOC 2 column among framework columns, and leaves the others out', () => {
    const headers = [
      'Ref',
      'Control',
      'ISO 27001:2022',
      'NIST CSF 2.0',
      'SOC 2 TSC',
      'Owner',
      'Function',
      'Status',
      'Comments',
      'Key control?',
    ];
    const { mapping } = proposeMapping(headers, []);
    expect(mapping).toEqual({
      id: 0,
      title: 1,
      criteria: 4,
      ownerName: 5,
      ownerFunction: 6,
      status: 7,
      notes: 8,
      key: 9,
    });
  });

  it('lets the values decide when the criteria header says nothing useful', () => {
    const headers = ['Control ID', 'Title', 'Mapping', 'Other mapping'];
    const sample = [
      ['A', 'x', 'CC6.1, CC6.2', 'A.5.1'],
      ['B', 'y', 'CC7.2', 'A.8.2'],
      ['C', 'z', 'A1.2; A1.3', 'A.8.3'],
    ];
    expect(proposeMapping(headers, sample).mapping).toEqual({ id: 0, title: 1, criteria: 2 });
  });

  it('reads French headers', () => {
    const headers = ['ID contrôle', 'Intitulé', 'Critères SOC 2', 'Responsable', 'Fonction', 'Statut', 'Commentaires'];
    expect(proposeMapping(headers, []).mapping).toEqual({
      id: 0,
      title: 1,
      criteria: 2,
      ownerName: 3,
      ownerFunction: 4,
      status: 5,
      notes: 6,
    });
  });

  it('proposes each column for one field at most', () => {
    const { mapping } = proposeMapping(['Control', 'Control', 'Status'], []);
    expect(mapping).toEqual({ title: 0, status: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../shared/interchange/criteria';

const ids = (cell: string) => parseCriteria(cell).ids;

describe('criterion cells as people write them', () => {
  it('splits on commas, semicolons, slashes, pipes, ampersands and line breaks', () => {
    expect(ids('CC6.1; CC6.2;\nCC6.3')).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
    expect(ids('CC6.5 / C1.2')).toEqual(['CC6.5', 'C1.2']);
    expect(ids('CC7.2|CC7.3 & A1.2')).toEqual(['CC7.2', 'CC7.3', 'A1.2']);
    expect(ids('A1.2; A1.3;')).toEqual(['A1.2', 'A1.3']);
    expect(ids('CC6.1\r\nCC6.1')).toEqual(['CC6.1']);
  });

  it('tolerates case, stray and no-break spaces, and letters apart from their number', () => {
    expect(ids('cc6.1 , CC6.6')).toEqual(['CC6.1', 'CC6.6']);
    expect(ids('\u00a0cc6.1\u00a0')).toEqual(['CC6.1']);
    expect(ids('CC 7.2 and pi1.4')).toEqual(['CC7.2', 'PI1.4']);
    expect(ids('p4.1, c1.1')).toEqual(['P4.1', 'C1.1']);
  });

  it('drops labels and asides', () => {
    expect(ids('SOC 2: CC8.1')).toEqual(['CC8.1']);
    expect(ids('TSC CC6.1 (logical access), CC6.2 [provisioning]')).toEqual(['CC6.1', 'CC6.2']);
    expect(ids('Trust Services Criteria: A1.1')).toEqual(['A1.1']);
  });

  it('expands group ids and says so', () => {
    const cc6 = parseCriteria('CC6');
    expect(cc6.ids).toEqual(['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8']);
    expect(cc6.notes).toEqual([{ kind: 'group', token: 'CC6', expanded: cc6.ids }]);
    expect(ids('CC6.0')).toEqual(cc6.ids);
    expect(ids('P1.0')).toEqual(['P1.1']);
    expect(ids('PI1')).toEqual(['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5']);
    expect(ids('c1')).toEqual(['C1.1', 'C1.2']);
  });

  it('expands ranges within one group', () => {
    const range = parseCriteria('CC7.1–CC7.3');
    expect(range.ids).toEqual(['CC7.1', 'CC7.2', 'CC7.3']);
    expect(range.notes).toEqual([{ kind: 'range', token: 'CC7.1-CC7.3', expanded: ['CC7.1', 'CC7.2', 'CC7.3'] }]);
    expect(ids('CC7.1-7.3')).toEqual(['CC7.1', 'CC7.2', 'CC7.3']);
    expect(ids('CC7.4 — CC7.5')).toEqual(['CC7.4', 'CC7.5']);
    expect(parseCriteria('CC6.7-CC7.1').unknown).toEqual(['CC6.7-CC7.1']);
    expect(parseCriteria('CC7.4-CC7.9').unknown).toEqual(['CC7.4-CC7.9']);
  });

  it('reports what is not a criterion and keeps the rest', () => {
    const mixed = parseCriteria('CC7.3, CC7.9; XX1.1, CC10.1, 2017, A.5.15');
    expect(mixed.ids).toEqual(['CC7.3']);
    expect(mixed.unknown).toEqual(['CC7.9', 'XX1.1', 'CC10.1', '2017', 'A.5.15']);
  });

  it('reads empty markers as no criteria, silently', () => {
    for (const cell of ['', '—', '-', 'N/A', 'none', 'TBD'])
      expect(parseCriteria(cell)).toEqual({ ids: [], unknown: [], notes: [] });
  });
});

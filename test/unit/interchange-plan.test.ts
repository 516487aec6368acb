import { describe, expect, it } from 'vitest';
import type { ColumnMapping, Grid } from '../../shared/interchange/import-types';
import { planImport, type ImportContext } from '../../shared/interchange/plan';
import { readStatus } from '../../shared/interchange/row-read';

const HEADER = [
  'Id',
  'Title',
  'Criteria',
  'Status',
  'Justification',
  'Owner',
  'Function',
  'Notes',
  'Key',
  'Stage',
  'Frequency',
  'Description',
];
const MAPPING: ColumnMapping = {
  id: 0,
  title: 1,
  criteria: 2,
  status: 3,
  justification: 4,
  ownerName: 5,
  ownerFunction: 6,
  notes: 7,
  key: 8,
  stage: 9,
  frequency: 10,
  description: 11,
};

const CONTEXT: ImportContext = {
  checklist: [
    {
      controlId: 'IAM-01',
      source: 'catalog',
      title: 'Access is provisioned on approval',
      criteria: ['CC6.1', 'CC6.2'],
      justification: '',
      notes: 'old note',
    },
    {
      controlId: 'IAM-02',
      source: 'catalog',
      title: 'Access is reviewed',
      criteria: ['CC6.2'],
      justification: 'Kept from before',
      notes: '',
    },
    {
      controlId: 'CUS-01',
      source: 'custom',
      title: 'Model cards are published',
      criteria: ['CC2.2'],
      justification: '',
      notes: '',
    },
  ],
  catalogIds: new Set(['IAM-01', 'IAM-02', 'PRV-03']),
  inScopeCriteria: new Set(['CC6.1', 'CC6.2', 'CC2.2', 'CC7.2', 'CC8.1', 'A1.2']),
};

/** A grid with the header on row 1; each data row as a partial record over HEADER. */
function grid(...rows: Partial<Record<(typeof HEADER)[number], string>>[]): Grid {
  return { rows: [HEADER, ...rows.map((r) => HEADER.map((h) => r[h] ?? ''))], fillGroupGaps: true };
}

const plan = (g: Grid, context = CONTEXT) => planImport(g, { start: 0, count: 1 }, MAPPING, context);
const codes = (p: ReturnType<typeof plan>) => p.report.issues.map((i) => `${i.row}:${i.code}`);

describe('status cells', () => {
  it('reads status words, N/A with its reason, and loose wordings', () => {
    expect(readStatus('In place')).toEqual({ status: 'implemented' });
    expect(readStatus('PARTIALLY')).toEqual({ status: 'partial' });
    expect(readStatus('Not started')).toEqual({ status: 'not_implemented' });
    expect(readStatus('n/a')).toEqual({ status: 'not_applicable' });
    expect(readStatus('Not applicable')).toEqual({ status: 'not_applicable' });
    expect(readStatus('Sans objet')).toEqual({ status: 'not_applicable' });
    expect(readStatus('N/A: no card data')).toEqual({ status: 'not_applicable', reason: 'no card data' });
    expect(readStatus('Not applicable (no customers in the EU)')).toEqual({
      status: 'not_applicable',
      reason: 'no customers in the EU',
    });
    expect(readStatus('Not implemented yet')).toEqual({ status: 'not_implemented', interpreted: true });
    expect(readStatus('—')).toEqual({});
    expect(readStatus('TBD')).toEqual({});
    expect(readStatus('Under review')).toEqual({ unknown: 'Under review' });
  });
});

describe('planning an import', () => {
  it('adds custom controls with defaults, and reads the vocabulary', () => {
    const p = plan(
      grid(
        {
          Id: 'new-1',
          Title: 'Drift alerts',
          Criteria: 'CC7.2',
          Status: 'Done',
          Owner: 'Mia',
          Function: 'ML',
          Key: 'x',
          Stage: 'Monitoring',
          Frequency: 'Daily',
          Description: 'Alerts go to on-call.',
        },
        { Title: 'Backups restored', Criteria: 'A1.2' },
      ),
    );
    expect(p.report.issues).toEqual([]);
    expect(p.creates).toEqual([
      {
        row: 2,
        controlId: 'NEW-1',
        title: 'Drift alerts',
        description: 'Alerts go to on-call.',
        criteria: ['CC7.2'],
        stage: 'monitoring',
        frequency: 'daily',
        status: 'implemented',
        justification: '',
        ownerName: 'Mia',
        ownerFunction: 'data_science',
        notes: '',
        isKey: true,
      },
      {
        row: 3,
        controlId: null,
        title: 'Backups restored',
        description: '',
        criteria: ['A1.2'],
        stage: 'organisation_wide',
        frequency: 'quarterly',
        status: 'not_assessed',
        justification: '',
        ownerName: '',
        ownerFunction: null,
        notes: '',
        isKey: false,
      },
    ]);
  });

  it('updates a catalog control’s own fields only, leaving empty cells alone', () => {
    const p = plan(
      grid({
        Id: ' iam-01 ',
        Title: 'Another title',
        Criteria: 'CC7.2',
        Status: 'Partially',
        Owner: 'Dana',
        Notes: '—',
        Key: '',
      }),
    );
    expect(p.creates).toEqual([]);
    expect(p.updates).toEqual([
      { row: 2, controlId: 'IAM-01', source: 'catalog', patch: { status: 'partial', ownerName: 'Dana' } },
    ]);
    expect(codes(p)).toEqual(['2:catalog_mapping_kept']);
    expect(p.report.counts).toMatchObject({ updates: 1, updatesCatalog: 1, updatesCustom: 0 });
  });

  it('updates a custom control’s texts and criteria too', () => {
    const p = plan(
      grid({
        Id: 'CUS-01',
        Title: 'Model cards are published per release',
        Criteria: 'CC2.2; CC8.1',
        Description: 'One card per model.',
      }),
    );
    expect(p.updates).toEqual([
      {
        row: 2,
        controlId: 'CUS-01',
        source: 'custom',
        patch: {
          title: 'Model cards are published per release',
          description: 'One card per model.',
          criteria: ['CC2.2', 'CC8.1'],
        },
      },
    ]);
  });

  it('finds a justification for N/A in the order: column, status cell, existing, notes — else an error', () => {
    const p = plan(
      grid(
        { Id: 'A', Title: 'a', Criteria: 'CC6.1', Status: 'N/A', Justification: 'Column reason', Notes: 'note' },
        { Id: 'B', Title: 'b', Criteria: 'CC6.1', Status: 'N/A – cell reason', Notes: 'note' },
        { Id: 'IAM-02', Status: 'Not applicable' },
        { Id: 'C', Title: 'c', Criteria: 'CC6.1', Status: 'n/a', Notes: 'Only the notes say why' },
        { Id: 'D', Title: 'd', Criteria: 'CC6.1', Status: 'NA' },
      ),
    );
    expect(p.creates.map((c) => [c.controlId, c.justification])).toEqual([
      ['A', 'Column reason'],
      ['B', 'cell reason'],
      ['C', 'Only the notes say why'],
    ]);
    expect(p.updates).toEqual([
      { row: 4, controlId: 'IAM-02', source: 'catalog', patch: { status: 'not_applicable' } },
    ]);
    expect(codes(p)).toEqual(['6:na_without_justification', '5:justification_from_notes']);
    expect(p.report.canApply).toBe(false);
  });

  it('keeps an unrecognised status in the notes, once', () => {
    const once = plan(grid({ Id: 'IAM-01', Status: 'Under review' }));
    expect(once.updates[0]?.patch).toEqual({ notes: 'old note\nImported status: Under review' });
    const again = plan(grid({ Id: 'IAM-01', Status: 'Under review' }), {
      ...CONTEXT,
      checklist: [{ ...CONTEXT.checklist[0]!, notes: 'old note\nImported status: Under review' }],
    });
    expect(again.updates[0]?.patch).toEqual({ notes: 'old note\nImported status: Under review' });
    const created = plan(grid({ Title: 't', Criteria: 'CC6.1', Status: 'Awaiting evidence', Notes: 'n' }));
    expect(created.creates[0]).toMatchObject({
      status: 'not_assessed',
      notes: 'n\nImported status: Awaiting evidence',
    });
  });

  it('merges rows that repeat an id and agree, and refuses rows that disagree', () => {
    const p = plan(
      grid(
        { Id: 'X-1', Title: 'Same', Criteria: 'CC6.1', Owner: 'Dana' },
        { Id: 'x-1', Title: 'same', Criteria: 'CC6.2', Status: 'Implemented' },
        { Id: 'Y-1', Title: 'One', Criteria: 'CC6.1', Status: 'Implemented', Key: 'yes' },
        { Id: 'Y-1', Title: 'Two', Criteria: 'CC6.1', Status: 'Partially', Key: 'no' },
      ),
    );
    expect(p.creates.find((c) => c.controlId === 'X-1')).toMatchObject({
      title: 'Same',
      criteria: ['CC6.1', 'CC6.2'],
      ownerName: 'Dana',
      status: 'implemented',
    });
    expect(p.report.issues.find((i) => i.code === 'duplicate_id_conflict')?.message).toBe(
      'Row 5: Y-1 is also on row 4 with a different title, status, key control; keep one row, or give the rows different ids.',
    );
    expect(p.report.counts).toMatchObject({ mergedRows: 1, creates: 2, errors: 1 });
  });

  it('skips empty rows, section headings, repeated headers and out-of-scope catalog controls, and counts them', () => {
    const p = plan(
      grid(
        {},
        { Id: '—', Title: '-', Criteria: 'N/A' },
        { Id: 'Identity and access' },
        Object.fromEntries(HEADER.map((h) => [h, h])),
        { Id: 'PRV-03', Status: 'Implemented' },
        { Id: 'IAM-02', Status: 'Implemented' },
      ),
    );
    expect(p.report.counts).toMatchObject({
      dataRows: 6,
      emptyRows: 2,
      sectionRows: 1,
      repeatedHeaders: 1,
      skippedRows: 1,
      updates: 1,
      creates: 0,
    });
    expect(codes(p)).toEqual(['4:section_row', '5:repeated_header', '6:catalog_not_in_checklist']);
  });

  it('reports bad ids, missing titles and criteria, over-long texts — and counts only the good rows', () => {
    const p = plan(
      grid(
        { Id: 'BAD ID!', Title: 't', Criteria: 'CC6.1' },
        { Id: 'N-1', Criteria: 'CC6.1' },
        { Id: 'N-2', Title: 'no criteria', Criteria: 'XX9' },
        { Id: 'N-3', Title: 'x'.repeat(301), Criteria: 'CC6.1' },
        { Id: 'N-4', Title: 'fine', Criteria: 'P4.1' },
      ),
    );
    expect(codes(p)).toEqual([
      '2:invalid_id',
      '3:missing_title',
      '4:missing_criteria',
      '5:too_long',
      '2:id_normalised',
      '4:unknown_criterion',
      '6:out_of_scope_only',
    ]);
    expect(p.report.issues.find((i) => i.code === 'too_long')?.message).toBe(
      'Row 5: the title is 301 characters long; the limit is 300.',
    );
    expect(p.creates.map((c) => c.controlId)).toEqual(['N-4']);
    expect(p.report.counts).toMatchObject({ creates: 1, errors: 4, warnings: 3 });
  });

  it('flags titles repeated in the file or already in the checklist, and maps unknown words', () => {
    const p = plan(
      grid(
        { Title: 'Access is reviewed', Criteria: 'CC6.2' },
        {
          Title: 'Same title',
          Criteria: 'CC6.1',
          Function: 'Facilities',
          Key: 'maybe',
          Stage: 'Somewhere',
          Frequency: 'Fortnightly',
        },
        { Title: 'SAME  title', Criteria: 'CC6.1' },
      ),
    );
    expect(codes(p)).toEqual([
      '2:duplicate_title_checklist',
      '3:unknown_key',
      '3:unknown_stage',
      '3:unknown_frequency',
      '4:duplicate_title_in_file',
    ]);
    expect(p.creates[1]).toMatchObject({
      ownerFunction: 'other',
      stage: 'organisation_wide',
      frequency: 'quarterly',
      isKey: false,
    });
  });

  it('lists at most 1,000 issues but counts them all', () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => ({ Title: `t${i}`, Criteria: 'CC6.1, ZZ1' }));
    const p = plan(grid(...rows));
    expect(p.report.issues).toHaveLength(1_000);
    expect(p.report.counts.warnings).toBe(1_200);
    expect(p.report.byCode).toEqual({ unknown_criterion: 1_200 });
    expect(p.creates).toHaveLength(1_200);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listControls } from '../../main/db/controls';
import { applyOpened, openMatrix, previewOpened, proposalOf } from '../../main/interchange/matrix-import';
import { readMatrixFile } from '../../main/interchange/matrix-read';
import { fillMerges } from '../../main/interchange/xlsx-merges';
import { addCustomControl } from '../../main/services/controls';
import type { ImportReport } from '../../shared/interchange/import-types';
import { AppError } from '../../shared/ipc/result';
import { toCsvText } from '../fixtures/make-matrices';
import { MATRICES, spreadsheetWorkspace, type SpreadsheetWorkspace } from '../support/spreadsheet-workspace';

/* The importer against the messy fixtures of test/fixtures/matrices (see make-matrices.ts, row by row). */

let ws: SpreadsheetWorkspace;
let scratch: string;
beforeAll(() => {
  ws = spreadsheetWorkspace();
  scratch = mkdtempSync(join(tmpdir(), 'fieldwork-matrix-'));
});
afterAll(() => {
  ws.close();
  rmSync(scratch, { recursive: true, force: true });
});

const at = (report: ImportReport, code: string) => report.issues.filter((i) => i.code === code).map((i) => i.row);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the messy CSV (title rows, two-row header, framework columns, every kind of messy cell)', () => {
  it('finds the header under the title rows and proposes the hand-checked mapping', async () => {
    const opened = await openMatrix(join(MATRICES, 'messy-matrix.csv'));
    const proposal = proposalOf(opened, 't');
    expect(proposal).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRow: 5, headerRows: 1, rowCount: 27 });
    expect(proposal.headers).toEqual([
      'Ref',
      'Control',
      'Control description',
      'ISO 27001:2022',
      'NIST CSF 2.0',
      'SOC 2 TSC',
      'Owner',
      'Function',
      'Status',
      'Comments',
      'Key control?',
    ]);
    // ISO (D) and NIST (E) are left out; the SOC 2 column (F) feeds the criteria.
    expect(proposal.proposedMapping).toEqual({
      id: 0,
      title: 1,
      description: 2,
      criteria: 5,
      ownerName: 6,
      ownerFunction: 7,
      status: 8,
      notes: 9,
      key: 10,
    });
    expect(proposal.sampleRows[1]?.[5]).toBe('cc6.1 , CC6.6');
  });

  it('previews exactly the counts worked out by hand, row by row', async () => {
    const opened = await openMatrix(join(MATRICES, 'messy-matrix.csv'));
    const report = previewOpened(ws.ctx, opened, proposalOf(opened, 't').proposedMapping, ws.assessmentId);
    expect(report.counts).toEqual({
      dataRows: 29, // rows 6–34
      emptyRows: 2, // 9, 22
      sectionRows: 1, // 23
      repeatedHeaders: 1, // 28
      mergedRows: 1, // 14 into 13
      skippedRows: 1, // 21: PRV-03, a Privacy control, Privacy not in scope
      creates: 18, // 21 new rows, less the 3 with an error (11, 18, 30)
      updates: 1, // 20: AI-REG-02
      updatesCatalog: 1,
      updatesCustom: 0,
      errors: 4,
      warnings: 20,
    });
    expect(report.canApply).toBe(false);
    expect(at(report, 'na_without_justification')).toEqual([11]);
    expect(at(report, 'duplicate_id_conflict')).toEqual([16]);
    expect(at(report, 'missing_title')).toEqual([18]);
    expect(at(report, 'missing_criteria')).toEqual([30]);
    expect(report.byCode).toEqual({
      na_without_justification: 1,
      duplicate_id_conflict: 1,
      missing_title: 1,
      missing_criteria: 1,
      group_expanded: 2, // 8 CC6, 10 P1.0
      out_of_scope_only: 2, // 10 P1.1, 12 P2.1
      justification_from_notes: 1, // 12
      duplicate_id_merged: 1, // 14
      unknown_criterion: 2, // 19 CC7.9, XX1.1
      unknown_status: 1, // 19 "Under review"
      catalog_mapping_kept: 1, // 20
      catalog_not_in_checklist: 1, // 21
      section_row: 1, // 23
      owner_function_other: 1, // 25 "ML platform"
      unknown_key: 1, // 25 "maybe"
      range_expanded: 1, // 26 CC7.1–CC7.3
      status_interpreted: 1, // 26 "Implemented (with exceptions)"
      repeated_header: 1, // 28
      duplicate_title_in_file: 1, // 31, same as 17
      duplicate_title_checklist: 1, // 32, AI-REG-02's title
      id_normalised: 1, // 33 "AC 04"
    });
    expect(report.issues.slice(0, 4).map((i) => i.message)).toEqual([
      'Row 11: marked not applicable without a justification; write why in the justification or notes column.',
      'Row 16: CH-02 is also on row 15 with a different title, status; keep one row, or give the rows different ids.',
      'Row 18: this new control has no title; add one in the title column.',
      'Row 30: this new control maps to no known Trust Services Criterion; give it at least one (for example CC6.1).',
    ]);
  });

  it('is all or nothing: with errors in the file, applying writes nothing', async () => {
    const opened = await openMatrix(join(MATRICES, 'messy-matrix.csv'));
    const before = listControls(ws.db, ws.assessmentId);
    expect(() => applyOpened(ws.ctx, opened, proposalOf(opened, 't').proposedMapping, ws.assessmentId)).toThrow(
      'Nothing was imported: the file has 4 errors (see the preview). Fix them in the file or in the column mapping, then import again.',
    );
    expect(listControls(ws.db, ws.assessmentId)).toEqual(before);
  });

  it('imports every good row once the four bad rows are fixed, each cell read as intended', async () => {
    const id = ws.newAssessment();
    const rows = (await import('../fixtures/make-matrices')).messyCsvRows();
    rows[10]![9] = 'Customers delete their own data in the product.'; // row 11: a justification in the notes
    rows[15]![0] = 'CH-03'; // row 16: its own id
    rows[17]![1] = 'Incident response plan is tested yearly'; // row 18: a title
    rows[29]![5] = 'CC3.1'; // row 30: a criterion
    const path = join(scratch, 'fixed.csv');
    writeFileSync(path, toCsvText(rows));
    const opened = await openMatrix(path);
    const summary = applyOpened(ws.ctx, opened, proposalOf(opened, 't').proposedMapping, id);
    expect(summary.report.counts).toMatchObject({ errors: 0, creates: 22, updates: 1, skippedRows: 1 });
    expect(summary).toMatchObject({ created: 22, updated: 1, skipped: 1 });
    const byId = new Map(listControls(ws.db, id).map((c) => [c.controlId, c]));
    expect(byId.get('AC-01')).toMatchObject({
      source: 'custom',
      criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
      status: 'implemented',
      ownerName: 'Dana Reyes',
      ownerFunction: 'security',
      notes: 'Reviewed Q3 tickets',
      isKey: true,
    });
    expect(byId.get('AC-02')).toMatchObject({ criteria: ['CC6.1', 'CC6.6'], status: 'implemented', isKey: true });
    expect(byId.get('AC-03')?.criteria).toHaveLength(8);
    expect(byId.get('AC-03')).toMatchObject({ status: 'partial', notes: '', isKey: false });
    expect(byId.get('DP-02')).toMatchObject({
      status: 'not_applicable',
      justification: 'Customers delete their own data in the product.',
      ownerName: '',
    });
    expect(byId.get('DP-03')).toMatchObject({
      status: 'not_applicable',
      justification: 'We do not rely on consent as a legal basis.',
      criteria: ['P2.1'],
    });
    expect(byId.get('CH-01')).toMatchObject({
      criteria: ['CC8.1', 'CC7.1'],
      description: 'Every merge needs one approval.',
    });
    expect(byId.get('IR-02')).toMatchObject({
      criteria: ['CC7.3'],
      status: 'not_assessed',
      notes: 'Imported status: Under review',
    });
    expect(byId.get('AI-REG-02')).toMatchObject({
      source: 'catalog',
      title: null,
      status: 'implemented',
      ownerName: 'Mia Chen',
      ownerFunction: 'data_science',
      notes: 'Promotion gated by registry approvals',
      isKey: true,
    });
    expect(byId.get('AI-REG-02')?.criteria).toEqual(['CC8.1', 'CC6.8', 'PI1.3']);
    expect(byId.has('PRV-03')).toBe(false);
    expect(byId.get('LOG-01')).toMatchObject({
      title: '=SUM(A1:A2) dashboards are reviewed weekly',
      status: 'partial',
      isKey: true,
    });
    expect(byId.get('LOG-02')).toMatchObject({ ownerFunction: 'other', isKey: false });
    expect(byId.get('LOG-03')).toMatchObject({ criteria: ['CC7.1', 'CC7.2', 'CC7.3'], status: 'implemented' });
    expect(byId.get('LOG-04')).toMatchObject({ ownerName: 'Sam Okafor', status: 'implemented' });
    expect(byId.get('AC-04')?.title).toBe('Access requests are approved by the resource owner');
    expect(byId.get('DP-04')).toMatchObject({
      status: 'not_applicable',
      justification: 'no customer data is stored by this system',
    });
    // Rows without an id got the next CUS-nn ids, in file order: 17, 31, 32.
    expect(summary.createdIds.filter((c) => c.startsWith('CUS-'))).toEqual(['CUS-01', 'CUS-02', 'CUS-03']);
    expect(byId.get('CUS-03')?.title).toBe('Model promotion follows a documented dev → staging → production path');
    // New controls join the end of the checklist in file order.
    expect(
      listControls(ws.db, id)
        .slice(-22)
        .map((c) => c.controlId),
    ).toEqual(summary.createdIds);

    // Importing the same file again updates every row that has an id; the three rows without one cannot be
    // matched, so they are added again — and the preview says they repeat titles already in the checklist.
    const again = applyOpened(ws.ctx, await openMatrix(path), proposalOf(opened, 't').proposedMapping, id);
    expect(again).toMatchObject({ created: 3, updated: 20 });
    expect(again.report.counts).toMatchObject({ updatesCustom: 19, updatesCatalog: 1 });
    expect(at(again.report, 'duplicate_title_checklist')).toEqual([17, 31, 32]);
  });
});

describe('between the preview and the import', () => {
  it('plans again when the checklist changed, so the import acts on what is there now', async () => {
    const id = ws.newAssessment();
    const path = join(scratch, 'late.csv');
    writeFileSync(
      path,
      toCsvText([
        ['Control ID', 'Title', 'TSC', 'Status'],
        ['CUS-50', 'Model cards', 'CC2.2', 'Implemented'],
      ]),
    );
    const opened = await openMatrix(path);
    const mapping = proposalOf(opened, 't').proposedMapping;
    expect(previewOpened(ws.ctx, opened, mapping, id).counts).toMatchObject({ creates: 1, updates: 0 });
    // Someone adds CUS-50 by hand after the preview: the import must now update it, not add a second one.
    addCustomControl(ws.ctx, id, { controlId: 'CUS-50', title: 'Model cards (by hand)', criteria: ['CC2.2'] });
    const summary = applyOpened(ws.ctx, opened, mapping, id);
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    expect(listControls(ws.db, id).find((c) => c.controlId === 'CUS-50')).toMatchObject({
      title: 'Model cards',
      status: 'implemented',
    });
  });
});

describe('the French CSV (Windows-1252, semicolons, no BOM)', () => {
  it('is decoded, split and mapped, then imported', async () => {
    const id = ws.newAssessment();
    const opened = await openMatrix(join(MATRICES, 'french-semicolon-1252.csv'));
    const proposal = proposalOf(opened, 't');
    expect(proposal).toMatchObject({ encoding: 'windows-1252', headerRow: 1, rowCount: 4 });
    expect(proposal.headers[1]).toBe('Intitulé');
    const summary = applyOpened(ws.ctx, opened, proposal.proposedMapping, id);
    expect(summary.report.counts).toMatchObject({ creates: 4, errors: 0, warnings: 0 });
    const controls = listControls(ws.db, id).filter((c) => c.source === 'custom');
    expect(controls.map((c) => [c.controlId, c.title, c.status, c.ownerFunction])).toEqual([
      ['SEC-01', 'Revue trimestrielle des accès', 'implemented', 'security'],
      ['SEC-02', 'Chiffrement des données au repos', 'partial', 'security'],
      ['SEC-03', 'Journalisation centralisée', 'partial', 'engineering'],
      ['SEC-04', 'Plan de continuité testé', 'not_implemented', 'engineering'],
    ]);
  });
});

describe('the 3,000-row workbook (cover sheet, merged title and group headers, numeric ids, merged team cells)', () => {
  it('picks the Controls sheet, reads merged cells, and imports 3,000 controls in one transaction', async () => {
    const id = ws.newAssessment();
    const opened = await openMatrix(join(MATRICES, 'large-matrix-3000.xlsx'));
    const proposal = proposalOf(opened, 't');
    expect(proposal).toMatchObject({
      format: 'xlsx',
      sheets: ['Cover', 'Controls'],
      sheet: 'Controls',
      rowCount: 3000,
    });
    expect(proposal.proposedMapping).toEqual({
      id: 0,
      title: 1,
      description: 2,
      criteria: 5,
      ownerName: 6,
      ownerFunction: 7,
      status: 8,
      notes: 9,
    });
    // Team is merged over rows 4–6: each of the three rows reads it.
    expect(proposal.sampleRows.slice(0, 4).map((r) => r[7])).toEqual([
      'Security',
      'Security',
      'Security',
      'Engineering',
    ]);
    const summary = applyOpened(ws.ctx, opened, proposal.proposedMapping, id);
    expect(summary.report.counts).toMatchObject({ dataRows: 3000, creates: 3000, errors: 0, warnings: 6 });
    expect(at(summary.report, 'group_expanded')).toEqual([4, 504, 1004, 1504, 2004, 2504]);
    const custom = listControls(ws.db, id).filter((c) => c.source === 'custom');
    expect(custom).toHaveLength(3000);
    expect(custom[0]).toMatchObject({
      controlId: '1001',
      title: 'Control 1001: access is reviewed',
      status: 'implemented',
      ownerFunction: 'security',
    });
    expect(custom[1]).toMatchObject({ controlId: '1002', criteria: ['CC7.2', 'CC7.3'], status: 'partial' });
    expect(custom[2999]).toMatchObject({ controlId: '4000', status: 'implemented' });
  });
});

describe('merged cells', () => {
  it('fill with their top-left value, tolerate overlaps, and stay within the sheet', () => {
    const rows = [['Team', 'x', ''], ['', 'y'], [], ['Legal', '', '']];
    fillMerges(
      rows,
      [
        { top: 0, left: 0, bottom: 2, right: 0 }, // A1:A3
        { top: 1, left: 0, bottom: 1, right: 1 }, // A2:B2 overlaps A1:A3 (Excel refuses, some tools write it)
        { top: 3, left: 0, bottom: 1_048_575, right: 16_383 }, // A4:XFD1048576, clamped
      ],
      4,
    );
    expect(rows).toEqual([['Team', 'x', ''], ['Team', 'y'], ['Team'], ['Legal', 'Legal', 'Legal', 'Legal']]);
  });
});

describe('files that are refused with a sentence', () => {
  const write = (name: string, data: string | Buffer) => {
    const path = join(scratch, name);
    writeFileSync(path, data);
    return path;
  };

  it('refuses other types, old Excel, empty and broken files', async () => {
    expect((await refusal(readMatrixFile(write('notes.pdf', 'x')))).message).toMatch(
      /not a CSV or Excel \(\.xlsx\) file/,
    );
    expect((await refusal(readMatrixFile(write('old.xls', 'x')))).message).toMatch(
      /old Excel format \(\.xls\); open it in Excel and save it as \.xlsx/,
    );
    expect(
      (await refusal(readMatrixFile(write('disguised.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))))).message,
    ).toMatch(/old-format Excel file/);
    expect((await refusal(readMatrixFile(write('empty.csv', '')))).message).toBe('empty.csv is empty.');
    expect((await refusal(readMatrixFile(write('fake.xlsx', 'Ref,Title\n')))).message).toMatch(
      /not an Excel workbook \(\.xlsx\) despite its name/,
    );
    expect((await refusal(readMatrixFile(write('quote.csv', 'Ref,Title\nA,"never closed\nB,x\n')))).message).toMatch(
      /a quoted cell on row 2 never closes/,
    );
    expect((await refusal(readMatrixFile('relative/path.csv'))).message).toBe('The file path must be absolute.');
    expect((await refusal(readMatrixFile(join(scratch, 'missing.csv')))).code).toBe('not_found');
  });

  it('refuses more than 20,000 rows or 300 columns', async () => {
    const many = ['Ref,Title', ...Array.from({ length: 20_031 }, (_, i) => `R${i},t`)].join('\n');
    expect((await refusal(readMatrixFile(write('many.csv', many)))).message).toMatch(
      /Fieldwork imports at most 20,000 rows at a time/,
    );
    const wide = `${Array.from({ length: 301 }, (_, i) => `c${i}`).join(',')}\n`;
    expect((await refusal(readMatrixFile(write('wide.csv', wide)))).message).toMatch(/beyond column 300/);
  });

  it('refuses a workbook that declares an absurd unpacked size, before unpacking it', async () => {
    const { largeMatrixXlsx } = await import('../fixtures/make-matrices');
    const bytes = Buffer.from(await largeMatrixXlsx(3));
    // Patch the first central-directory entry's declared uncompressed size to 1 GiB.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directory = bytes.readUInt32LE(eocd + 16);
    bytes.writeUInt32LE(1024 ** 3, directory + 24);
    expect((await refusal(readMatrixFile(write('bomb.xlsx', bytes)))).message).toMatch(
      /would take more than 512 MB once unpacked/,
    );
  });
});

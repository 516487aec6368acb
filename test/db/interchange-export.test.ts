import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { AppState } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/ipc/result';
import { MATRIX_COLUMNS } from '../../shared/interchange/matrix-export';
import { ScriptedDialogs } from '../e2e/support/dialogs';

/*
 * The spreadsheet channels as the window calls them (schema at the door, real handlers, real workspace):
 * the exports read back with exceljs and papaparse — formula injection neutralised in both — then the
 * import steps, and the round trip export → import → export of our own matrix.
 */

let dir: string;
let app: AppState;
let dialogs: ScriptedDialogs;
let assessmentId: string;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

async function refused(channel: Channel, input: unknown): Promise<AppErrorShape> {
  const result = await invokeChannel(app, channel, input);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input).slice(0, 200)}`);
  return result.error;
}

const HOSTILE = {
  owner: '=HYPERLINK("http://evil.example","Click")',
  notes: '+1 and a second line\n"quoted", with a comma',
  justification: '-no users of this feature',
  atNotes: '@SUM(A1:A9)',
  title: '=2+5 is the answer',
  action: "=cmd|' /C calc'!A0",
};

async function exportTo(
  channel: 'export:controlsCsv' | 'export:controlsXlsx' | 'export:remediationCsv' | 'export:remediationXlsx',
  name: string,
  id = assessmentId,
): Promise<string> {
  const path = join(dir, name);
  dialogs.answerExport(path);
  expect(await call(channel, { assessmentId: id })).toEqual({ path });
  return path;
}

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-sheets-ipc-'));
  dialogs = new ScriptedDialogs();
  app = new AppState({
    workspacePath: join(dir, 'client.fwdb'),
    catalog: bundledCatalog(),
    now: () => new Date('2026-11-22T10:00:00Z'),
    dialogs,
    version: 'test',
    platform: 'linux',
  });
  const assessment = await call('assessment:create', {
    organisation: 'Acme AI',
    systemName: 'Inference API',
    reportType: 'II',
    categories: ['security', 'availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  });
  assessmentId = assessment.id;
  await call('control:update', {
    assessmentId,
    controlId: 'IAM-01',
    patch: { status: 'implemented', ownerName: HOSTILE.owner, ownerFunction: 'security', notes: HOSTILE.notes },
  });
  await call('control:update', {
    assessmentId,
    controlId: 'IAM-02',
    patch: { status: 'not_applicable', justification: HOSTILE.justification },
  });
  await call('control:update', {
    assessmentId,
    controlId: 'AI-REG-02',
    patch: {
      status: 'partial',
      ownerName: 'Mia Chen',
      ownerFunction: 'data_science',
      notes: HOSTILE.atNotes,
      isKey: false,
    },
  });
  await call('control:addCustom', {
    assessmentId,
    control: {
      title: HOSTILE.title,
      description: 'Tab\tinside, and Leïla’s “quotes”',
      criteria: ['CC8.1', 'A1.2'],
      stage: 'monitoring',
      frequency: 'weekly',
      isKey: true,
    },
  });
  await call('control:update', {
    assessmentId,
    controlId: 'CUS-01',
    patch: { status: 'not_implemented', ownerName: 'Sam Okafor', notes: 'line one\nline\u00a0two\t(tab kept)' },
  });
  const file = join(dir, 'access-review.pdf');
  writeFileSync(file, 'quarterly access review');
  await call('evidence:add', {
    assessmentId,
    filePaths: [file],
    controlIds: ['IAM-01'],
    kind: 'ticket',
    periodFrom: '2026-09-01',
    periodTo: '2026-11-20',
  });
  await call('remediation:save', {
    assessmentId,
    item: {
      action: HOSTILE.action,
      ownerName: 'Dana Reyes',
      dueDate: '2026-12-15',
      priority: 'high',
      controlIds: ['AI-REG-02'],
      notes: 'Second, with a comma',
    },
  });
});

afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('control matrix export', () => {
  it('writes a CSV that papaparse reads back: BOM, every in-scope control, figures, formulas neutralised', async () => {
    const path = await exportTo('export:controlsCsv', 'matrix.csv');
    expect(dialogs.proposedExports.at(-1)).toEqual({
      name: 'fieldwork-control-matrix-acme-ai-2026-11-22.csv',
      kind: 'csv',
    });
    const rows = readCsv(path);
    expect(rows[0]).toEqual(MATRIX_COLUMNS.map((c) => c.header));
    const score = await call('score:get', { assessmentId });
    expect(rows.length - 1).toBe(score.controls.filter((c) => c.criteria.length > 0).length);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get('IAM-01')).toEqual([
      'IAM-01',
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/^CC6\.\d(, CC\d\.\d)*$/),
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/^(Yes|No)$/),
      'Implemented',
      `'${HOSTILE.owner}`,
      'Security',
      '',
      `'${HOSTILE.notes}`,
      '1',
      expect.stringMatching(/^0\.\d+$/),
      '1',
      'Catalog',
    ]);
    expect(byId.get('IAM-02')?.slice(7, 13)).toEqual([
      'Not applicable',
      '',
      'Security',
      `'${HOSTILE.justification}`,
      '',
      '',
    ]);
    expect(byId.get('AI-REG-02')?.[11]).toBe(`'${HOSTILE.atNotes}`);
    expect(byId.get('CUS-01')).toEqual([
      'CUS-01',
      `'${HOSTILE.title}`,
      'Tab\tinside, and Leïla’s “quotes”',
      'CC8.1, A1.2',
      'Monitoring',
      'Weekly',
      'Yes',
      'Not implemented',
      'Sam Okafor',
      '',
      '',
      'line one\nline\u00a0two\t(tab kept)',
      '0',
      '0',
      '0',
      'Custom',
    ]);
    for (const row of rows)
      for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes an XLSX that exceljs reads back: string cells only, bold frozen header, widths, About sheet', async () => {
    const path = await exportTo('export:controlsXlsx', 'matrix.xlsx');
    const workbook = await readXlsx(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Control matrix', 'About']);
    const sheet = workbook.getWorksheet('Control matrix')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(48);
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(MATRIX_COLUMNS.map((c) => c.header));
    const iam = rows.find((r) => r[0] === 'IAM-01')!;
    expect(iam[8]).toBe(`'${HOSTILE.owner}`);
    expect(iam[11]).toBe(`'${HOSTILE.notes}`);
    expect(iam[12]).toBe(1);
    expect(iam[14]).toBe(1);
    expect(sheet.getRow(rows.indexOf(iam) + 1).getCell(13).numFmt).toBe('0%');
    expect(rows.find((r) => r[0] === 'CUS-01')?.[1]).toBe(`'${HOSTILE.title}`);
    // Every cell is a plain string or number: no formula, and no text starting with a formula character.
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    const about = sheetRows(workbook.getWorksheet('About')!);
    const value = (item: string) => about.find((r) => r[0] === item)?.[1];
    expect(value('Assessment ID')).toBe(assessmentId);
    expect(value('Organisation')).toBe('Acme AI');
    expect(value('Generated')).toBe('2026-11-22T10:00:00.000Z');
    expect(value('Coverage measured as of')).toBe('2026-11-22');
    expect(String(value('Contents'))).toMatch(/^Control matrix \(\d+ in-scope controls\)$/);
    expect(String(value('Warning'))).toContain('apostrophe');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    dialogs.answerExport(null);
    expect(await call('export:controlsXlsx', { assessmentId })).toBeNull();
  });
});

describe('remediation plan export', () => {
  it('writes the plan as CSV and XLSX, neutralised the same way', async () => {
    const rows = readCsv(await exportTo('export:remediationCsv', 'plan.csv'));
    expect(dialogs.proposedExports.at(-1)).toEqual({
      name: 'fieldwork-remediation-plan-acme-ai-2026-11-22.csv',
      kind: 'csv',
    });
    expect(rows[0]?.slice(0, 8)).toEqual([
      'Action',
      'Priority',
      'Status',
      'Owner',
      'Owner function',
      'Due date',
      'Overdue',
      'Controls',
    ]);
    expect(rows[1]?.slice(0, 9)).toEqual([
      `'${HOSTILE.action}`,
      'High',
      'Open',
      'Dana Reyes',
      '',
      '2026-12-15',
      'No',
      'AI-REG-02',
      '0',
    ]);
    const workbook = await readXlsx(await exportTo('export:remediationXlsx', 'plan.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Remediation plan', 'About']);
    expect(workbook.getWorksheet('Remediation plan')!.getRow(2).getCell(1).value).toBe(`'${HOSTILE.action}`);
  });
});

describe('control matrix import over IPC', () => {
  it('reads, previews and applies in three steps, with the token of the read', async () => {
    const path = await exportTo('export:controlsCsv', 'for-import.csv');
    const target = await call('assessment:create', {
      organisation: 'Beta',
      systemName: 'API',
      reportType: 'II',
      categories: ['security', 'availability'],
      windowStart: '2026-09-01',
      windowEnd: '2027-02-28',
    });
    dialogs.answerMatrixFile(path);
    expect(await call('import:chooseFile', {})).toEqual({ path });
    dialogs.answerMatrixFile(null);
    expect(await call('import:chooseFile', {})).toBeNull();
    const proposal = await call('import:readFile', { path });
    expect(proposal.proposedMapping).toEqual({
      id: 0,
      title: 1,
      description: 2,
      criteria: 3,
      stage: 4,
      frequency: 5,
      key: 6,
      status: 7,
      ownerName: 8,
      ownerFunction: 9,
      justification: 10,
      notes: 11,
    });
    const report = await call('import:preview', {
      token: proposal.token,
      mapping: proposal.proposedMapping,
      assessmentId: target.id,
    });
    expect(report.counts).toMatchObject({ errors: 0, creates: 1, updates: proposal.rowCount - 1 });
    const summary = await call('import:apply', {
      token: proposal.token,
      mapping: proposal.proposedMapping,
      assessmentId: target.id,
    });
    expect(summary).toMatchObject({ created: 1, updated: proposal.rowCount - 1, createdIds: ['CUS-01'] });
  });

  it('refuses bad tokens, mappings and paths with a sentence', async () => {
    const path = await exportTo('export:controlsCsv', 'again.csv');
    const { token } = await call('import:readFile', { path });
    expect(
      await refused('import:preview', {
        token: '5a4a9b8e-3a4d-4a55-9f4c-0d7c2c1b2a10',
        mapping: { id: 0 },
        assessmentId,
      }),
    ).toMatchObject({ code: 'import_expired' });
    expect(await refused('import:preview', { token, mapping: { id: 40 }, assessmentId })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('the sheet has 16 columns'),
    });
    expect(await refused('import:preview', { token, mapping: { notes: 3 }, assessmentId })).toMatchObject({
      message: expect.stringContaining('Map at least the control id or the title column'),
    });
    expect(await refused('import:preview', { token, mapping: { id: '0' }, assessmentId })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await refused('import:preview', { token, mapping: { colour: 1 }, assessmentId })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await refused('import:readFile', { path: 'relative.csv' })).toMatchObject({
      message: 'The file path must be absolute.',
    });
    expect(await refused('import:readFile', { path: join(dir, 'client.fwdb') })).toMatchObject({
      code: 'unsupported_file',
    });
  });
});

describe('round trip: our own matrix exported, imported into a fresh assessment, exported again', () => {
  /** Every column but the evidence-dependent ones (coverage, linked evidence), which belong to the workspace. */
  const comparable = (rows: string[][]) => rows.map((r) => r.filter((_, i) => i !== 13 && i !== 14));

  it('comes back unchanged through CSV, and through XLSX', async () => {
    const original = readCsv(await exportTo('export:controlsCsv', 'original.csv'));
    for (const [format, channel] of [
      ['csv', 'export:controlsCsv'],
      ['xlsx', 'export:controlsXlsx'],
    ] as const) {
      const source = await exportTo(channel, `source.${format}`);
      const fresh = await call('assessment:create', {
        organisation: 'Acme AI',
        systemName: 'Inference API',
        reportType: 'II',
        categories: ['security', 'availability'],
        windowStart: '2026-09-01',
        windowEnd: '2027-02-28',
      });
      const proposal = await call('import:readFile', { path: source });
      expect(proposal.headerRow).toBe(1);
      const summary = await call('import:apply', {
        token: proposal.token,
        mapping: proposal.proposedMapping,
        assessmentId: fresh.id,
      });
      expect(summary.report.counts).toMatchObject({ errors: 0, warnings: 0 });
      const copy = readCsv(await exportTo('export:controlsCsv', `copy-${format}.csv`, fresh.id));
      expect(comparable(copy)).toEqual(comparable(original));
    }
  });

  it('changes nothing when imported back into the assessment it came from', async () => {
    const before = await exportTo('export:controlsCsv', 'self-before.csv');
    const proposal = await call('import:readFile', { path: before });
    const summary = await call('import:apply', {
      token: proposal.token,
      mapping: proposal.proposedMapping,
      assessmentId,
    });
    expect(summary).toMatchObject({ created: 0, updated: proposal.rowCount });
    const after = await exportTo('export:controlsCsv', 'self-after.csv');
    expect(readCsv(after)).toEqual(readCsv(before));
    expect(existsSync(after)).toBe(true);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRICES } from '../support/spreadsheet-workspace';

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let ws: string;
let assessment: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-sheets-'));
  ws = join(dir, 'w.fwdb');
  execFileSync(process.execPath, [BIN, '--version']);
  const created = run([
    'assessment',
    'create',
    '--workspace',
    ws,
    '--org',
    'Acme AI',
    '--system',
    'API',
    '--type',
    'II',
    '--categories',
    'security,availability,confidentiality',
    '--window-start',
    '2026-09-01',
    '--window-end',
    '2027-02-28',
    '--json',
  ]);
  assessment = (JSON.parse(created.stdout) as { id: string }).id;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fieldwork import controls', () => {
  it('reports the messy matrix in --dry-run --json, and exits 1 because of its errors, writing nothing', () => {
    const result = run([
      'import',
      'controls',
      join(MATRICES, 'messy-matrix.csv'),
      '--workspace',
      ws,
      '--dry-run',
      '--json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'fieldwork: error: Nothing was imported: the file has 4 errors. Fix them in the file or with --mapping, then run the command again.\n',
    );
    const out = JSON.parse(result.stdout) as {
      headerRow: number;
      mapping: Record<string, { column: number; header: string }>;
      report: { counts: Record<string, number> };
      applied: unknown;
    };
    expect(out.headerRow).toBe(5);
    expect(out.mapping.criteria).toEqual({ column: 5, header: 'SOC 2 TSC' });
    expect(out.report.counts).toMatchObject({ creates: 18, updates: 1, errors: 4, warnings: 20 });
    expect(out.applied).toBeNull();
  });

  it('takes --mapping over the proposal (header text or #N; field= leaves a field out) and imports', () => {
    // The proposal takes D ("Status", an old column) for the status; the mapping points it at E instead.
    const csv = [
      'Ref;Name;SOC 2;Status;Current state',
      'A-1;Access reviews;CC6.2;Done;Partially',
      'A-2;Key rotation;CC6.1;Done;Not started',
    ].join('\r\n');
    const path = join(dir, 'override.csv');
    writeFileSync(path, csv);
    const proposed = run(['import', 'controls', path, '--workspace', ws, '--dry-run']);
    expect(proposed.stdout).toContain('  status        D  Status');
    const dry = run(['import', 'controls', path, '--workspace', ws, '--dry-run', '--mapping', 'status=#5,title=Name']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('  status        E  Current state');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    const bad = run(['import', 'controls', path, '--workspace', ws, '--mapping', 'criteria=Mapping']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No single column is headed "Mapping"; the headers are A "Ref", B "Name", C "SOC 2"/);
    expect(run(['import', 'controls', path, '--workspace', ws, '--mapping', 'colour=Ref']).stderr).toMatch(
      /Unknown field "colour" in --mapping/,
    );
    const applied = run([
      'import',
      'controls',
      path,
      '--workspace',
      ws,
      '--mapping',
      'status=current STATE,notes=',
      '--json',
    ]);
    expect(applied.code).toBe(0);
    expect((JSON.parse(applied.stdout) as { applied: unknown }).applied).toEqual({
      created: 2,
      updated: 0,
      skipped: 0,
      createdIds: ['A-1', 'A-2'],
    });
  });

  it('imports the 3,000-row workbook and says how many were added', () => {
    const other = run([
      'assessment',
      'create',
      '--workspace',
      ws,
      '--org',
      'Globex',
      '--system',
      'API',
      '--type',
      'I',
      '--categories',
      'security,availability,confidentiality',
      '--json',
    ]);
    const id = (JSON.parse(other.stdout) as { id: string }).id;
    const result = run([
      'import',
      'controls',
      join(MATRICES, 'large-matrix-3000.xlsx'),
      '--workspace',
      ws,
      '--assessment',
      id,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'large-matrix-3000.xlsx (sheet "Controls"): header on rows 2–3, 3000 rows below it.',
    );
    expect(result.stdout).toContain(`Imported into ${id}: 3000 added, 0 updated.`);
  });
});

describe('fieldwork export', () => {
  it('writes the control matrix and the remediation plan as CSV and XLSX', async () => {
    const csv = join(dir, 'm.csv');
    expect(run(['export', '--workspace', ws, '--assessment', assessment, '--format', 'csv', '--out', csv]).stdout).toBe(
      `${csv}\n`,
    );
    const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows.find((r) => r[0] === 'A-1')?.slice(0, 8)).toEqual([
      'A-1',
      'Access reviews',
      '',
      'CC6.2',
      'Organisation-wide',
      'Quarterly',
      'No',
      'Partially implemented',
    ]);
    const xlsx = join(dir, 'plan.xlsx');
    const out = JSON.parse(
      run([
        'export',
        '--workspace',
        ws,
        '--assessment',
        assessment,
        '--format',
        'xlsx',
        '--what',
        'remediation',
        '--out',
        xlsx,
        '--json',
      ]).stdout,
    ) as unknown;
    expect(out).toEqual({ path: xlsx, format: 'xlsx', what: 'remediation' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Remediation plan', 'About']);
  });

  it('refuses unknown formats and --what values with a sentence', () => {
    expect(
      run(['export', '--workspace', ws, '--assessment', assessment, '--format', 'pdf', '--out', join(dir, 'x')]).stderr,
    ).toMatch(/Unknown export format "pdf"; use csv, xlsx/);
    expect(
      run([
        'export',
        '--workspace',
        ws,
        '--assessment',
        assessment,
        '--format',
        'csv',
        '--what',
        'vendors',
        '--out',
        join(dir, 'x'),
      ]).stderr,
    ).toBe('fieldwork: error: The csv format exports controls or remediation, not "vendors".\n');
  });
});

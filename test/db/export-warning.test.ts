import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plaintextWarning } from '../../main/cli/plaintext-warning';
import { detectWorkspaceFile } from '../../main/db/cipher';
import { UNENCRYPTED_EXPORT_NOTE } from '../../shared/interchange/matrix-export';
import type { PackageManifest } from '../../shared/interchange/package';
import { readEntries } from '../support/zip-tamper';

/*
 * Exports that leave encryption, through the real command line (bin/fieldwork.js) on real workspaces: from an
 * encrypted workspace every unencrypted export prints one warning line on stderr (exit code 0), the PDF's
 * cover and the Excel About sheet say so, in the file; from a plain workspace nothing of the kind appears.
 */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');
const PASS = 'correct horse battery staple';
const PDF_LINE_EN =
  'Exported from an encrypted Fieldwork workspace. This PDF is not encrypted: keep and share it with the same care as the workspace.';
const PDF_LINE_FR =
  'Exporté depuis un espace de travail Fieldwork chiffré. Ce PDF n’est pas chiffré : conservez-le et partagez-le avec le même soin que l’espace de travail.';

let dir: string;
let encrypted: string;
let plain: string;

function run(args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete base.FIELDWORK_PASSPHRASE;
  delete base.FIELDWORK_FILE_PASSPHRASE;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs an export on a workspace (with its passphrase when encrypted); it must succeed. */
function exportTo(workspace: string, args: string[], env: Record<string, string> = {}) {
  const result = run([...args, '--workspace', workspace], {
    ...(workspace === encrypted && { FIELDWORK_PASSPHRASE: PASS }),
    ...env,
  });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('Warning:'));
/** The text a reader sees, whitespace (and French no-break spaces) made single spaces. */
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

async function aboutRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const about = workbook.getWorksheet('About');
  const rows: string[][] = [];
  about?.eachRow((row) => rows.push([row.getCell(1).text, row.getCell(2).text]));
  return rows;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-export-warning-'));
  encrypted = join(dir, 'encrypted.fwdb');
  plain = join(dir, 'plain.fwdb');
  expect(run(['demo', '--encrypt', '--workspace', encrypted], { FIELDWORK_PASSPHRASE: PASS }).code).toBe(0);
  expect(run(['demo', '--workspace', plain]).code).toBe(0);
  expect(detectWorkspaceFile(encrypted)).toBe('encrypted');
  expect(detectWorkspaceFile(plain)).toBe('plain');
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exports from an encrypted workspace', { timeout: 240_000 }, () => {
  it('the XLSX says so in its About sheet, and the command prints one warning line', async () => {
    const out = join(dir, 'matrix.xlsx');
    const result = exportTo(encrypted, ['export', '--format', 'xlsx', '--out', out]);
    expect(result.stdout.trim()).toBe(out);
    expect(warnings(result.stderr)).toEqual([plaintextWarning(out)]);
    expect(plaintextWarning(out)).toBe(
      `Warning: ${out} is not encrypted, but the workspace it comes from is; keep and share it with the same care.`,
    );
    const rows = await aboutRows(out);
    expect(rows[0]).toEqual(['Item', 'Value']);
    expect(rows[1]).toEqual(['Not encrypted', UNENCRYPTED_EXPORT_NOTE]);
    expect(UNENCRYPTED_EXPORT_NOTE).toBe(
      'Exported from an encrypted Fieldwork workspace. This file is not encrypted: keep and share it with the same care as the workspace.',
    );
    expect(rows[2]).toEqual(['Organisation', 'Helio Analytics SAS']);

    const plan = join(dir, 'plan.xlsx');
    const planned = exportTo(encrypted, ['export', '--format', 'xlsx', '--what', 'remediation', '--out', plan]);
    expect(warnings(planned.stderr)).toEqual([plaintextWarning(plan)]);
    expect((await aboutRows(plan))[1]).toEqual(['Not encrypted', UNENCRYPTED_EXPORT_NOTE]);
  });

  it('the PDF cover carries the line in English and in French, and so does a report without its cover', () => {
    const en = join(dir, 'report-en.pdf');
    const written = exportTo(encrypted, ['report', '--out', en]);
    expect(warnings(written.stderr)).toEqual([plaintextWarning(en)]);
    const text = pdfText(en);
    expect(text).toContain(PDF_LINE_EN);
    // On the cover: before the first numbered section starts.
    expect(text.indexOf(PDF_LINE_EN)).toBeLessThan(text.indexOf('Readiness verdict'));

    const fr = join(dir, 'report-fr.pdf');
    expect(warnings(exportTo(encrypted, ['report', '--lang', 'fr', '--out', fr]).stderr)).toEqual([
      plaintextWarning(fr),
    ]);
    expect(pdfText(fr)).toContain(PDF_LINE_FR);

    const summary = join(dir, 'summary-only-section.pdf');
    exportTo(encrypted, ['report', '--sections', 'summary', '--out', summary]);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', summary, '-'], { encoding: 'utf8' });
    expect(first.replace(/\s+/g, ' ')).toContain(PDF_LINE_EN);
  });

  it('CSV, OSCAL, the evidence package and an unencrypted portable file warn; a sealed one does not', async () => {
    for (const [format, name] of [
      ['csv', 'matrix.csv'],
      ['oscal-ar', 'ar.json'],
      ['oscal-poam', 'poam.json'],
      ['package', 'package.zip'],
    ] as const) {
      const out = join(dir, name);
      expect(warnings(exportTo(encrypted, ['export', '--format', format, '--out', out]).stderr), format).toEqual([
        plaintextWarning(out),
      ]);
    }
    // The package's manifest notes it too, and its PDF and workbook carry their own lines.
    const entries = await readEntries(join(dir, 'package.zip'));
    const manifest = JSON.parse(
      String(entries.find((e) => e.name === 'manifest.json')?.data.toString('utf8')),
    ) as PackageManifest;
    expect(manifest.notes).toContain(
      'Exported from an encrypted Fieldwork workspace: this package is not encrypted; keep and share it with the same care as the workspace.',
    );

    const open = join(dir, 'open.fwassess');
    expect(warnings(exportTo(encrypted, ['assessment', 'export', '--out', open]).stderr)).toEqual([
      plaintextWarning(open),
    ]);
    const sealed = join(dir, 'sealed.fwassess');
    const quiet = exportTo(encrypted, ['assessment', 'export', '--encrypt', '--out', sealed], {
      FIELDWORK_FILE_PASSPHRASE: 'another long passphrase',
    });
    expect(warnings(quiet.stderr)).toEqual([]);
    expect(quiet.stderr).toMatch(/evidence files, encrypted\.\n$/);
    expect(readFileSync(sealed).subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
  });
});

describe('exports from a plain workspace', { timeout: 240_000 }, () => {
  it('print no warning and write no such line, in any format', async () => {
    const xlsx = join(dir, 'plain.xlsx');
    const pdf = join(dir, 'plain.pdf');
    for (const args of [
      ['export', '--format', 'xlsx', '--out', xlsx],
      ['export', '--format', 'csv', '--out', join(dir, 'plain.csv')],
      ['export', '--format', 'package', '--out', join(dir, 'plain.zip')],
      ['assessment', 'export', '--out', join(dir, 'plain.fwassess')],
      ['report', '--out', pdf],
    ]) {
      const result = exportTo(plain, args);
      expect(warnings(result.stderr), args.join(' ')).toEqual([]);
      expect(result.stderr).not.toMatch(/not encrypted/);
    }
    const rows = await aboutRows(xlsx);
    expect(rows[1]).toEqual(['Organisation', 'Helio Analytics SAS']);
    expect(rows.some(([item]) => item === 'Not encrypted')).toBe(false);
    expect(pdfText(pdf)).not.toContain('encrypted Fieldwork workspace');
    expect(pdfText(pdf)).toContain('Readiness verdict');
  });
});

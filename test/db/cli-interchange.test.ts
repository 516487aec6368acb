import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageVerification } from '../../shared/interchange/package';
import type { PortableImportResult } from '../../shared/interchange/portable';
import { oscalErrors } from '../support/oscal-schemas';
import { readEntries, rewriteZip } from '../support/zip-tamper';

/* The interchange commands through the real command line (bin/fieldwork.js), on real files. */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');

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

function ok(args: string[], env: Record<string, string> = {}): string {
  const result = run(args, env);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

let dir: string;
let ws: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-interchange-'));
  ws = join(dir, 'site.fwdb');
  ok(['demo', '--workspace', ws]);
  const log = join(dir, 'okta-2026-09.log');
  writeFileSync(log, 'ts=2026-09-01T00:00:00Z event=user.session.start outcome=SUCCESS\n'.repeat(50));
  ok([
    'evidence',
    'add',
    '--workspace',
    ws,
    '--control',
    'GOV-01',
    '--file',
    log,
    '--kind',
    'log_export',
    '--collected-at',
    '2026-10-02',
    '--from',
    '2026-09-01',
    '--to',
    '2026-09-30',
  ]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fieldwork export --format oscal-ar | oscal-poam | package', { timeout: 240_000 }, () => {
  it('writes OSCAL documents that validate against the NIST schemas', () => {
    const ar = join(dir, 'ar.json');
    const poam = join(dir, 'poam.json');
    expect(ok(['export', '--workspace', ws, '--format', 'oscal-ar', '--out', ar]).trim()).toBe(ar);
    ok(['export', '--workspace', ws, '--format', 'oscal-poam', '--out', poam]);
    expect(oscalErrors('assessment-results', JSON.parse(readFileSync(ar, 'utf8')))).toEqual([]);
    expect(oscalErrors('poam', JSON.parse(readFileSync(poam, 'utf8')))).toEqual([]);
    const refused = run(['export', '--workspace', ws, '--format', 'oscal-ar', '--what', 'controls', '--out', ar]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--what does not apply to the oscal-ar format/);
  });

  it('builds a package that `package verify` accepts, and rejects once a file is changed (exit 1)', async () => {
    const zip = join(dir, 'package.zip');
    ok(['export', '--workspace', ws, '--format', 'package', '--out', zip]);
    const verified = run(['package', 'verify', zip]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Helio Copilot/);
    expect(verified.stdout).toMatch(/ok\s+evidence\/[0-9a-f]{12}-okta-2026-09\.log/);
    const json = JSON.parse(ok(['package', 'verify', zip, '--json'])) as PackageVerification;
    expect(json.ok).toBe(true);

    const tampered = join(dir, 'tampered.zip');
    await rewriteZip(zip, tampered, (entries) =>
      entries.map((e) => (e.name.endsWith('okta-2026-09.log') ? { ...e, data: Buffer.from('edited') } : e)),
    );
    const failed = run(['package', 'verify', tampered]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/CHANGED\s+evidence\/[0-9a-f]{12}-okta-2026-09\.log\s+Its content no longer matches/);
    expect(failed.stderr).toMatch(/does not match its manifest \(1 problem\)/);
    expect((await readEntries(tampered)).length).toBe((await readEntries(zip)).length);
  });
});

describe('fieldwork assessment export | import', { timeout: 240_000 }, () => {
  const file = () => join(dir, 'site.fwassess');
  const env = { FIELDWORK_FILE_PASSPHRASE: 'a long file passphrase' };

  it('needs a passphrase from the environment or a terminal to encrypt, never an option', () => {
    const refused = run(['assessment', 'export', '--workspace', ws, '--out', file(), '--encrypt']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/FIELDWORK_FILE_PASSPHRASE/);
    expect(run(['assessment', 'export', '--workspace', ws, '--out', file(), '--passphrase', 'x']).code).not.toBe(0);
  });

  it('exports encrypted and imports into another workspace; a wrong passphrase is refused', () => {
    ok(['assessment', 'export', '--workspace', ws, '--out', file(), '--encrypt'], env);
    expect(readFileSync(file()).subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
    ok(['demo', '--workspace', join(dir, 'scratch.fwdb')]);
    const wrong = run(['assessment', 'import', file(), '--workspace', join(dir, 'scratch.fwdb')], {
      FIELDWORK_FILE_PASSPHRASE: 'not the passphrase',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase is wrong/);
    const imported = JSON.parse(
      ok(['assessment', 'import', file(), '--workspace', join(dir, 'scratch.fwdb'), '--json'], env),
    ) as PortableImportResult;
    expect(imported).toMatchObject({ status: 'imported', mode: 'new' });
  });

  it('detects the same assessment arriving twice and follows --on-duplicate', () => {
    const again = run(['assessment', 'import', file(), '--workspace', ws], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds this assessment.*--on-duplicate copy, replace or cancel/);
    const cancelled = JSON.parse(
      ok(['assessment', 'import', file(), '--workspace', ws, '--on-duplicate', 'cancel', '--json'], env),
    ) as PortableImportResult;
    expect(cancelled.status).toBe('cancelled');
    const copy = JSON.parse(
      ok(['assessment', 'import', file(), '--workspace', ws, '--on-duplicate', 'copy', '--json'], env),
    ) as PortableImportResult;
    expect(copy.mode).toBe('copy');
    const listed = JSON.parse(ok(['assessment', 'list', '--workspace', ws, '--json'])) as { id: string }[];
    expect(listed.map((a) => a.id)).toContain(copy.assessmentId);
    expect(listed).toHaveLength(2);
    const replaced = JSON.parse(
      ok(['assessment', 'import', file(), '--workspace', ws, '--on-duplicate', 'replace', '--json'], env),
    ) as PortableImportResult;
    expect(replaced.mode).toBe('replace');
  });
});

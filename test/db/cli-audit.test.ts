import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, AuditVerification } from '../../shared/audit/types';

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[], env: Record<string, string> = {}): string {
  const result = run(args, env);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-audit-'));
  execFileSync(process.execPath, [BIN, '--version']);
}, 120_000);

function workspaceWithEdits(name: string): { ws: string; id: string } {
  const ws = join(dir, name);
  const id = JSON.parse(
    ok([
      'assessment',
      'create',
      '--workspace',
      ws,
      '--org',
      'Acme AI',
      '--system',
      'Scoring API',
      '--type',
      'I',
      '--categories',
      'security',
      '--json',
    ]),
  ) as { id: string };
  ok(['control', 'set', '--workspace', ws, '--assessment', id.id, '--control', 'GOV-01', '--status', 'implemented'], {
    FIELDWORK_ACTOR: 'Dana Reviewer',
  });
  return { ws, id: id.id };
}

// Each command is a separate process (and rebuilds the bundle when sources changed): generous timeouts.
describe('fieldwork audit', () => {
  it('verifies an untouched trail, lists the latest entries with their author, and exits 1 once an entry is changed', () => {
    const { ws } = workspaceWithEdits('verify.fwdb');
    expect(ok(['audit', 'verify', '--workspace', ws])).toMatch(
      /^Audit trail verified: \d+ entries, unbroken\.\nLatest entry \(keep it as an anchor\): \d+:[0-9a-f]{64}\n$/,
    );

    const page = JSON.parse(
      ok(['audit', 'list', '--workspace', ws, '--table', 'assessment_controls', '--action', 'update', '--json']),
    ) as AuditPage;
    expect(page.entries.map((e) => [e.actor, e.label, e.before, e.after])).toEqual([
      ['Dana Reviewer', 'GOV-01', { status: 'not_assessed' }, { status: 'implemented' }],
    ]);
    const verified = JSON.parse(ok(['audit', 'verify', '--workspace', ws, '--json'])) as AuditVerification;
    const anchor = `${verified.head?.seq}:${verified.head?.hash}`;
    expect(ok(['audit', 'verify', '--workspace', ws, '--anchor', anchor])).toContain(
      `The anchor ${anchor} is part of it.`,
    );

    const raw = new Database(ws);
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 2;`);
    raw.close();
    const broken = run(['audit', 'verify', '--workspace', ws]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Audit trail BROKEN: entry #2 was changed after it was recorded');
    expect(broken.stdout).toContain('The recording trigger audit_log_no_update has been removed');
    expect(broken.stderr).toMatch(/fieldwork: error: The audit trail did not verify/);
    const json = run(['audit', 'verify', '--workspace', ws, '--json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as AuditVerification).firstBreak).toEqual({ kind: 'altered', seq: 2 });
  }, 180_000);

  it('exports CSV and JSON, the format from the file name or --format, and refuses a bad anchor or table', () => {
    const { ws, id } = workspaceWithEdits('export.fwdb');
    const csv = join(dir, 'trail.csv');
    expect(
      ok(['audit', 'export', '--workspace', ws, '--out', csv, '--assessment', id, '--action', 'update']).trim(),
    ).toBe(csv);
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Dana Reviewer');
    const out = join(dir, 'trail.data');
    ok(['audit', 'export', '--workspace', ws, '--out', out, '--format', 'json']);
    const document = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      entries: unknown[];
      verification: AuditVerification;
    };
    expect(document.format).toBe('fieldwork-audit-trail');
    expect(document.entries.length).toBe(document.verification.entries);

    expect(run(['audit', 'export', '--workspace', ws, '--out', join(dir, 'x.txt')]).stderr).toMatch(
      /--format csv or --format json/,
    );
    expect(run(['audit', 'verify', '--workspace', ws, '--anchor', '12:abc']).stderr).toMatch(
      /--anchor must be written SEQ:HASH/,
    );
    expect(run(['audit', 'list', '--workspace', ws, '--table', 'secrets']).stderr).toMatch(
      /--table must be one of assessments,/,
    );
  }, 180_000);
});

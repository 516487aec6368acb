import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../shared/domain';
import type { EvidenceVerification } from '../../shared/evidence';

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[]): string {
  const result = run(args);
  expect(result.stderr.includes('error'), result.stderr).toBe(false);
  expect(result.code).toBe(0);
  return result.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-evidence-'));
  execFileSync(process.execPath, [BIN, '--version']);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fieldwork evidence', () => {
  it('adds, lists and verifies evidence, and names the file that was tampered with', () => {
    const ws = join(dir, 'ci.fwdb');
    // A plain assessment: the demo ships its own generated evidence, which would crowd these lists.
    ok(['assessment', 'create', '--workspace', ws, '--org', 'CI Co', '--system', 'Model API', '--type', 'II', '--window-start', '2026-09-01', '--window-end', '2027-02-28']);
    const log = join(dir, 'okta-2026-09.log');
    writeFileSync(log, 'ts=2026-09-01T00:00:00Z event=user.session.start outcome=SUCCESS\n'.repeat(100));
    const shot = join(dir, 'mfa-policy.png');
    writeFileSync(shot, 'not really a png');

    const [item] = JSON.parse(
      ok(['evidence', 'add', '--workspace', ws, '--control', 'GOV-01', '--file', log, '--kind', 'log_export', '--source', 'Okta', '--collected-by', 'CI', '--collected-at', '2026-10-02', '--from', '2026-09-01', '--to', '2026-09-30', '--notes', 'nightly export', '--json']),
    ) as EvidenceItem[];
    expect(item).toMatchObject({ originalName: 'okta-2026-09.log', kind: 'log_export', sourceSystem: 'Okta', collectedBy: 'CI', periodFrom: '2026-09-01', periodTo: '2026-09-30', controlIds: ['GOV-01'] });
    const expected = execFileSync('sha256sum', [log], { encoding: 'utf8' }).split(' ')[0];
    expect(item?.sha256).toBe(expected);
    const shotId = ok(['evidence', 'add', '--workspace', ws, '--control', 'GOV-01', '--file', shot, '--kind', 'screenshot', '--date', '2026-10-01']).trim();
    expect(shotId).toMatch(/^[0-9a-f-]{36}$/);

    const listed = JSON.parse(ok(['evidence', 'list', '--workspace', ws, '--json'])) as EvidenceItem[];
    expect(listed.map((i) => [i.originalName, i.periodFrom, i.periodTo])).toEqual([
      ['okta-2026-09.log', '2026-09-01', '2026-09-30'],
      ['mfa-policy.png', '2026-10-01', '2026-10-01'],
    ]);
    expect(ok(['evidence', 'list', '--workspace', ws])).toMatch(/okta-2026-09\.log\s+log_export\s+2026-09-01 → 2026-09-30\s+GOV-01/);

    const clean = JSON.parse(ok(['evidence', 'verify', '--workspace', ws, '--json'])) as EvidenceVerification;
    expect(clean.summary).toEqual({ total: 2, ok: 2, modified: 0, missing: 0 });

    const stored = join(`${ws}.evidence`, expected!.slice(0, 2), expected!);
    const bytes = readFileSync(stored);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    writeFileSync(stored, bytes);
    const tampered = run(['evidence', 'verify', '--workspace', ws]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(new RegExp(`MODIFIED\\s+okta-2026-09\\.log\\s+${item!.id}\\s+GOV-01\\s+${expected}`));
    expect(tampered.stdout).toMatch(/ok\s+mfa-policy\.png/);
    expect(tampered.stderr.trim()).toBe('fieldwork: error: 1 modified and 0 missing of 2 evidence file(s): okta-2026-09.log modified.');
    const json = run(['evidence', 'verify', '--workspace', ws, '--json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as EvidenceVerification).items.find((i) => i.status === 'modified')?.originalName).toBe('okta-2026-09.log');
  });

  it('removes evidence and records populations', () => {
    const ws = join(dir, 'remove.fwdb');
    // A plain assessment: the demo ships its own generated evidence, which would crowd these lists.
    ok(['assessment', 'create', '--workspace', ws, '--org', 'CI Co', '--system', 'Model API', '--type', 'II', '--window-start', '2026-09-01', '--window-end', '2027-02-28']);
    const file = join(dir, 'ticket.json');
    writeFileSync(file, '{"ticket":"CHG-1"}');
    const id = ok(['evidence', 'add', '--workspace', ws, '--control', 'GOV-01,GOV-02', '--file', file, '--kind', 'ticket', '--date', '2026-09-15']).trim();
    expect(ok(['evidence', 'remove', '--workspace', ws, '--evidence', id, '--control', 'GOV-02'])).toBe(`Unlinked GOV-02 from evidence ${id}; its stored file is kept (still used).\n`);
    expect(ok(['evidence', 'remove', '--workspace', ws, '--evidence', id])).toBe(`Removed evidence ${id}; its stored file was deleted.\n`);
    expect(JSON.parse(ok(['evidence', 'list', '--workspace', ws, '--json']))).toEqual([]);

    // HR-02 (background checks) runs per event in the shipped catalog; GOV-01 runs quarterly.
    expect(ok(['evidence', 'population', '--workspace', ws, '--control', 'HR-02', '--population', '12', '--evidenced', '11'])).toBe('HR-02: 11 of 12 event(s) evidenced.\n');
    const refused = run(['evidence', 'population', '--workspace', ws, '--control', 'GOV-01', '--population', '3', '--evidenced', '2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('fieldwork: error: GOV-01 runs quarterly, not per event: a population applies only to per-event controls.\n');
  });

  it.each([
    [['evidence', 'add', '--control', 'GOV-01', '--file', 'missing.log', '--kind', 'log_export', '--from', '2026-09-01'], /No file at .*missing\.log\./],
    [['evidence', 'add', '--control', 'GOV-01', '--file', '.', '--kind', 'log_export', '--from', '2026-09-01'], /is a folder, not a file/],
    [['evidence', 'add', '--control', 'GOV-01', '--file', 'x', '--kind', 'video', '--from', '2026-09-01'], /Unknown evidence kind "video"; use log_export, system_report, config_export, ticket, policy, screenshot\./],
    [['evidence', 'add', '--control', 'GOV-01', '--file', 'x', '--kind', 'ticket', '--from', '2026-09-10', '--to', '2026-09-01'], /The evidence period starts \(2026-09-10\) after it ends \(2026-09-01\)\./],
    [['evidence', 'add', '--control', 'GOV-01', '--file', 'x', '--kind', 'ticket'], /Say which period the evidence covers/],
    [['evidence', 'add', '--control', 'GOV-01', '--file', 'x', '--kind', 'ticket', '--date', '2026-09-01', '--from', '2026-09-01'], /Give either --date/],
    [['evidence', 'remove', '--evidence', 'nope'], /No evidence with id nope in this workspace\./],
    [['evidence', 'population', '--control', 'GOV-01', '--population', '10', '--evidenced', 'many'], /--evidenced must be a whole number \(got "many"\)\./],
  ])('rejects %j with one clear line', (args, message) => {
    const ws = join(dir, 'refusals.fwdb');
    if (!existsSync(ws)) // A plain assessment: the demo ships its own generated evidence, which would crowd these lists.
    ok(['assessment', 'create', '--workspace', ws, '--org', 'CI Co', '--system', 'Model API', '--type', 'II', '--window-start', '2026-09-01', '--window-end', '2027-02-28']);
    const result = spawnSync(process.execPath, [BIN, ...args, '--workspace', ws], { encoding: 'utf8', cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

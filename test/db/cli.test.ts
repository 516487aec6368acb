import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../shared/scoring/types';
import { CRITERION_REFS } from '../../shared/catalog/criteria-ids';

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
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-'));
  // Build once up front so the individual commands measure behaviour, not bundling.
  execFileSync(process.execPath, [BIN, '--version']);
}, 120_000);

describe('fieldwork command line', () => {
  it('creates, lists, edits and scores an assessment', () => {
    const ws = join(dir, 'flow.fwdb');
    const created = JSON.parse(
      ok(['assessment', 'create', '--workspace', ws, '--org', 'Acme AI', '--system', 'Scoring API', '--type', 'II', '--categories', 'security,availability', '--window-start', '2026-09-01', '--window-end', '2027-02-28', '--json']),
    ) as { id: string; reviewDate: string; categories: string[] };
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.reviewDate).toBe('2026-10-31');
    expect(created.categories).toEqual(['security', 'availability']);

    const list = JSON.parse(ok(['assessment', 'list', '--workspace', ws, '--json'])) as { id: string }[];
    expect(list.map((a) => a.id)).toEqual([created.id]);

    const before = JSON.parse(ok(['score', '--workspace', ws, '--assessment', created.id, '--json'])) as ScoreResult;
    expect(before.overall.design).toBe(0);
    expect(before.criteria).toHaveLength(CRITERION_REFS.filter((c) => c.category === 'security' || c.category === 'availability').length);

    // Pick a control that is the only applicable one for none of its criteria is irrelevant: compute the expectation from the JSON itself.
    const target = before.controls.find((c) => c.criteria.length > 0)!;
    ok(['control', 'set', '--workspace', ws, '--assessment', created.id, '--control', target.id, '--status', 'implemented', '--owner', 'Ana Lima', '--function', 'security']);
    const after = JSON.parse(ok(['score', '--workspace', ws, '--assessment', created.id, '--json'])) as ScoreResult;
    const control = after.controls.find((c) => c.id === target.id)!;
    expect(control.status).toBe('implemented');
    expect(control.design).toBe(1);
    for (const criterionId of control.criteria) {
      const criterion = after.criteria.find((c) => c.id === criterionId)!;
      // Only this control is implemented, so the criterion's figure is its weight over the criterion's total weight.
      expect(criterion.design).toBeCloseTo(control.weight / criterion.weight, 12);
    }
    expect(after.overall.design).toBeGreaterThan(0);
  });

  it('builds the demo and writes its report', () => {
    const ws = join(dir, 'demo.fwdb');
    const id = ok(['demo', '--workspace', ws]).trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const score = JSON.parse(ok(['score', '--workspace', ws, '--json'])) as ScoreResult;
    expect(score.assessmentId).toBe(id);
    const statuses = new Set(score.controls.map((c) => c.status));
    for (const s of ['implemented', 'partial', 'not_implemented', 'not_assessed']) expect(statuses.has(s as never)).toBe(true);
    const out = join(dir, 'demo.pdf');
    ok(['report', '--workspace', ws, '--out', out]);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  it.each([
    [['assessment', 'create', '--org', 'A', '--system', 'S', '--type', 'II', '--window-start', '2026-02-30'], /Observation window start must be a real date written YYYY-MM-DD/],
    [['assessment', 'create', '--org', 'A', '--system', 'S', '--type', 'II', '--window-start', '2026-09-01', '--window-end', '2026-08-01'], /ends \(2026-08-01\) on or before it starts/],
    [['assessment', 'create', '--org', 'A', '--system', 'S', '--type', 'II', '--window-start', '2026-09-01', '--window-end', '2026-10-01'], /at least 60 days/],
    [['assessment', 'create', '--org', 'A', '--system', 'S', '--type', 'II', '--categories', 'security,safety', '--window-start', '2026-09-01'], /Unknown category "safety"/],
    [['score', '--assessment', 'no-such-id'], /No assessment with id no-such-id/],
  ])('rejects %j with one clear line', (args, message) => {
    const ws = join(dir, 'errors.fwdb');
    ok(['assessment', 'create', '--workspace', ws, '--org', 'Seed', '--system', 'S', '--type', 'I']);
    const result = run([...args, '--workspace', ws]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown status and names the valid ones', () => {
    const ws = join(dir, 'status.fwdb');
    const id = ok(['demo', '--workspace', ws]).trim();
    const result = run(['control', 'set', '--workspace', ws, '--assessment', id, '--control', 'GOV-01', '--status', 'done']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Unknown status "done"; use not_assessed, not_implemented, partial, implemented, not_applicable/);
  });

  it('refuses a workspace from a newer version and leaves it untouched', () => {
    const ws = join(dir, 'future.fwdb');
    ok(['demo', '--workspace', ws]);
    const db = new Database(ws);
    db.pragma('user_version = 999');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(ws);
    const result = run(['score', '--workspace', ws, '--json']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/written by a newer version of Fieldwork/);
    expect(readFileSync(ws).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a workspace', () => {
    const file = join(dir, 'notes.fwdb');
    writeFileSync(file, 'just some text, not a database at all'.repeat(50));
    const result = run(['assessment', 'list', '--workspace', file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not a readable Fieldwork workspace/);
  });

  it('says so when the workspace does not exist', () => {
    const result = run(['score', '--workspace', join(dir, 'missing.fwdb')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/No workspace at .*missing\.fwdb/);
  });
});

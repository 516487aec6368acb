import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDateOf } from '../../shared/dates';
import type { ReviewView } from '../../shared/review/types';
import type { ScoreResult } from '../../shared/scoring/types';
import type { SnapshotDiff } from '../../shared/snapshots/diff';
import type { Snapshot, SnapshotSummary } from '../../shared/snapshots/types';

/* The review and snapshot commands on the real clock: the window is placed relative to today. */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');
const TODAY = isoDateOf(new Date());
const START = addDays(TODAY, -70);

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(args: string[]): T {
  const result = run([...args, '--json']);
  expect(result.stderr, result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

let dir: string;
let ws: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-review-'));
  ws = join(dir, 'ws.fwdb');
  execFileSync(process.execPath, [BIN, '--version']);
  json(['assessment', 'create', '--workspace', ws, '--org', 'Acme', '--system', 'API', '--type', 'II', '--window-start', START, '--window-end', addDays(START, 180)]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fieldwork review / snapshot / score --as-of', () => {
  it('score --json carries coverage for every control and the as-of date; --as-of moves it', () => {
    const score = json<ScoreResult>(['score', '--workspace', ws]);
    expect(score.asOf).toBe(TODAY);
    expect(score.controls.every((c) => typeof c.coverage === 'number' && 'samplePassRate' in c)).toBe(true);
    expect(score.overall.operating).toBe(0);
    expect(json<ScoreResult>(['score', '--workspace', ws, '--as-of', addDays(START, 10)]).asOf).toBe(addDays(START, 10));
    const bad = run(['score', '--workspace', ws, '--as-of', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/as-of date must be a real date/);
  });

  it('takes a baseline, samples, records, completes and diffs', () => {
    const baseline = json<SnapshotSummary>(['snapshot', 'take', '--workspace', ws, '--label', 'Baseline']);
    const review = json<ReviewView>(['review', 'sample', '--workspace', ws]);
    expect(review.asOf).toBe(TODAY);
    // Running it again shows the same open review and the same sample.
    expect(json<ReviewView>(['review', 'sample', '--workspace', ws])).toEqual(review);
    const target = review.controls.find((c) => c.samples.length > 0);
    if (!target) throw new Error('no control was sampled');

    const noNote = run(['review', 'record', '--workspace', ws, '--control', target.controlId, '--item', '1', '--result', 'exception']);
    expect(noNote.code).not.toBe(0);
    expect(noNote.stderr.trim().split('\n')).toHaveLength(1);
    expect(noNote.stderr).toMatch(/needs a note/);
    const recorded = json<{ passed: number }>(['review', 'record', '--workspace', ws, '--control', target.controlId, '--item', '1', '--result', 'passed', '--note', 'checked']);
    expect(recorded.passed).toBe(1);

    const refused = run(['review', 'complete', '--workspace', ws]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/still untested/);
    const done = json<{ snapshot: SnapshotSummary }>(['review', 'complete', '--workspace', ws, '--allow-incomplete']);
    expect(done.snapshot.label).toBe('Day-60 review');

    const list = json<SnapshotSummary[]>(['snapshot', 'list', '--workspace', ws]);
    expect(list.map((s) => s.id)).toEqual([baseline.id, done.snapshot.id]);
    expect(json<Snapshot>(['snapshot', 'show', '--workspace', ws]).id).toBe(done.snapshot.id);
    const diff = json<SnapshotDiff>(['snapshot', 'diff', '--workspace', ws]);
    expect(diff.from.id).toBe(baseline.id);
    expect(diff.controls.find((c) => c.id === target.controlId)?.conclusion.to).toBe(target.samples.length === 1 ? 'effective' : 'incomplete');
    const text = run(['snapshot', 'list', '--workspace', ws]);
    expect(text.stdout).toContain('Day-60 review');
  });

  it('refuses to sample before the review date, naming it', () => {
    const early = join(dir, 'early.fwdb');
    const start = addDays(TODAY, -10);
    json(['assessment', 'create', '--workspace', early, '--org', 'A', '--system', 'S', '--type', 'II', '--window-start', start]);
    const result = run(['review', 'sample', '--workspace', early]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`opens on ${addDays(start, 60)}, in 50 days`);
  });
});

import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { listControls } from '../../main/db/controls';
import { listEvidence } from '../../main/db/evidence';
import { evidenceStoreDirOf, storedPathOf } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';

/**
 * Crash safety: a worker process writes to a real workspace (checklist edits, evidence imports) and is
 * killed with SIGKILL at a random moment, many times over. After every kill the workspace must pass
 * PRAGMA integrity_check, every write the worker acknowledged must be there, and no import may be half
 * applied (an evidence row always has its stored file with the right hash, and its link).
 */
const ROOT = join(import.meta.dirname, '../..');
const WORKER = join(ROOT, 'node_modules/.cache/fieldwork-crash/crash-worker.mjs');
/** Kills per run; FIELDWORK_CRASH_SCALE=10 makes a longer soak (1,500 kills). */
const SCALE = Math.max(1, Number(process.env.FIELDWORK_CRASH_SCALE ?? 1));
const ROUNDS = { edits: 100 * SCALE, evidence: 50 * SCALE };

function randomDelay(seed: number): number {
  return 30 + ((seed * 2654435761) % 250);
}

/** Runs the worker until a random moment after it is ready, kills it, and returns its acknowledgements. */
function runAndKill(mode: 'edits' | 'evidence', workspace: string, assessmentId: string, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, mode, workspace, assessmentId, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), randomDelay(seed));
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`worker ended by itself: ${err}`));
      // A line cut by the kill is not an acknowledgement.
      resolve(out.split('\n').slice(0, -1).filter((line) => line !== 'ready'));
    });
  });
}

function setUp(name: string) {
  const workspace = join(mkdtempSync(join(tmpdir(), `fieldwork-crash-${name}-`)), 'w.fwdb');
  const db = openWorkspaceDb(workspace, { create: true });
  const ctx = { db, catalog: bundledCatalog(), now: () => new Date('2026-11-22T10:00:00Z') };
  const assessment = createAssessment(ctx, { organisation: 'Crash Co', systemName: 'API', reportType: 'I', categories: [] });
  closeWorkspaceDb(db);
  return { workspace, assessmentId: assessment.id };
}

beforeAll(() => {
  buildSync({
    entryPoints: [join(ROOT, 'test/crash/crash-worker.ts')],
    outfile: WORKER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
});

describe('crash safety under SIGKILL', () => {
  it(`keeps every acknowledged checklist edit across ${ROUNDS.edits} kills`, async () => {
    const { workspace, assessmentId } = setUp('edits');
    const lastAcked = new Map<string, number>();
    let acks = 0;
    for (let round = 1; round <= ROUNDS.edits; round++) {
      for (const line of await runAndKill('edits', workspace, assessmentId, round)) {
        const [, controlId, n] = line.split(' ');
        lastAcked.set(controlId!, Number(n));
        acks += 1;
      }
      const db = openWorkspaceDb(workspace);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const notes = new Map(listControls(db, assessmentId).map((c) => [c.controlId, c.notes]));
        for (const [controlId, n] of lastAcked) {
          // The stored edit is the acknowledged one or a later one that committed just before the kill.
          const stored = Number(/^edit (\d+)$/.exec(notes.get(controlId) ?? '')?.[1] ?? -1);
          expect(stored, `${controlId} lost acknowledged edit ${n}`).toBeGreaterThanOrEqual(n);
        }
      } finally {
        closeWorkspaceDb(db);
      }
    }
    expect(acks).toBeGreaterThan(ROUNDS.edits);
  }, 600_000 * SCALE);

  it(`never leaves an evidence import half applied across ${ROUNDS.evidence} kills`, async () => {
    const { workspace, assessmentId } = setUp('evidence');
    const acked = new Set<string>();
    for (let round = 1; round <= ROUNDS.evidence; round++) {
      for (const line of await runAndKill('evidence', workspace, assessmentId, round)) acked.add(line.split(' ')[1]!);
      const db = openWorkspaceDb(workspace);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const items = listEvidence(db, assessmentId);
        const ids = new Set(items.map((i) => i.id));
        for (const id of acked) expect(ids.has(id), `acknowledged import ${id} lost`).toBe(true);
        for (const item of items) {
          expect(item.controlIds, `evidence ${item.id} has no link`).toHaveLength(1);
          const stored = storedPathOf(evidenceStoreDirOf(workspace), item.sha256);
          expect(existsSync(stored), `evidence ${item.id} has no stored file`).toBe(true);
          expect(createHash('sha256').update(readFileSync(stored)).digest('hex')).toBe(item.sha256);
        }
      } finally {
        closeWorkspaceDb(db);
      }
    }
    expect(acked.size).toBeGreaterThan(0);
  }, 600_000 * SCALE);
});

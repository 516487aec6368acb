import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { evidenceStoreDirOf, storedPathOf, storeFile } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import {
  addEvidence,
  addEvidenceFiles,
  linkEvidence,
  listEvidenceOf,
  listPopulationsOf,
  removeEvidence,
  setPopulation,
  unlinkEvidence,
  verifyEvidence,
} from '../../main/services/evidence';
import { AppError } from '../../shared/ipc/result';
import { smallCatalog } from '../support/small-catalog';

/* The evidence store and services on real files and a real workspace; sha256sum is the independent check. */

let dir: string;
let store: string;
let ctx: ServiceContext;
let assessmentId: string;

const BASE = { kind: 'log_export', sourceSystem: 'Okta', collectedBy: 'Ana Lopez', periodFrom: '2026-09-01', periodTo: '2026-10-31', notes: '' } as const;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-evidence-'));
  const workspace = join(dir, 'w.fwdb');
  store = evidenceStoreDirOf(workspace);
  ctx = { db: openWorkspaceDb(workspace, { create: true }), catalog: smallCatalog(), now: () => new Date('2026-11-15T10:00:00Z') };
  assessmentId = createAssessment(ctx, {
    organisation: 'Acme Robotics',
    systemName: 'Vision API',
    reportType: 'II',
    categories: ['availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
});

afterEach(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every file in the store, including leftovers of interrupted copies. */
function storedFiles(): string[] {
  if (!existsSync(store)) return [];
  return readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function sha256sum(path: string): string {
  return execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0] ?? '';
}

function count(table: string): number {
  return ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, the promise resolved');
}

describe('adding evidence', () => {
  it('stores identical bytes once, as two items, under their SHA-256', async () => {
    const bytes = 'ts=2026-09-01 user=ana action=login result=ok\n'.repeat(5000);
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('okta-sept.log', bytes), controlIds: ['SEC-AC-01'] });
    const b = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('copy.txt', bytes), controlIds: ['SEC-GOV-01'] });
    expect(a.sha256).toBe(sha256sum(join(dir, 'okta-sept.log')));
    expect(b.sha256).toBe(a.sha256);
    expect(a.id).not.toBe(b.id);
    expect([a.originalName, b.originalName]).toEqual(['okta-sept.log', 'copy.txt']);
    expect(a.size).toBe(Buffer.byteLength(bytes));
    expect(storedFiles()).toEqual([storedPathOf(store, a.sha256)]);
    expect(readFileSync(storedPathOf(store, a.sha256), 'utf8')).toBe(bytes);
    expect(count('evidence_files')).toBe(1);
    expect(listEvidenceOf(ctx, assessmentId).map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('fills the defaults: collected today, point in time when no end is given', async () => {
    const item = await addEvidence(ctx, store, {
      assessmentId,
      filePath: file('mfa.png', 'png'),
      controlIds: ['sec-ac-01', 'SEC-AC-01'],
      kind: 'screenshot',
      periodFrom: '2026-11-02',
    });
    expect(item).toMatchObject({ collectedAt: '2026-11-15', periodFrom: '2026-11-02', periodTo: '2026-11-02', controlIds: ['SEC-AC-01'], sourceSystem: '' });
  });

  it('adds a batch all or nothing', async () => {
    const good = file('good.log', 'good');
    const error = await rejection(addEvidenceFiles(ctx, store, { ...BASE, assessmentId, controlIds: ['SEC-AC-01'], filePaths: [good, join(dir, 'absent.log')] }));
    expect(error.message).toMatch(/No file at .*absent\.log/);
    expect(count('evidence_items')).toBe(0);
    expect(storedFiles()).toEqual([]);
    const items = await addEvidenceFiles(ctx, store, { ...BASE, assessmentId, controlIds: ['SEC-AC-01'], filePaths: [good, file('other.log', 'other')] });
    expect(items.map((i) => i.originalName)).toEqual(['good.log', 'other.log']);
    expect(storedFiles()).toHaveLength(2);
  });

  it('clears copies an interrupted add left behind, never one in progress', async () => {
    const partial = join(store, '.partial');
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'crashed'), 'half a file');
    utimesSync(join(partial, 'crashed'), new Date('2026-01-01'), new Date('2026-01-01'));
    writeFileSync(join(partial, 'in-progress'), 'being written');
    await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('x.log', 'x'), controlIds: ['SEC-AC-01'] });
    expect(readdirSync(partial)).toEqual(['in-progress']);
  });

  it('leaves no item, link or file when a control is unknown', async () => {
    const error = await rejection(addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('x.log', 'x'), controlIds: ['SEC-AC-01', 'NOPE-99'] }));
    expect(error.message).toBe('No control NOPE-99 in this assessment; nothing was added.');
    expect([count('evidence_items'), count('evidence_links'), count('evidence_files')]).toEqual([0, 0, 0]);
    expect(storedFiles()).toEqual([]);
  });

  it('deletes the newly stored file when the transaction fails, and keeps one other items use', async () => {
    const kept = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('kept.log', 'shared'), controlIds: ['SEC-AC-01'] });
    // A real SQLite failure inside the transaction, after the files were stored.
    ctx.db.exec("CREATE TEMP TRIGGER fail_links BEFORE INSERT ON evidence_links BEGIN SELECT RAISE(ABORT, 'disk went away'); END");
    const fresh = file('fresh.log', 'fresh content');
    await expect(
      addEvidenceFiles(ctx, store, { ...BASE, assessmentId, controlIds: ['SEC-GOV-01'], filePaths: [fresh, file('same.log', 'shared')] }),
    ).rejects.toThrow(/disk went away/);
    expect(listEvidenceOf(ctx, assessmentId).map((i) => i.id)).toEqual([kept.id]);
    expect(count('evidence_links')).toBe(1);
    expect(count('evidence_files')).toBe(1);
    expect(storedFiles()).toEqual([storedPathOf(store, kept.sha256)]);
  });

  it.each([
    [{ periodFrom: '2026-10-01', periodTo: '2026-09-01' }, 'The evidence period starts (2026-10-01) after it ends (2026-09-01).'],
    [{ kind: 'video' }, 'Unknown evidence kind "video"; use log_export, system_report, config_export, ticket, policy, screenshot.'],
    [{ periodFrom: '2026-02-30' }, 'Period start must be a real date written YYYY-MM-DD (for example 2026-09-01).'],
    [{ kind: 'screenshot' }, /A screenshot shows a single moment, not a period/],
    [{ collectedAt: '2026-10-01' }, 'The evidence period ends (2026-10-31) after the evidence was collected (2026-10-01); evidence cannot cover days after its collection.'],
    [{ collectedAt: '2027-01-01', periodTo: '2026-12-31' }, 'The collection date (2027-01-01) is in the future.'],
    [{ controlIds: [] }, 'Controls must name at least one control.'],
    [{ notes: 'n'.repeat(20_001) }, 'Notes must be at most 20000 characters.'],
  ])('rejects %j with a clear message', async (patch, message) => {
    const input = { ...BASE, assessmentId, controlIds: ['SEC-AC-01'], filePath: file('v.log', 'v'), ...patch } as Parameters<typeof addEvidence>[2];
    const error = await rejection(addEvidence(ctx, store, input));
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(storedFiles()).toEqual([]);
  });

  it('rejects missing, folder, relative, oversized and special sources', async () => {
    const add = (filePath: string, maxBytes?: number) =>
      rejection(addEvidence(ctx, store, { ...BASE, assessmentId, controlIds: ['SEC-AC-01'], filePath }, maxBytes === undefined ? {} : { maxBytes }));
    expect((await add(join(dir, 'nope.log'))).message).toBe(`No file at ${join(dir, 'nope.log')}.`);
    mkdirSync(join(dir, 'exports'));
    expect((await add(join(dir, 'exports'))).message).toBe(`${join(dir, 'exports')} is a folder, not a file: add the files inside it instead.`);
    expect((await add('relative/file.log')).message).toBe('relative/file.log is not an absolute path.');
    expect((await add(file('big.log', Buffer.alloc(3 * 2 ** 20)), 2 ** 20)).message).toBe(`${join(dir, 'big.log')} is 3.0 MiB; evidence files are limited to 1.0 MiB.`);
    expect((await add('/dev/null')).message).toBe('/dev/null is not a regular file (a device, pipe or socket cannot be evidence).');
    expect(storedFiles()).toEqual([]);
  });

  it('reports an unreadable source', async () => {
    const path = file('secret.log', 'secret');
    chmodSync(path, 0o000);
    // root reads anything: the permission check only means something for an ordinary user.
    const canRead = process.getuid?.() !== 0;
    const attempt = addEvidence(ctx, store, { ...BASE, assessmentId, controlIds: ['SEC-AC-01'], filePath: path });
    if (canRead) expect((await rejection(attempt)).message).toBe(`Cannot read ${path}: permission denied.`);
    else await expect(attempt).resolves.toMatchObject({ originalName: 'secret.log' });
  });
});

describe('verifying the store', () => {
  it('finds a modified and a deleted stored file', async () => {
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('a.log', 'first export'), controlIds: ['SEC-AC-01'] });
    const b = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('b.log', 'second export'), controlIds: ['SEC-GOV-01', 'SEC-AC-01'] });
    expect((await verifyEvidence(ctx, store, assessmentId)).summary).toEqual({ total: 2, ok: 2, modified: 0, missing: 0 });

    const target = storedPathOf(store, a.sha256);
    const bytes = readFileSync(target);
    bytes[3] = (bytes[3] ?? 0) ^ 0x01; // same size, one bit flipped
    writeFileSync(target, bytes);
    rmSync(storedPathOf(store, b.sha256));

    const result = await verifyEvidence(ctx, store, assessmentId);
    expect(result.summary).toEqual({ total: 2, ok: 0, modified: 1, missing: 1 });
    const rows = result.items.map((i) => [i.originalName, i.status, i.sha256, i.controlIds]);
    expect(rows.sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual([
      ['a.log', 'modified', a.sha256, ['SEC-AC-01']],
      ['b.log', 'missing', b.sha256, ['SEC-AC-01', 'SEC-GOV-01']],
    ]);
    // Without an assessment, the whole workspace is checked.
    expect((await verifyEvidence(ctx, store)).summary.total).toBe(2);
  });
});

describe('removing evidence', () => {
  it('keeps the file while any item uses it and deletes it with the last one', async () => {
    const shared = 'access review Q3, signed';
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('a.pdf', shared), controlIds: ['SEC-AC-01', 'SEC-GOV-01'] });
    const b = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('b.pdf', shared), controlIds: ['AVL-CAP-01'] });
    const path = storedPathOf(store, a.sha256);

    expect(await removeEvidence(ctx, store, a.id, 'SEC-GOV-01')).toEqual({ itemRemoved: false, fileRemoved: false });
    expect(listEvidenceOf(ctx, assessmentId).find((i) => i.id === a.id)?.controlIds).toEqual(['SEC-AC-01']);
    expect(await removeEvidence(ctx, store, a.id, 'SEC-AC-01')).toEqual({ itemRemoved: true, fileRemoved: false });
    expect(existsSync(path)).toBe(true);
    expect(await removeEvidence(ctx, store, b.id)).toEqual({ itemRemoved: true, fileRemoved: true });
    expect(existsSync(path)).toBe(false);
    expect([count('evidence_items'), count('evidence_links'), count('evidence_files')]).toEqual([0, 0, 0]);
    expect(storedFiles()).toEqual([]);
  });

  it('keeps evidence that a completed review cites', async () => {
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('a.log', 'sampled'), controlIds: ['SEC-AC-01'] });
    ctx.db
      .prepare("INSERT INTO reviews (id, assessment_id, as_of, seed, sample_table, status, started_at) VALUES ('r1', ?, '2026-10-31', 's', '{}', 'in_progress', 'now')")
      .run(assessmentId);
    ctx.db.prepare("INSERT INTO review_samples (review_id, control_id, seq, item, result, evidence_id, updated_at) VALUES ('r1', 'SEC-AC-01', 1, 'Q3', 'passed', ?, 'now')").run(a.id);
    ctx.db.prepare("UPDATE reviews SET status = 'completed', completed_at = 'now' WHERE id = 'r1'").run();
    const error = await rejection(removeEvidence(ctx, store, a.id));
    expect(error.message).toBe(`Evidence ${a.id} is cited by a completed review, which is read-only; it was kept.`);
    expect(listEvidenceOf(ctx, assessmentId).map((i) => i.id)).toEqual([a.id]);
    expect(existsSync(storedPathOf(store, a.sha256))).toBe(true);
  });

  it('refuses unknown ids and controls the evidence does not support', async () => {
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('a.log', 'a'), controlIds: ['SEC-AC-01'] });
    expect((await rejection(removeEvidence(ctx, store, 'no-such-id'))).message).toBe('No evidence with id no-such-id in this workspace.');
    expect((await rejection(removeEvidence(ctx, store, a.id, 'SEC-GOV-01'))).message).toBe('Evidence "a.log" is not linked to SEC-GOV-01.');
    expect(existsSync(storedPathOf(store, a.sha256))).toBe(true);
  });
});

describe('links and populations', () => {
  it('links and unlinks controls, never the last one', async () => {
    const a = await addEvidence(ctx, store, { ...BASE, assessmentId, filePath: file('a.log', 'a'), controlIds: ['SEC-AC-01'] });
    expect(linkEvidence(ctx, a.id, 'avl-cap-01').controlIds).toEqual(['AVL-CAP-01', 'SEC-AC-01']);
    expect(linkEvidence(ctx, a.id, 'AVL-CAP-01').controlIds).toEqual(['AVL-CAP-01', 'SEC-AC-01']);
    expect(() => linkEvidence(ctx, a.id, 'NOPE-01')).toThrow('No control NOPE-01 in this assessment.');
    expect(unlinkEvidence(ctx, a.id, 'SEC-AC-01').controlIds).toEqual(['AVL-CAP-01']);
    expect(() => unlinkEvidence(ctx, a.id, 'AVL-CAP-01')).toThrow('AVL-CAP-01 is the only control "a.log" supports; remove the evidence instead.');
  });

  it('records populations of per-event controls only, with evidenced ≤ population', () => {
    expect(setPopulation(ctx, assessmentId, 'AI-REG-01', 40, 38)).toEqual({ controlId: 'AI-REG-01', population: 40, evidenced: 38 });
    setPopulation(ctx, assessmentId, 'AI-REG-01', 41, 41);
    setPopulation(ctx, assessmentId, 'SEC-CM-01', 0, 0);
    expect(listPopulationsOf(ctx, assessmentId)).toEqual([
      { controlId: 'AI-REG-01', population: 41, evidenced: 41 },
      { controlId: 'SEC-CM-01', population: 0, evidenced: 0 },
    ]);
    expect(() => setPopulation(ctx, assessmentId, 'AI-REG-01', 10, 11)).toThrow('The evidenced count (11) cannot exceed the population (10).');
    expect(() => setPopulation(ctx, assessmentId, 'AI-REG-01', -1, 0)).toThrow('The population must be a whole number from 0 to 10,000,000 (got -1).');
    expect(() => setPopulation(ctx, assessmentId, 'AI-REG-01', 5, 2.5)).toThrow('The evidenced count must be a whole number from 0 to 10,000,000 (got 2.5).');
    expect(() => setPopulation(ctx, assessmentId, 'SEC-AC-01', 5, 5)).toThrow('SEC-AC-01 runs quarterly, not per event: a population applies only to per-event controls.');
    expect(() => setPopulation(ctx, assessmentId, 'NOPE-01', 5, 5)).toThrow('No control NOPE-01 in this assessment.');
    expect(listPopulationsOf(ctx, assessmentId)).toHaveLength(2);
  });
});

describe('streaming', () => {
  it('stores a 300 MB file with flat memory', async () => {
    const big = join(dir, 'inference-api.log');
    const size = 300 * 2 ** 20;
    writeFileSync(big, 'head of a large log export\n');
    truncateSync(big, size); // sparse: quick to make, read back as real bytes
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      const stored = await storeFile(store, big);
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(stored).toEqual({ sha256: sha256sum(big), size, created: true });
    } finally {
      clearInterval(timer);
    }
    expect(statSync(storedPathOf(store, sha256sum(big))).size).toBe(size);
    expect(peak - baseline).toBeLessThan(100 * 2 ** 20);
  }, 60_000);
});

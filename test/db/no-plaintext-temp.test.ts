import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { listEvidence } from '../../main/db/evidence';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import { addDemoEvidence } from '../../main/demo/demo-evidence';
import { evidenceCipherOf } from '../../main/evidence/data-key';
import { readStoredFile } from '../../main/evidence/read';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { exportAssessmentFile } from '../../main/interchange/portable-export';
import { importAssessmentFile, inspectAssessmentFile } from '../../main/interchange/portable-import';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addEvidenceFiles, verifyEvidence } from '../../main/services/evidence';
import { filesContaining, filesUnder } from '../support/disk-scan';
import { rewriteZip } from '../support/zip-tamper';

/**
 * Nothing of an encrypted workspace is written in plaintext outside it, temp files included: importing a
 * portable assessment (plain or sealed) streams its evidence straight into the sealed store, the demo's
 * generated evidence goes from memory into it, and a sealed export is sealed as it is written. TMPDIR (what
 * os.tmpdir() reads) points at a fresh folder that is watched while each operation runs: nothing may even
 * appear there, and no file there or in the workspace folder may ever hold the plaintext marker.
 */

const NOW = new Date('2026-11-22T09:00:00Z');
const PASS = 'correct horse battery staple';
const FILE_PASS = 'a different passphrase for the file';
/** In the evidence's content (start, middle and end of a 3 MiB file, so several sealed chunks) and its name. */
const MARKER = `ZEBRA-CANARY-${randomBytes(6).toString('hex')}`;
const DEMO_MARKER = 'timestamp,actor,event,result';

let root: string;
let tmp: string;
let wsDir: string;
let savedTmp: string | undefined;
let evidenceBytes: Buffer;
let plainFile: string;
let sealedFile: string;
const open: Db[] = [];
/** The encrypted workspaces the imports made, by name. */
const targets = new Map<string, { ctx: ServiceContext; storeDir: string }>();

function workspace(name: string, passphrase?: string): { ctx: ServiceContext; storeDir: string } {
  const path = join(name.startsWith('src') ? join(root, 'src') : wsDir, `${name}.fwdb`);
  const db = openWorkspaceDb(path, { create: true, now: () => NOW, ...(passphrase !== undefined && { passphrase }) });
  open.push(db);
  return { ctx: { db, catalog: bundledCatalog(), now: () => NOW }, storeDir: evidenceStoreDirOf(path) };
}

/** Files under `dir` holding `needle`, read now. */
const leaksIn = (dir: string, needle: string | Buffer) => filesContaining(filesUnder(dir), needle);

/**
 * Runs `work` while watching `dir`: every name that appears there, and every file that holds `needle` at the
 * moment of any event. Ends with a sentinel file, so every earlier event has been delivered.
 */
async function watching<T>(
  dir: string,
  needle: string | Buffer,
  work: () => Promise<T>,
): Promise<{ value: T; appeared: string[]; leaked: string[] }> {
  const appeared = new Set<string>();
  const leaked = new Set<string>();
  const sentinel = `sentinel-${randomBytes(4).toString('hex')}`;
  let release = () => {};
  const flushed = new Promise<void>((resolve) => (release = resolve));
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    const file = String(name);
    if (file === sentinel) return release();
    appeared.add(file);
    for (const path of leaksIn(dir, needle)) leaked.add(path);
  });
  try {
    const value = await work();
    writeFileSync(join(dir, sentinel), '');
    await flushed;
    rmSync(join(dir, sentinel), { force: true });
    return { value, appeared: [...appeared], leaked: [...leaked] };
  } finally {
    watcher.close();
  }
}

async function readBack(ctx: ServiceContext, storeDir: string, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readStoredFile(storeDir, sha256, evidenceCipherOf(ctx.db))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fieldwork-no-temp-'));
  tmp = join(root, 'tmp');
  wsDir = join(root, 'ws');
  for (const sub of ['tmp', 'ws', 'src', 'in', 'out']) mkdirSync(join(root, sub));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;

  // The source: a plain workspace with one evidence file carrying the marker, exported plain and sealed.
  const source = workspace('src');
  const assessmentId = createAssessment(source.ctx, {
    organisation: 'Helio Analytics SAS',
    systemName: 'Credit scoring API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
  const filler = randomBytes(3 * 2 ** 20);
  evidenceBytes = Buffer.concat([
    Buffer.from(`${MARKER} payroll export\n`),
    filler.subarray(0, 1_500_000),
    Buffer.from(MARKER),
    filler.subarray(1_500_000),
    Buffer.from(`\n${MARKER}\n`),
  ]);
  const evidencePath = join(root, 'src', `${MARKER}.csv`);
  writeFileSync(evidencePath, evidenceBytes);
  await addEvidenceFiles(source.ctx, source.storeDir, {
    assessmentId,
    filePaths: [evidencePath],
    controlIds: [source.ctx.catalog.controls[0]?.id ?? ''],
    kind: 'log_export',
    periodFrom: '2026-09-01',
    periodTo: '2026-09-30',
  });
  plainFile = join(root, 'in', 'plain.fwassess');
  sealedFile = join(root, 'in', 'sealed.fwassess');
  await exportAssessmentFile(source.ctx, source.storeDir, assessmentId, plainFile, { appVersion: '0.1.0' });
  await exportAssessmentFile(source.ctx, source.storeDir, assessmentId, sealedFile, {
    appVersion: '0.1.0',
    passphrase: FILE_PASS,
  });
}, 120_000);

afterAll(() => {
  for (const db of open) closeWorkspaceDb(db);
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(root, { recursive: true, force: true });
});

describe('an encrypted workspace writes no plaintext outside itself', { timeout: 120_000 }, () => {
  it('os.tmpdir() is the watched folder, and the portable files really hold the marker in clear', () => {
    expect(tmpdir()).toBe(tmp);
    // The plain file's zip deflates the evidence, so the marker is looked for in what the reader would extract.
    expect(readFileSync(plainFile).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(readFileSync(sealedFile).subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
  });

  it.each([
    ['a plain portable file', () => plainFile, undefined],
    ['a sealed portable file', () => sealedFile, FILE_PASS],
  ])('imports %s: evidence streamed into the sealed store, nothing in the temp folder', async (_what, file, pass) => {
    const target = workspace(`target-${pass ? 'sealed' : 'plain'}`, PASS);
    targets.set(pass ? 'sealed' : 'plain', target);
    const {
      value: result,
      appeared,
      leaked,
    } = await watching(tmp, MARKER, async () => {
      const preview = await inspectAssessmentFile(target.ctx, file(), pass);
      expect(preview.encrypted).toBe(pass !== undefined);
      return importAssessmentFile(target.ctx, target.storeDir, file(), { passphrase: pass });
    });
    expect(result).toMatchObject({ status: 'imported', mode: 'new', evidenceFilesStored: 1 });
    expect(appeared).toEqual([]);
    expect(leaked).toEqual([]);
    expect(leaksIn(tmp, MARKER)).toEqual([]);
    // The workspace folder: the database, its WAL and the evidence store, byte by byte.
    expect(filesUnder(wsDir).length).toBeGreaterThan(2);
    expect(leaksIn(wsDir, MARKER)).toEqual([]);
    expect(filesUnder(target.storeDir).every((f) => f.endsWith('.fwenc'))).toBe(true);
    // Read back through the store, decrypted: byte for byte the file that was exported.
    const [item] = listEvidence(target.ctx.db, String(result.assessmentId));
    expect(item?.originalName).toBe(`${MARKER}.csv`);
    expect((await readBack(target.ctx, target.storeDir, item?.sha256 ?? '')).equals(evidenceBytes)).toBe(true);
    expect((await verifyEvidence(target.ctx, target.storeDir)).summary).toMatchObject({ ok: 1 });
  });

  it('a refused import (wrong file passphrase, altered evidence) leaves nothing in temp or the store', async () => {
    const target = workspace('target-refused', PASS);
    // Evidence swapped after export: streamed in (sealed) before its hash shows the change, then removed.
    const altered = join(root, 'in', 'altered.fwassess');
    await rewriteZip(plainFile, altered, (entries) =>
      entries.map((e) => (e.name.startsWith('evidence/') ? { ...e, data: Buffer.from(`${MARKER} swapped`) } : e)),
    );
    const { appeared, leaked } = await watching(tmp, MARKER, async () => {
      await expect(
        importAssessmentFile(target.ctx, target.storeDir, sealedFile, { passphrase: 'not the passphrase' }),
      ).rejects.toMatchObject({ code: 'wrong_passphrase' });
      await expect(importAssessmentFile(target.ctx, target.storeDir, altered)).rejects.toMatchObject({
        code: 'invalid_file',
        message: expect.stringMatching(/does not match its own hash/) as unknown,
      });
    });
    expect(appeared).toEqual([]);
    expect(leaked).toEqual([]);
    expect(filesUnder(target.storeDir)).toEqual([]);
    expect(leaksIn(wsDir, MARKER)).toEqual([]);
    expect(target.ctx.db.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 0 });
  });

  it('runs the demo into an encrypted workspace without a temp file, its evidence readable through the store', async () => {
    const target = workspace('demo', PASS);
    const {
      value: added,
      appeared,
      leaked,
    } = await watching(tmp, DEMO_MARKER, async () => {
      const demo = createDemoAssessment(target.ctx);
      return addDemoEvidence(target.ctx, target.storeDir, demo);
    });
    expect(added).toBeGreaterThan(50);
    expect(appeared).toEqual([]);
    expect(leaked).toEqual([]);
    expect(leaksIn(tmp, DEMO_MARKER)).toEqual([]);
    expect(leaksIn(wsDir, DEMO_MARKER)).toEqual([]);
    const items = listEvidence(target.ctx.db, onlyAssessment(target.ctx));
    expect(items).toHaveLength(added);
    const first = items[0];
    const text = (await readBack(target.ctx, target.storeDir, first?.sha256 ?? '')).toString('utf8');
    expect(text.split('\n')[1]).toBe(DEMO_MARKER);
    expect(text).toContain(first?.controlIds[0]?.toLowerCase() ?? '?');
    expect((await verifyEvidence(target.ctx, target.storeDir)).summary).toMatchObject({ ok: added, modified: 0 });
  });

  it('a sealed export is sealed as it is written: no unencrypted zip ever sits next to it', async () => {
    const source = targets.get('plain');
    if (!source) throw new Error('the plain import runs first');
    const out = join(root, 'out', 'carried.fwassess');
    const assessmentId = onlyAssessment(source.ctx);
    const zipHeader = Buffer.from('PK\u0003\u0004', 'latin1');
    const { appeared, leaked } = await watching(join(root, 'out'), zipHeader, () =>
      exportAssessmentFile(source.ctx, source.storeDir, assessmentId, out, {
        appVersion: '0.1.0',
        passphrase: FILE_PASS,
      }),
    );
    expect(leaked).toEqual([]);
    expect(appeared.filter((name) => name.endsWith('.zip.partial'))).toEqual([]);
    expect(readdirSync(join(root, 'out'))).toEqual(['carried.fwassess']);
    expect(readFileSync(out).subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
    expect(leaksIn(tmp, MARKER)).toEqual([]);
    // It opens again with its passphrase, evidence intact.
    const back = workspace('carried-back', PASS);
    await importAssessmentFile(back.ctx, back.storeDir, out, { passphrase: FILE_PASS });
    const [item] = listEvidence(back.ctx.db, assessmentId);
    expect((await readBack(back.ctx, back.storeDir, item?.sha256 ?? '')).equals(evidenceBytes)).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a sealed export that fails half-way (a stored evidence file is gone) leaves no file at all', async () => {
    const source = targets.get('sealed');
    if (!source) throw new Error('the sealed import runs first');
    for (const file of filesUnder(source.storeDir)) rmSync(file);
    const failed = join(root, 'failed');
    mkdirSync(failed);
    await expect(
      exportAssessmentFile(source.ctx, source.storeDir, onlyAssessment(source.ctx), join(failed, 'x.fwassess'), {
        appVersion: '0.1.0',
        passphrase: FILE_PASS,
      }),
    ).rejects.toMatchObject({ code: 'evidence_missing' });
    expect(readdirSync(failed)).toEqual([]);
  });
});

function onlyAssessment(ctx: ServiceContext): string {
  const rows = ctx.db.prepare('SELECT id FROM assessments').all() as { id: string }[];
  expect(rows).toHaveLength(1);
  return rows[0]?.id ?? '';
}

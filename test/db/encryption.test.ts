import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackup, listBackups } from '../../main/backup/backups';
import { detectWorkspaceFile } from '../../main/db/cipher';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addEvidence, verifyEvidence } from '../../main/services/evidence';
import { changePassphrase, encryptWorkspaceFile } from '../../main/workspace/encryption';
import { AppError } from '../../shared/ipc/result';
import { filesContaining, filesUnder, readSqlcipherPage1, sha256Of } from '../support/disk-scan';
import { smallCatalog } from '../support/small-catalog';

/* Encryption at rest on real files: what is on disk, what a wrong passphrase does, rekey and encrypt-existing. */

const PASS = 'correct horse battery staple';
const NEW_PASS = 'plum orchard 42 lantern';
/** Text that must never be found on disk in clear once the workspace is encrypted. */
const MARKER = 'Zephyrine Quillbottom Analytics';
const EVIDENCE_MARKER = 'okta-session-7f3a user=ana.lopez action=login result=ok';
const NOW = () => new Date('2026-11-15T10:00:00Z');

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-enc-'));
  path = join(dir, 'client.fwdb');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function contextOf(db: Db): ServiceContext {
  return { db, catalog: smallCatalog(), now: NOW };
}

function seed(ctx: ServiceContext): string {
  return createAssessment(ctx, {
    organisation: MARKER,
    systemName: 'Vision API',
    reportType: 'II',
    categories: ['availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

function tableCounts(db: Db): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]));
}

function workspaceFiles(): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}

async function addMarkedEvidence(ctx: ServiceContext, assessmentId: string, name: string, lines = 2000) {
  const source = join(dir, name);
  writeFileSync(source, `${EVIDENCE_MARKER} ${name}\n`.repeat(lines));
  return addEvidence(ctx, evidenceStoreDirOf(path), {
    assessmentId,
    filePath: source,
    controlIds: ['SEC-AC-01'],
    kind: 'log_export',
    periodFrom: '2026-09-01',
    periodTo: '2026-10-31',
  });
}

describe('an encrypted workspace on disk', () => {
  it('has no SQLite header and no plaintext in the database, its WAL or its shared-memory file', () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    seed(contextOf(db));
    // While open the latest pages are in the WAL: check all three files now, then after closing.
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(filesContaining(workspaceFiles(), MARKER)).toEqual([]);
    expect(filesContaining(workspaceFiles(), 'SQLite format 3')).toEqual([]);
    expect(filesContaining(workspaceFiles(), 'CREATE TABLE')).toEqual([]);
    closeWorkspaceDb(db);
    expect(detectWorkspaceFile(path)).toBe('encrypted');
    expect(filesContaining(workspaceFiles(), MARKER)).toEqual([]);
    expect(filesContaining(workspaceFiles(), 'SQLite format 3')).toEqual([]);
  });

  it('is SQLCipher 4: page 1 decrypts and authenticates with nothing but the published design', () => {
    closeWorkspaceDb(openWorkspaceDb(path, { create: true, passphrase: PASS }));
    const page1 = readSqlcipherPage1(readFileSync(path), PASS);
    expect(page1).toEqual({
      hmacOk: true,
      pageSize: 4096,
      reservedBytes: 80,
      payloadFractions: [64, 32, 32],
      applicationId: 0x4657524b,
    });
    expect(readSqlcipherPage1(readFileSync(path), 'not the passphrase').hmacOk).toBe(false);
  });

  it('opens again with its passphrase, and is locked without it', () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    const id = seed(contextOf(db));
    closeWorkspaceDb(db);
    const again = openWorkspaceDb(path, { passphrase: PASS });
    expect(again.prepare('SELECT organisation FROM assessments WHERE id = ?').pluck().get(id)).toBe(MARKER);
    closeWorkspaceDb(again);
    const locked = caught(() => openWorkspaceDb(path));
    expect(locked.code).toBe('workspace_locked');
    expect(locked.message).toBe(`${path} is encrypted: enter its passphrase to open it.`);
  });

  it('a wrong passphrase changes nothing and creates nothing (closed cleanly)', () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    seed(contextOf(db));
    closeWorkspaceDb(db);
    const listing = readdirSync(dir).sort();
    const before = workspaceFiles().map(sha256Of);
    const error = caught(() => openWorkspaceDb(path, { passphrase: 'Correct horse battery staple' }));
    expect(error.code).toBe('wrong_passphrase');
    expect(error.message).toMatch(
      /does not open .*client\.fwdb\. Check it \(letter case counts\) and try again; nothing was changed/,
    );
    expect(workspaceFiles().map(sha256Of)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  it('a wrong passphrase changes nothing after a crash either: the WAL and its index stay as they were', () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    const id = seed(contextOf(db));
    // What a crash leaves: the files copied while the connection is open, committed data only in the WAL.
    const crashed = join(dir, 'crashed.fwdb');
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(path + suffix, crashed + suffix);
    closeWorkspaceDb(db);
    const files = ['', '-wal', '-shm', '-journal'].map((s) => crashed + s);
    const before = files.map(sha256Of);
    expect(before[1]).not.toBe('absent');
    for (const wrong of ['wrong', PASS.toUpperCase(), `${PASS} `]) {
      expect(caught(() => openWorkspaceDb(crashed, { passphrase: wrong })).code).toBe('wrong_passphrase');
      expect(files.map(sha256Of)).toEqual(before);
    }
    // The right passphrase recovers the committed data from the WAL.
    const recovered = openWorkspaceDb(crashed, { passphrase: PASS });
    expect(recovered.prepare('SELECT organisation FROM assessments WHERE id = ?').pluck().get(id)).toBe(MARKER);
    closeWorkspaceDb(recovered);
  });

  it('refuses a passphrase for a plain workspace, and leaves it plain', () => {
    closeWorkspaceDb(openWorkspaceDb(path, { create: true }));
    const before = sha256Of(path);
    const error = caught(() => openWorkspaceDb(path, { passphrase: PASS }));
    expect(error.code).toBe('workspace_not_encrypted');
    expect(sha256Of(path)).toBe(before);
  });
});

describe('changing the passphrase', () => {
  it('rekeys a copy and swaps it in: every row intact, a new salt, WAL mode, a backup under the old passphrase', async () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    const ctx = contextOf(db);
    const id = seed(ctx);
    await addMarkedEvidence(ctx, id, 'okta.log');
    const counts = tableCounts(db);
    const salt = readFileSync(path).subarray(0, 16).toString('hex');

    const backup = changePassphrase(db, path, PASS, NEW_PASS, NOW()); // closes db, swaps in the rekeyed copy
    expect(db.open).toBe(false);
    expect(readFileSync(path).subarray(0, 16).toString('hex')).not.toBe(salt);
    expect(readdirSync(dir).filter((f) => f.includes('rekeying'))).toEqual([]);

    expect(caught(() => openWorkspaceDb(path, { passphrase: PASS })).code).toBe('wrong_passphrase');
    const reopened = openWorkspaceDb(path, { passphrase: NEW_PASS });
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    // Every row is there (the audit trail may have recorded the reopening too).
    expect({ ...tableCounts(reopened), audit_log: counts.audit_log }).toEqual(counts);
    // The evidence key lives in the database: unchanged, so sealed files still verify.
    expect((await verifyEvidence(contextOf(reopened), evidenceStoreDirOf(path), id)).summary.ok).toBe(1);
    closeWorkspaceDb(reopened);

    expect(backup.kind).toBe('before-passphrase-change');
    expect(() => checkBackup(backup, PASS)).not.toThrow();
    expect(() => checkBackup(backup, NEW_PASS)).toThrow(/does not open with the current passphrase/);
  });

  it('refuses a wrong current passphrase or a short new one, changing nothing', () => {
    const db = openWorkspaceDb(path, { create: true, passphrase: PASS });
    seed(contextOf(db));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256Of(path);
    expect(caught(() => changePassphrase(db, path, 'not it', NEW_PASS, NOW())).code).toBe('wrong_passphrase');
    const short = caught(() => changePassphrase(db, path, PASS, 'short', NOW()));
    expect(short.code).toBe('weak_passphrase');
    expect(short.message).toBe(
      'Choose a passphrase of at least 8 characters; a few unrelated words are easy to remember.',
    );
    expect(sha256Of(path)).toBe(before);
    expect(listBackups(path)).toEqual([]);
    closeWorkspaceDb(db);
    closeWorkspaceDb(openWorkspaceDb(path, { passphrase: PASS }));
  });
});

describe('encrypting an existing workspace', () => {
  it('encrypts the database and its evidence, keeps the original, and loses nothing', async () => {
    const db = openWorkspaceDb(path, { create: true });
    const ctx = contextOf(db);
    const id = seed(ctx);
    const first = await addMarkedEvidence(ctx, id, 'okta.log');
    await addMarkedEvidence(ctx, id, 'github-audit.log', 40_000); // > 1 MiB: several sealed chunks
    const counts = tableCounts(db);
    closeWorkspaceDb(db);
    const store = evidenceStoreDirOf(path);
    expect(filesContaining(filesUnder(store), EVIDENCE_MARKER)).toHaveLength(2);

    const outcome = await encryptWorkspaceFile(path, PASS, NOW());

    expect(detectWorkspaceFile(path)).toBe('encrypted');
    expect(outcome).toEqual({
      keptOriginal: join(dir, 'client.unencrypted-2026-11-15T10-00-00-000Z.fwdb'),
      keptEvidence: `${store}-unencrypted-2026-11-15T10-00-00-000Z`,
      sealedFiles: 2,
      unreadableEvidence: [],
    });
    // Nothing readable left in the workspace or its store; the plain copies are where the outcome says.
    expect(filesContaining([...workspaceFiles(), ...filesUnder(store)], MARKER)).toEqual([]);
    expect(filesContaining(filesUnder(store), EVIDENCE_MARKER)).toEqual([]);
    expect(filesContaining(filesUnder(outcome.keptEvidence ?? ''), EVIDENCE_MARKER)).toHaveLength(2);

    const encrypted = openWorkspaceDb(path, { passphrase: PASS });
    const after = tableCounts(encrypted);
    // Every row, plus the evidence key (and, where the audit trail exists, its entry for that key).
    expect({ ...after, settings: after.settings! - 1, audit_log: counts.audit_log }).toEqual(counts);
    expect((await verifyEvidence(contextOf(encrypted), store, id)).summary).toEqual({
      total: 2,
      ok: 2,
      modified: 0,
      missing: 0,
    });
    expect(encrypted.prepare('SELECT original_name FROM evidence_items WHERE id = ?').pluck().get(first.id)).toBe(
      'okta.log',
    );
    // The evidence key is in settings and nowhere else (the audit trail records that it was set, not its value).
    const key = JSON.parse(
      encrypted.prepare("SELECT value FROM settings WHERE key = 'evidence.dataKey'").pluck().get() as string,
    ) as string;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const hasAudit =
      encrypted.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'").pluck().get() === 1;
    if (hasAudit)
      expect(
        encrypted
          .prepare("SELECT count(*) FROM audit_log WHERE instr(coalesce(before, '') || coalesce(after, ''), ?) > 0")
          .pluck()
          .get(key),
      ).toBe(0);
    closeWorkspaceDb(encrypted);

    // The original opens as it was.
    const original = openWorkspaceDb(outcome.keptOriginal);
    expect(tableCounts(original)).toEqual(counts);
    closeWorkspaceDb(original);
    expect(existsSync(join(dir, '.client.fwdb.encrypting'))).toBe(false);
  });

  it('refuses an encrypted workspace and a short passphrase, changing nothing', async () => {
    closeWorkspaceDb(openWorkspaceDb(path, { create: true }));
    const before = sha256Of(path);
    await expect(encryptWorkspaceFile(path, 'short', NOW())).rejects.toMatchObject({ code: 'weak_passphrase' });
    expect(sha256Of(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['client.fwdb']);

    const other = join(dir, 'other.fwdb');
    closeWorkspaceDb(openWorkspaceDb(other, { create: true, passphrase: PASS }));
    await expect(encryptWorkspaceFile(other, NEW_PASS, NOW())).rejects.toMatchObject({ code: 'already_encrypted' });
  });
});

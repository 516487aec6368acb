import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf, listBackups } from '../../main/backup/backups';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { AppState, type DialogPort } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import { RememberedPassphrases, type SafeStoragePort } from '../../main/workspace/remembered';
import { bundledCatalog } from '../../main/catalog/bundled';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { filesContaining, filesUnder, sha256Of } from '../support/disk-scan';

/*
 * The workspace session through the real IPC handlers (invokeChannel, as the UI calls them): lock state,
 * idle lock with an injected clock, remembered passphrases, automatic backups, restore and recovery.
 */

const PASS = 'correct horse battery staple';
const START = Date.parse('2026-11-22T09:00:00.000Z');
const MINUTE = 60_000;

let dir: string;
let path: string;
let clock: number;
const apps: AppState[] = [];

const dialogs = {} as DialogPort; // never called here

/** A stand-in for the OS secret store (Electron's safeStorage): AES with a key only this test holds. */
class TestSafeStorage implements SafeStoragePort {
  private readonly key = randomBytes(32);
  available = true;
  isEncryptionAvailable() {
    return this.available;
  }
  encryptString(plain: string) {
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-256-cbc', this.key, iv);
    return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
  }
  decryptString(data: Buffer) {
    const decipher = createDecipheriv('aes-256-cbc', this.key, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
  }
}

function start(options: { remembered?: RememberedPassphrases; workspacePath?: string } = {}): AppState {
  const app = new AppState({
    workspacePath: options.workspacePath ?? path,
    catalog: bundledCatalog(),
    now: () => new Date(clock),
    dialogs,
    version: '0.0.0-test',
    platform: 'linux',
    ...(options.remembered && { remembered: options.remembered }),
  });
  apps.push(app);
  return app;
}

async function call<C extends Channel>(app: AppState, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ChannelOutput<C>;
}

async function failure(app: AppState, channel: Channel, input: unknown): Promise<{ code: string; message: string }> {
  const result = await invokeChannel(app, channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

const ASSESSMENT: ChannelInput<'assessment:create'> = {
  organisation: 'Acme Vision Ltd',
  systemName: 'Inference API',
  reportType: 'II',
  categories: ['security', 'availability'],
  windowStart: '2026-09-23',
  windowEnd: '2027-03-22',
};

function makeEncryptedWorkspace(): void {
  closeWorkspaceDb(openWorkspaceDb(path, { create: true, passphrase: PASS }));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-protect-'));
  path = join(dir, 'client.fwdb');
  clock = START;
});

afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('one on open, then at the interval only when something changed, and one on close after changes', async () => {
    const app = start();
    expect(listBackups(path).map((b) => [b.createdAt, b.kind])).toEqual([['2026-11-22T09:00:00.000Z', 'auto']]);

    clock += 40 * MINUTE;
    app.tick(); // no change since the last backup: none taken
    expect(listBackups(path)).toHaveLength(1);

    await call(app, 'assessment:create', ASSESSMENT);
    clock += 10 * MINUTE;
    app.tick(); // a change, but only 10 minutes since… the last check; 50 since the last backup: due
    expect(listBackups(path).map((b) => b.createdAt)).toEqual(['2026-11-22T09:50:00.000Z', '2026-11-22T09:00:00.000Z']);

    await call(app, 'workspace:setSettings', { idleLockMinutes: 15, backupIntervalMinutes: 60 });
    clock += 30 * MINUTE;
    app.tick(); // changed (the setting), but 30 < 60 minutes
    expect(listBackups(path)).toHaveLength(2);
    clock += 31 * MINUTE;
    app.tick();
    expect(listBackups(path)).toHaveLength(3);

    await call(app, 'assessment:create', { ...ASSESSMENT, organisation: 'Second Org' });
    clock += MINUTE;
    app.close();
    expect(listBackups(path).map((b) => b.createdAt)[0]).toBe('2026-11-22T10:52:00.000Z');
    const view = await call(start(), 'workspace:backups', {});
    expect(view.dir).toBe(backupDirOf(path));
    expect(view.settings).toEqual({ idleLockMinutes: 15, backupIntervalMinutes: 60 });
    expect(view.lastError).toBeNull();
  });

  it('keeps an encrypted workspace’s backups encrypted: no plaintext, and they open with the passphrase', async () => {
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS, remember: false });
    await call(app, 'assessment:create', { ...ASSESSMENT, organisation: 'Zephyrine Quillbottom Analytics' });
    const backup = await call(app, 'workspace:backupNow', {});
    expect(backup).toMatchObject({ kind: 'manual', encrypted: true });
    const files = filesUnder(backupDirOf(path));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(filesContaining(files, 'Zephyrine')).toEqual([]);
    expect(filesContaining(files, 'SQLite format 3')).toEqual([]);
    const copy = join(dir, 'copy.fwdb');
    copyFileSync(join(backupDirOf(path), backup.name), copy);
    const db = openWorkspaceDb(copy, { passphrase: PASS });
    expect(db.prepare('SELECT organisation FROM assessments').pluck().all()).toEqual([
      'Zephyrine Quillbottom Analytics',
    ]);
    closeWorkspaceDb(db);
  });
});

describe('restore', () => {
  it('puts a backup back after backing up the current state, and deletes nothing', async () => {
    const app = start();
    const first = await call(app, 'assessment:create', ASSESSMENT);
    clock += MINUTE;
    const backup = await call(app, 'workspace:backupNow', {});
    clock += MINUTE;
    await call(app, 'assessment:create', { ...ASSESSMENT, organisation: 'Added after the backup' });
    const before = filesUnder(backupDirOf(path));

    clock += MINUTE;
    const result = await call(app, 'workspace:restore', { name: backup.name });
    expect(result.restored.name).toBe(backup.name);
    expect(result.preserved).toBe('2026-11-22T09-03-00-000Z.before-restore.fwdb');
    expect((await call(app, 'assessment:list', {})).map((a) => a.id)).toEqual([first.id]);
    // Every earlier backup is still there, plus the copy of the state before the restore.
    const after = filesUnder(backupDirOf(path));
    expect(before.every((f) => after.includes(f))).toBe(true);
    const preserved = openWorkspaceDb(join(backupDirOf(path), result.preserved));
    expect(preserved.prepare('SELECT organisation FROM assessments ORDER BY organisation').pluck().all()).toEqual([
      'Acme Vision Ltd',
      'Added after the backup',
    ]);
    closeWorkspaceDb(preserved);
  });

  it('refuses names that are not backups of this workspace', async () => {
    const app = start();
    for (const name of ['../client.fwdb', 'notes.txt', '2026-11-22T09-00-00-000Z.auto.fwdb-wal']) {
      expect((await failure(app, 'workspace:restore', { name })).code).toBe('not_found');
    }
  });
});

describe('an encrypted workspace in the app', () => {
  it('starts locked; requests are refused until the right passphrase unlocks it', async () => {
    makeEncryptedWorkspace();
    const app = start();
    expect(await call(app, 'workspace:status', {})).toMatchObject({
      state: 'locked',
      encrypted: true,
      lockReason: 'startup',
      canRemember: false,
    });
    expect(await failure(app, 'assessment:list', {})).toEqual({
      code: 'workspace_locked',
      message: `${path} is encrypted: enter its passphrase to open it.`,
    });
    const wrong = await call(app, 'workspace:unlock', { passphrase: 'nope' });
    // It has no backup yet (never opened in the app): nothing else to try.
    expect(wrong.outcome).toEqual({ kind: 'wrong_passphrase', backupsDir: backupDirOf(path), tried: 0 });
    expect(wrong.status.state).toBe('locked');
    expect((await call(app, 'workspace:status', {})).state).toBe('locked');
    expect(await call(app, 'workspace:unlock', { passphrase: PASS })).toMatchObject({
      outcome: { kind: 'opened' },
      status: { state: 'open' },
    });
    expect(await call(app, 'assessment:list', {})).toEqual([]);
  });

  it('locks after the idle time without requests, closing the database; activity postpones it', async () => {
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS });
    await call(app, 'assessment:create', ASSESSMENT);
    clock += 14 * MINUTE;
    await call(app, 'workspace:activity', {});
    clock += 14 * MINUTE;
    app.tick();
    expect((await call(app, 'workspace:status', {})).state).toBe('open'); // 14 minutes since the activity
    clock += MINUTE;
    app.tick();
    const status = await call(app, 'workspace:status', {});
    expect(status).toMatchObject({ state: 'locked', lockReason: 'idle' });
    // Locking closed the handle: the WAL was checkpointed away and the file holds everything.
    expect(existsSync(`${path}-wal`)).toBe(false);
    // The idle time is a setting.
    await call(app, 'workspace:unlock', { passphrase: PASS });
    await call(app, 'workspace:setSettings', { idleLockMinutes: 1, backupIntervalMinutes: 30 });
    clock += MINUTE;
    // The next request after a minute of idleness finds it locked (no timer needed).
    expect((await failure(app, 'assessment:list', {})).code).toBe('workspace_locked');
  });

  it('locks on request; a plain workspace cannot be locked', async () => {
    const plain = start({ workspacePath: join(dir, 'plain.fwdb') });
    expect((await failure(plain, 'workspace:lock', {})).code).toBe('not_encrypted');
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS });
    expect(await call(app, 'workspace:lock', {})).toMatchObject({ state: 'locked', lockReason: 'manual' });
  });

  it('remembers the passphrase on this machine only through the OS store, never in clear', async () => {
    makeEncryptedWorkspace();
    const store = new TestSafeStorage();
    const file = join(dir, 'remembered-passphrases.json');
    const app = start({ remembered: new RememberedPassphrases(file, store) });
    expect((await call(app, 'workspace:status', {})).canRemember).toBe(true);
    await call(app, 'workspace:unlock', { passphrase: PASS, remember: true });
    expect(readFileSync(file, 'utf8')).not.toContain(PASS);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { workspaces: object }).workspaces)).toEqual([path]);
    app.close();

    // Next start: opened without asking.
    const again = start({ remembered: new RememberedPassphrases(file, store) });
    expect(await call(again, 'workspace:status', {})).toMatchObject({ state: 'open', remembered: true });
    // After an idle lock, one click unlocks with the remembered passphrase.
    await call(again, 'workspace:lock', {});
    expect((await call(again, 'workspace:unlockRemembered', {})).status.state).toBe('open');
    await call(again, 'workspace:forgetPassphrase', {});
    expect((await call(again, 'workspace:status', {})).remembered).toBe(false);

    // Without the OS store nothing is remembered, and the screen says so.
    store.available = false;
    const without = start({ remembered: new RememberedPassphrases(file, store) });
    expect(await call(without, 'workspace:status', {})).toMatchObject({ state: 'locked', canRemember: false });
  });

  it('changes the passphrase through the app, keeping the data', async () => {
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS });
    const created = await call(app, 'assessment:create', ASSESSMENT);
    clock += MINUTE;
    expect(
      (await failure(app, 'workspace:changePassphrase', { current: 'wrong one', next: 'new passphrase 7' })).code,
    ).toBe('wrong_passphrase');
    const changed = await call(app, 'workspace:changePassphrase', { current: PASS, next: 'new passphrase 7' });
    expect(changed.backup.kind).toBe('before-passphrase-change');
    await call(app, 'workspace:lock', {});
    // The old passphrase opens only backups older than the newest: an earlier passphrase, not damage.
    const old = await call(app, 'workspace:unlock', { passphrase: PASS });
    expect(old.outcome).toMatchObject({
      kind: 'earlier_passphrase',
      backup: { createdAt: '2026-11-22T09:01:00.000Z' },
    });
    expect(old.status.state).toBe('locked');
    await call(app, 'workspace:unlock', { passphrase: 'new passphrase 7' });
    expect((await call(app, 'assessment:list', {})).map((a) => a.id)).toEqual([created.id]);
    // The newest automatic backup opens with the new passphrase.
    const newest = listBackups(path).find((b) => b.kind === 'auto');
    expect(newest).toBeDefined();
    const copy = join(dir, 'newest.fwdb');
    copyFileSync(newest!.path, copy);
    closeWorkspaceDb(openWorkspaceDb(copy, { passphrase: 'new passphrase 7' }));
  });

  it('encrypts a plain workspace from the app, keeping the original', async () => {
    const app = start();
    await call(app, 'assessment:create', ASSESSMENT);
    expect((await failure(app, 'workspace:encrypt', { passphrase: 'short' })).code).toBe('weak_passphrase');
    const result = await call(app, 'workspace:encrypt', { passphrase: PASS });
    expect(result.status).toMatchObject({ state: 'open', encrypted: true });
    expect(existsSync(result.keptOriginal)).toBe(true);
    expect(filesContaining([path, `${path}-wal`], 'Acme Vision Ltd')).toEqual([]);
    expect((await call(app, 'assessment:list', {})).map((a) => a.organisation)).toEqual(['Acme Vision Ltd']);
  });
});

/** Overwrites one database page in the middle of the file with garbage (page 1 stays intact). */
function damage(file: string): void {
  const pages = statSync(file).size / 4096;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(pages / 2) * 4096);
  closeSync(fd);
}

describe('a damaged workspace', () => {
  it('opens on the recovery state; restoring the latest good backup keeps the damaged files', async () => {
    const app = start();
    const created = await call(app, 'assessment:create', ASSESSMENT);
    clock += MINUTE;
    app.close(); // a backup with the assessment
    damage(path);
    const damagedHash = sha256Of(path);

    clock += MINUTE;
    const recovering = start();
    const status = await call(recovering, 'workspace:status', {});
    expect(status.state).toBe('damaged');
    expect(status.damage).toMatch(
      /is damaged \(integrity check: Tree \d+ page \d+ cell \d+: .*\)\. Nothing was changed or deleted: restore a backup, or open another workspace\./,
    );
    expect(status.latestBackup).toMatchObject({ createdAt: '2026-11-22T09:01:00.000Z', kind: 'auto' });
    expect((await failure(recovering, 'assessment:list', {})).code).toBe('workspace_corrupt');
    expect(sha256Of(path)).toBe(damagedHash); // opening it changed nothing

    const result = await call(recovering, 'workspace:restore', { latestGood: true });
    expect(result.status.state).toBe('open');
    expect(result.restored.createdAt).toBe('2026-11-22T09:01:00.000Z');
    expect((await call(recovering, 'assessment:list', {})).map((a) => a.id)).toEqual([created.id]);
    // The damaged file is kept, byte for byte.
    expect(result.preserved).toBe('2026-11-22T09-02-00-000Z.damaged.fwdb');
    expect(sha256Of(join(backupDirOf(path), result.preserved))).toBe(damagedHash);
  });

  it('an encrypted damaged workspace recovers from its encrypted backup', async () => {
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS });
    await call(app, 'assessment:create', ASSESSMENT);
    clock += MINUTE;
    app.close();
    damage(path);
    const recovering = start();
    expect((await call(recovering, 'workspace:status', {})).state).toBe('locked');
    expect((await call(recovering, 'workspace:unlock', { passphrase: PASS })).status.state).toBe('damaged');
    const result = await call(recovering, 'workspace:restore', { latestGood: true });
    expect(result.status).toMatchObject({ state: 'open', encrypted: true });
    expect(await call(recovering, 'assessment:list', {})).toHaveLength(1);
  });
});

/** Overwrites a few bytes of page 1 (past the 16-byte salt), as a bad sector or a torn write would. */
function damageFirstPage(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 200);
  closeSync(fd);
}

/** Every file of the workspace and of its backups folder, with its hash: what "nothing touched" means. */
function diskState(): Record<string, string> {
  const files = [path, `${path}-wal`, `${path}-shm`, ...filesUnder(backupDirOf(path))];
  return Object.fromEntries(files.map((f) => [f, sha256Of(f)]));
}

describe('an encrypted workspace whose first page is damaged (a wrong key and a damaged page 1 fail alike)', () => {
  /** An encrypted workspace with one assessment, closed with a backup at 09:01, then its page 1 damaged. */
  async function damagedEncrypted(options: { remembered?: RememberedPassphrases } = {}) {
    makeEncryptedWorkspace();
    const app = start(options);
    await call(app, 'workspace:unlock', { passphrase: PASS, remember: options.remembered !== undefined });
    const created = await call(app, 'assessment:create', ASSESSMENT);
    clock += MINUTE;
    app.close(); // the backup on close holds the assessment
    damageFirstPage(path);
    clock += MINUTE;
    return { created };
  }

  it('the right passphrase opens the newest backup, not the file: damaged, and recovery restores the backup', async () => {
    const { created } = await damagedEncrypted();
    const damagedHash = sha256Of(path);
    const recovering = start();
    expect((await call(recovering, 'workspace:status', {})).state).toBe('locked');
    const before = diskState();

    const result = await call(recovering, 'workspace:unlock', { passphrase: PASS });
    expect(result.outcome).toEqual({
      kind: 'workspace_damaged',
      backup: expect.objectContaining({
        createdAt: '2026-11-22T09:01:00.000Z',
        kind: 'auto',
        encrypted: true,
      }) as unknown,
    });
    expect(result.status).toMatchObject({
      state: 'damaged',
      encrypted: true,
      openedBackup: { createdAt: '2026-11-22T09:01:00.000Z' },
      latestBackup: { createdAt: '2026-11-22T09:01:00.000Z' },
      damage:
        'This passphrase opens the backup of 2026-11-22 09:01 UTC, but not the workspace file: the workspace looks damaged. Restore the latest good backup; the damaged file is kept.',
    });
    // Trying the backups touched nothing: same files, same bytes, no new file.
    expect(diskState()).toEqual(before);
    expect((await failure(recovering, 'assessment:list', {})).code).toBe('workspace_corrupt');

    const restored = await call(recovering, 'workspace:restore', { latestGood: true });
    expect(restored.status).toMatchObject({ state: 'open', encrypted: true, openedBackup: null });
    expect(restored.restored.createdAt).toBe('2026-11-22T09:01:00.000Z');
    expect((await call(recovering, 'assessment:list', {})).map((a) => a.id)).toEqual([created.id]);
    // The damaged file is kept aside, byte for byte.
    expect(restored.preserved).toBe('2026-11-22T09-02-00-000Z.damaged.fwdb');
    expect(sha256Of(join(backupDirOf(path), restored.preserved))).toBe(damagedHash);
  });

  it('a wrong passphrase opens neither: still locked, the backups folder named, nothing touched', async () => {
    await damagedEncrypted();
    const app = start();
    const before = diskState();
    const result = await call(app, 'workspace:unlock', { passphrase: 'not the passphrase' });
    expect(result.outcome).toEqual({ kind: 'wrong_passphrase', backupsDir: backupDirOf(path), tried: 2 });
    expect(result.status).toMatchObject({ state: 'locked', openedBackup: null, damage: null });
    expect(diskState()).toEqual(before);
  });

  it('a remembered passphrase is kept when it is the file, not the passphrase, that fails', async () => {
    const remembered = new RememberedPassphrases(join(dir, 'remembered.json'), new TestSafeStorage());
    await damagedEncrypted({ remembered });
    const app = start({ remembered });
    expect((await call(app, 'workspace:status', {})).state).toBe('locked'); // the remembered one did not open it
    const result = await call(app, 'workspace:unlockRemembered', {});
    expect(result.outcome.kind).toBe('workspace_damaged');
    expect(result.status).toMatchObject({ state: 'damaged', remembered: true });
  });

  it('an undamaged workspace with a wrong passphrase tries its backups and says how many', async () => {
    makeEncryptedWorkspace();
    const app = start();
    await call(app, 'workspace:unlock', { passphrase: PASS });
    await call(app, 'workspace:lock', {});
    const result = await call(app, 'workspace:unlock', { passphrase: 'Correct horse battery staple' });
    expect(result.outcome).toEqual({ kind: 'wrong_passphrase', backupsDir: backupDirOf(path), tried: 1 });
  });
});

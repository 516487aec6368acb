import Database from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  backupNameOf,
  backupsToPrune,
  compareNewestFirst,
  parseBackupName,
  type BackupKind,
  type BackupName,
} from '../../shared/backups/rotation';
import { AppError } from '../../shared/ipc/result';
import { applyKey, checkPassphrase, detectWorkspaceFile } from '../db/cipher';
import { APPLICATION_ID, type Db } from '../db/open';
import { fsError, fsErrorCode } from '../fs/fs-errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

/**
 * Backups of a workspace in `<workspace>.backups/` (names and rotation: shared/backups/rotation.ts).
 * A backup is made with `VACUUM INTO` from the open connection: a consistent, compact copy of the
 * committed state that, for an encrypted workspace, SQLite3 Multiple Ciphers writes encrypted with the
 * same key (it opens with the same passphrase). Each copy is written under a temp name, synced, then
 * renamed, so a crash never leaves a half backup under a backup's name. Evidence files are not copied:
 * the evidence store keeps them by content, and a restored workspace finds the files it refers to there.
 */

export interface BackupInfo extends BackupName {
  path: string;
  size: number;
  encrypted: boolean;
}

export function backupDirOf(workspacePath: string): string {
  return `${workspacePath}.backups`;
}

function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be opened for fsync on Windows; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function infoOf(dir: string, parsed: BackupName): BackupInfo | null {
  const path = join(dir, parsed.name);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return null;
    return { ...parsed, path, size: stats.size, encrypted: detectWorkspaceFile(path) === 'encrypted' };
  } catch {
    return null;
  }
}

/** Every backup of the workspace, newest first. */
export function listBackups(workspacePath: string): BackupInfo[] {
  const dir = backupDirOf(workspacePath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((b): b is BackupName => b !== null)
    .sort(compareNewestFirst)
    .map((b) => infoOf(dir, b))
    .filter((b): b is BackupInfo => b !== null);
}

/** A fresh name in the folder for a backup taken now (never overwrites one). */
function freshName(dir: string, now: Date, kind: BackupKind): string {
  for (let seq = 0; seq < 10_000; seq++) {
    const name = backupNameOf(now, kind, seq);
    if (!existsSync(join(dir, name))) return name;
  }
  throw new AppError('backup_failed', `Too many backups at the same instant in ${dir}.`);
}

function backupError(dir: string, temp: string, error: unknown): AppError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return new AppError('disk_full', `The disk holding ${dir} is full; no backup was written.`);
  if (fsErrorCode(error)) return fsError('backup_failed', `No backup was written to ${dir}`, error, temp);
  return new AppError('backup_failed', `No backup was written to ${dir}: ${(error as Error).message}`);
}

/** Writes a backup of the open workspace and returns it. */
export function createBackup(db: Db, workspacePath: string, kind: BackupKind, now: Date): BackupInfo {
  const dir = backupDirOf(workspacePath);
  const temp = join(dir, `.${process.pid}-${Date.now()}.partial`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncPath(temp);
    const name = freshName(dir, now, kind);
    renameSync(temp, join(dir, name));
    fsyncPath(dir);
    const info = infoOf(dir, parseBackupName(name) ?? { name, createdAt: now.toISOString(), seq: 0, kind });
    if (!info) throw new Error('the backup vanished after it was written');
    return info;
  } catch (error) {
    rmSync(temp, { force: true });
    throw backupError(dir, temp, error);
  }
}

/** Applies the rotation rule; returns the names removed. */
export function pruneBackups(workspacePath: string, now: Date): string[] {
  const dir = backupDirOf(workspacePath);
  const removed: string[] = [];
  for (const name of backupsToPrune(listBackups(workspacePath), now)) {
    try {
      rmSync(join(dir, name));
      removed.push(name);
    } catch {
      // Left for the next rotation.
    }
  }
  return removed;
}

/** The backup of this workspace with this name, or a clear error (names are never paths). */
export function findBackup(workspacePath: string, name: string): BackupInfo {
  const parsed = basename(name) === name ? parseBackupName(name) : null;
  const info = parsed ? infoOf(backupDirOf(workspacePath), parsed) : null;
  if (!info) throw new AppError('not_found', `No backup named "${name.slice(0, 120)}" for ${workspacePath}.`);
  return info;
}

/**
 * Checks that a backup is a sound workspace this version can open: our application id, not from a newer
 * version, integrity ok, and, when encrypted, opened by the passphrase. Read-only: the backup is not changed.
 */
export function checkBackup(backup: BackupInfo, passphrase: string | null): void {
  const where = `The backup of ${backup.createdAt.slice(0, 19).replace('T', ' ')} UTC`;
  if (backup.encrypted) {
    if (passphrase === null)
      throw new AppError(
        'backup_encrypted',
        `${where} is encrypted; this workspace is not, so it cannot be restored here.`,
      );
    if (!checkPassphrase(backup.path, passphrase)) {
      throw new AppError(
        'backup_other_passphrase',
        `${where} does not open with the current passphrase (it was probably made before the passphrase was changed).`,
      );
    }
  } else if (passphrase !== null) {
    throw new AppError(
      'backup_not_encrypted',
      `${where} is not encrypted; restoring it would store this encrypted workspace unencrypted, so it was refused.`,
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(backup.path, { readonly: true, fileMustExist: true });
    if (passphrase !== null) applyKey(db, passphrase);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new AppError('backup_unusable', `${where} is not a Fieldwork workspace.`);
    if (version > LATEST_SCHEMA_VERSION)
      throw new AppError('backup_unusable', `${where} comes from a newer version of Fieldwork.`);
    const integrity = db.pragma('integrity_check(1)', { simple: true }) as string;
    if (integrity !== 'ok')
      throw new AppError('backup_unusable', `${where} is damaged too (${integrity.slice(0, 120)}).`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('backup_unusable', `${where} cannot be read: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Keeps the current workspace file exactly as it is on disk (copied) with its WAL and shared-memory files
 * (moved: they belong to this file and must not be replayed onto the restored one), as a `damaged` or
 * `before-restore` entry of the backups folder. Nothing is deleted.
 */
export function preserveCurrentFiles(workspacePath: string, kind: BackupKind, now: Date): string {
  const dir = backupDirOf(workspacePath);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freshName(dir, now, kind);
  const target = join(dir, name);
  if (existsSync(workspacePath)) copyFileSync(workspacePath, target);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(workspacePath + suffix)) renameSync(workspacePath + suffix, target + suffix);
  }
  fsyncPath(target);
  fsyncPath(dir);
  return name;
}

/**
 * Puts a checked backup in the workspace's place: copied next to the workspace, synced, then renamed over
 * it (atomic on one file system). The caller has closed the workspace and preserved its current state.
 */
export function replaceWithBackup(workspacePath: string, backup: BackupInfo): void {
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(workspacePath + suffix)) {
      throw new AppError(
        'restore_failed',
        `${workspacePath}${suffix} is still present; close other programs using the workspace and try again.`,
      );
    }
  }
  const temp = join(dirname(workspacePath), `.${basename(workspacePath)}.${process.pid}.restoring`);
  try {
    copyFileSync(backup.path, temp);
    fsyncPath(temp);
    renameSync(temp, workspacePath);
    fsyncPath(dirname(workspacePath));
  } catch (error) {
    rmSync(temp, { force: true });
    throw fsError('restore_failed', 'The backup was not restored (the workspace is as it was)', error, temp);
  }
}

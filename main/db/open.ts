import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result';
import { ensureEvidenceKey } from '../evidence/data-key';
import { applyKey, checkPassphrase, detectWorkspaceFile, lockedError, wrongPassphrase } from './cipher';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { installAuditFunctions, type AuditOptions } from './audit-session';

export type Db = Database.Database;

/** 'FWRK': marks a SQLite file as a Fieldwork workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x4657524b;

/** `now` and `actor` feed the audit trail's triggers (audit-session.ts). */
export interface OpenOptions extends AuditOptions {
  /** Create the file when it does not exist. */
  create?: boolean;
  /**
   * The passphrase of an encrypted workspace; with `create`, a missing file is created encrypted with it.
   * It is applied before anything else is read, and checked on a copy of the first page before the real
   * file is opened (cipher.ts), so a wrong one changes nothing.
   */
  passphrase?: string;
}

function corrupt(path: string, detail: string): AppError {
  const said = detail.replace('*** in database main ***', '').replace(/\s+/g, ' ').trim();
  return new AppError(
    'workspace_corrupt',
    `${path} is damaged (${said}). Nothing was changed or deleted: restore a backup, or open another workspace.`,
  );
}

/** True when the file carries a plain SQLite header with our application id (bytes 68–71). */
function hasOurHeader(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(72);
      if (readSync(fd, head, 0, 72, 0) < 72) return false;
      return head.toString('latin1', 0, 15) === 'SQLite format 3' && head.readUInt32BE(68) === APPLICATION_ID;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function describeOpenFailure(path: string, error: unknown, keyAccepted: boolean): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || (code === 'SQLITE_NOTADB' && (keyAccepted || hasOurHeader(path)))) {
    return corrupt(path, (error as Error).message);
  }
  if (code === 'SQLITE_NOTADB') {
    return new AppError(
      'workspace_unreadable',
      `${path} is not a readable Fieldwork workspace (it may be another kind of file, encrypted, or damaged).`,
    );
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new AppError('workspace_unreadable', `Cannot open ${path}: check the folder exists and you may write to it.`);
  }
  return new AppError('workspace_unreadable', `Cannot open ${path}: ${(error as Error).message}`);
}

/**
 * Opens a workspace: refuses files that are not ours or come from a newer Fieldwork before writing a
 * single byte, checks the file's integrity, then sets the durability pragmas and applies pending
 * migrations in one transaction. Encrypted workspaces need their passphrase (`workspace_locked` without
 * one, `wrong_passphrase` when it does not open the file); a damaged file is `workspace_corrupt`.
 */
export function openWorkspaceDb(path: string, options: OpenOptions = {}): Db {
  const memory = path === ':memory:';
  const kind = detectWorkspaceFile(path);
  if (kind === 'missing' && !options.create) {
    throw new AppError('workspace_not_found', `No workspace at ${path}. Create one first (for example with "fieldwork demo").`);
  }
  const passphrase = options.passphrase;
  if (kind === 'encrypted') {
    if (passphrase === undefined) throw lockedError(path);
    if (!checkPassphrase(path, passphrase)) throw wrongPassphrase(path);
  } else if (passphrase !== undefined && kind === 'plain') {
    throw new AppError(
      'workspace_not_encrypted',
      `${path} is not encrypted, so it has no passphrase. Encrypt it first (Settings › Security, or "fieldwork workspace encrypt").`,
    );
  } else if (passphrase !== undefined && memory) {
    throw new AppError('invalid_input', 'An in-memory workspace cannot be encrypted.');
  }
  const encrypted = passphrase !== undefined;
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw describeOpenFailure(path, error, false);
  }
  try {
    if (encrypted) applyKey(db, passphrase);
    checkIdentity(db, path);
    checkIntegrity(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    installAuditFunctions(db, options);
    migrate(db);
    if (encrypted) ensureEvidenceKey(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw describeOpenFailure(path, error, encrypted);
  }
}

function checkIdentity(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw new AppError('workspace_foreign', `${path} is a SQLite database but not a Fieldwork workspace; it was left untouched.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'workspace_too_new',
      `${path} was written by a newer version of Fieldwork (workspace schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Fieldwork to open it; the file was left untouched.`,
    );
  }
}

/** Reads every page once (https://sqlite.org/pragma.html#pragma_integrity_check); stops at the first problem. */
function checkIntegrity(db: Db, path: string): void {
  const result = db.pragma('integrity_check(1)', { simple: true }) as string;
  if (result !== 'ok') throw corrupt(path, `integrity check: ${result.slice(0, 200)}`);
}

/** Runs the integrity check on an open workspace: 'ok' or the first problem found. */
export function integrityOf(db: Db): string {
  try {
    return db.pragma('integrity_check(1)', { simple: true }) as string;
  } catch (error) {
    return (error as Error).message;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const current = schemaVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    if (current === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const step of pending) {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
  }).immediate();
}

export function closeWorkspaceDb(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

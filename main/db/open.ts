import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** 'FWRK': marks a SQLite file as a Fieldwork workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x4657524b;

export interface OpenOptions {
  /** Create the file when it does not exist. */
  create?: boolean;
}

function describeOpenFailure(path: string, error: unknown): AppError {
  const code = (error as { code?: string }).code;
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
 * single byte, then sets the durability pragmas and applies pending migrations in one transaction.
 */
export function openWorkspaceDb(path: string, options: OpenOptions = {}): Db {
  const exists = path !== ':memory:' && existsSync(path);
  if (!exists && !options.create && path !== ':memory:') {
    throw new AppError('workspace_not_found', `No workspace at ${path}. Create one first (for example with "fieldwork demo").`);
  }
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw describeOpenFailure(path, error);
  }
  try {
    checkIdentity(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw describeOpenFailure(path, error);
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

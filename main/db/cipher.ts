import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';

/**
 * Workspace encryption at rest, SQLCipher 4 compatible (SQLite3 Multiple Ciphers with `cipher='sqlcipher'`
 * and `legacy=4`: AES-256-CBC pages, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with 256,000 iterations and
 * a random 16-byte salt in the first bytes of the file). See
 * https://utelle.github.io/SQLite3MultipleCiphers/docs/ciphers/cipher_sqlcipher/ — the same settings
 * let SQLCipher 4 tools (DB Browser for SQLite) open a workspace with its passphrase.
 */

/** Every plain SQLite file starts with these 16 bytes; an encrypted one starts with its random salt. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** SQLCipher 4's page size: a file of ours is a whole number of pages. */
export const CIPHER_PAGE_SIZE = 4096;
export const MAX_PASSPHRASE_LENGTH = 1024;

export type WorkspaceFileKind = 'missing' | 'empty' | 'plain' | 'encrypted' | 'unknown';

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * What a workspace file looks like from outside, without opening it with SQLite: a plain SQLite file (its
 * header), an encrypted one (no header, a whole number of 512-byte sectors — every SQLite page size is),
 * or something else (a text file renamed .fwdb) that SQLite will refuse anyway.
 */
export function detectWorkspaceFile(path: string): WorkspaceFileKind {
  if (path === ':memory:') return 'empty';
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return 'unknown';
    size = info.size;
  } catch {
    return 'missing';
  }
  if (size === 0) return 'empty';
  const head = readHead(path, SQLITE_MAGIC.length);
  if (head.equals(SQLITE_MAGIC)) return 'plain';
  return size >= 512 && size % 512 === 0 ? 'encrypted' : 'unknown';
}

/** The key as SQLite3 Multiple Ciphers receives it: the passphrase's UTF-8 bytes, Unicode-normalised. */
export function passphraseBytes(passphrase: string): Buffer {
  if (passphrase.length === 0) throw new AppError('invalid_input', 'Enter the passphrase.');
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) {
    throw new AppError('invalid_input', `A passphrase is at most ${MAX_PASSPHRASE_LENGTH} characters.`);
  }
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** Selects SQLCipher 4 and applies the key: the first thing done on an encrypted connection. */
export function applyKey(db: Database.Database, passphrase: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const key = passphraseBytes(passphrase);
  try {
    db.key(key);
  } finally {
    key.fill(0);
  }
}

/** Sets a new key on an open connection (rollback-journal mode: see changePassphrase). */
export function applyRekey(db: Database.Database, passphrase: string): void {
  const key = passphraseBytes(passphrase);
  try {
    db.rekey(key);
  } finally {
    key.fill(0);
  }
}

export function wrongPassphrase(path: string): AppError {
  return new AppError(
    'wrong_passphrase',
    `That passphrase does not open ${path}. Check it (letter case counts) and try again; nothing was changed. If you are sure it is right, the file may be damaged: restore a backup.`,
  );
}

export function lockedError(path: string): AppError {
  return new AppError('workspace_locked', `${path} is encrypted: enter its passphrase to open it.`);
}

/**
 * Checks a passphrase against an encrypted workspace without opening the workspace itself: a copy of its
 * first page (still encrypted) goes to a private temp folder, padded to the file's size as a sparse file,
 * and SQLite reads its header there. A wrong key thus never reaches the real file, its WAL or its shared
 * memory index, and a hot journal is never rolled back with the wrong key.
 */
export function checkPassphrase(path: string, passphrase: string): boolean {
  const size = statSync(path).size;
  const page = readHead(path, CIPHER_PAGE_SIZE);
  const dir = mkdtempSync(join(tmpdir(), 'fieldwork-probe-'));
  const probe = join(dir, 'probe.db');
  try {
    const fd = openSync(probe, 'wx', 0o600);
    try {
      writeSync(fd, page);
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
    const db = new Database(probe, { readonly: true, fileMustExist: true });
    try {
      applyKey(db, passphrase);
      db.pragma('user_version', { simple: true });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') return false;
      throw error;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import Database from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { createBackup, type BackupInfo } from '../backup/backups';
import { applyKey, applyRekey, checkPassphrase, detectWorkspaceFile, wrongPassphrase } from '../db/cipher';
import { closeWorkspaceDb, integrityOf, openWorkspaceDb, type Db } from '../db/open';
import { evidenceCipherOf } from '../evidence/data-key';
import { fsError, fsErrorCode } from '../fs/fs-errors';
import { evidenceStoreDirOf, storedFilePath, storedPathOf, storeFile } from '../evidence/store';

export const MIN_PASSPHRASE_LENGTH = 8;

export function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError(
      'weak_passphrase',
      `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember.`,
    );
  }
}

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be opened for fsync on Windows.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Row count of every table: what a copy must hold too. */
function tableCounts(db: Db): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/**
 * The encrypted copy holds every row of the original, plus what opening it added: the evidence key in
 * settings, and the audit trail's entry recording that (its value redacted).
 */
function copiedEverything(original: Map<string, number>, copy: Map<string, number>): boolean {
  if (original.size !== copy.size) return false;
  return [...original].every(([table, n]) => {
    const copied = copy.get(table) ?? -1;
    if (table === 'settings') return copied === n + 1;
    if (table === 'audit_log') return copied >= n;
    return copied === n;
  });
}

export interface EncryptOutcome {
  /** The unencrypted original, kept next to the workspace until the user deletes it. */
  keptOriginal: string;
  /** Where the unencrypted evidence files were moved (null when there were none). */
  keptEvidence: string | null;
  sealedFiles: number;
  /** Evidence files the workspace refers to that were missing or already altered before encryption. */
  unreadableEvidence: string[];
}

/**
 * Encrypts a plain workspace, never losing the original:
 *  1. a compact plain copy (VACUUM INTO) beside it is encrypted in place by `rekey`, re-opened with the
 *     passphrase, integrity-checked and compared table by table with the original; it receives its
 *     evidence data key;
 *  2. every evidence file is sealed into the store (plaintext SHA-256 re-checked), beside the plain ones;
 *  3. only then is the original kept under a new name (hard link, or a copy) and the encrypted copy
 *     renamed over the workspace (atomic); the plain evidence files move to a folder beside the store.
 * A crash before step 3 leaves the plain workspace as it was (plus sealed copies it ignores); after it,
 * the encrypted workspace is complete. The caller has closed every connection to the workspace.
 */
export async function encryptWorkspaceFile(path: string, passphrase: string, now: Date): Promise<EncryptOutcome> {
  checkNewPassphrase(passphrase);
  if (detectWorkspaceFile(path) !== 'plain')
    throw new AppError('already_encrypted', `${path} is already encrypted (or is not a workspace).`);
  const temp = join(dirname(path), `.${basename(path)}.encrypting`);
  rmSync(temp, { force: true });
  rmSync(`${temp}-journal`, { force: true });
  const clock = () => now;
  const original = openWorkspaceDb(path, { now: clock });
  let counts: Map<string, number>;
  let evidence: { sha256: string; size: number }[];
  try {
    counts = tableCounts(original);
    evidence = original.prepare('SELECT sha256, size FROM evidence_files ORDER BY sha256').all() as {
      sha256: string;
      size: number;
    }[];
    original.prepare('VACUUM INTO ?').run(temp);
  } finally {
    closeWorkspaceDb(original);
  }
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
    rmSync(temp, { force: true });
    throw new AppError(
      'workspace_busy',
      `${path} is still in use by another program; close it and try again. Nothing was changed.`,
    );
  }
  let outcome: Omit<EncryptOutcome, 'keptOriginal' | 'keptEvidence'>;
  try {
    const copy = new Database(temp, { fileMustExist: true });
    try {
      copy.pragma("cipher = 'sqlcipher'");
      copy.pragma('legacy = 4');
      applyRekey(copy, passphrase);
    } finally {
      copy.close();
    }
    const encrypted = openWorkspaceDb(temp, { passphrase, now: clock });
    try {
      if (!copiedEverything(counts, tableCounts(encrypted)) || integrityOf(encrypted) !== 'ok') {
        throw new AppError('encrypt_failed', 'The encrypted copy did not match the workspace; nothing was changed.');
      }
      const cipher = evidenceCipherOf(encrypted);
      if (!cipher) throw new AppError('encrypt_failed', 'The encrypted copy has no evidence key; nothing was changed.');
      outcome = await sealEvidence(evidenceStoreDirOf(path), evidence, cipher);
    } finally {
      closeWorkspaceDb(encrypted);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    const lead = 'The workspace was not encrypted (nothing was changed)';
    throw error instanceof AppError
      ? error
      : fsErrorCode(error)
        ? fsError('encrypt_failed', lead, error, temp)
        : new AppError('encrypt_failed', `${lead}: ${(error as Error).message}`);
  }
  const stamp = stampOf(now);
  const keptOriginal = join(dirname(path), `${basename(path).replace(/\.fwdb$/i, '')}.unencrypted-${stamp}.fwdb`);
  try {
    linkSync(path, keptOriginal);
  } catch {
    copyFileSync(path, keptOriginal);
    fsyncPath(keptOriginal);
  }
  renameSync(temp, path);
  fsyncPath(dirname(path));
  const keptEvidence = movePlainEvidence(evidenceStoreDirOf(path), `${evidenceStoreDirOf(path)}-unencrypted-${stamp}`);
  return { keptOriginal, keptEvidence, ...outcome };
}

async function sealEvidence(
  storeDir: string,
  files: readonly { sha256: string; size: number }[],
  cipher: NonNullable<ReturnType<typeof evidenceCipherOf>>,
) {
  let sealedFiles = 0;
  const unreadableEvidence: string[] = [];
  for (const file of files) {
    const plain = storedPathOf(storeDir, file.sha256);
    if (!existsSync(plain)) {
      unreadableEvidence.push(file.sha256);
      continue;
    }
    const stored = await storeFile(storeDir, plain, { cipher });
    if (stored.sha256 !== file.sha256) {
      // The plain file had been altered: its sealed copy would carry another name. Keep neither claim.
      if (stored.created) rmSync(storedFilePath(storeDir, stored.sha256, cipher), { force: true });
      unreadableEvidence.push(file.sha256);
      continue;
    }
    sealedFiles += 1;
  }
  return { sealedFiles, unreadableEvidence };
}

/** Moves the store's plain files (`<aa>/<sha256>`) into `target`, keeping their layout. */
function movePlainEvidence(storeDir: string, target: string): string | null {
  let moved = 0;
  for (const prefix of existsSync(storeDir) ? readdirSync(storeDir) : []) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of readdirSync(join(storeDir, prefix))) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      mkdirSync(join(target, prefix), { recursive: true, mode: 0o700 });
      renameSync(join(storeDir, prefix, name), join(target, prefix, name));
      moved += 1;
    }
  }
  return moved > 0 ? target : null;
}

/** A passphrase change ready to commit: the backup taken first, and the rekeyed copy. */
export interface PreparedRekey {
  backup: BackupInfo;
  temp: string;
}

/**
 * Phase 1 of a passphrase change, on the open workspace. The live file is never rekeyed in place (a crash
 * half-way through an in-place rekey can leave a file that neither passphrase opens): a backup is taken
 * (it keeps opening with the old passphrase), then a compact copy (VACUUM INTO, same key) beside the
 * workspace is rekeyed in rollback-journal mode (atomic, with a new salt), re-opened with the new
 * passphrase, integrity-checked and compared table by table. The evidence data key lives inside the
 * database and is unchanged, so evidence files stay as they are.
 */
export function prepareRekey(db: Db, path: string, current: string, next: string, now: Date): PreparedRekey {
  checkNewPassphrase(next);
  if (!checkPassphrase(path, current)) throw wrongPassphrase(path);
  const backup = createBackup(db, path, 'before-passphrase-change', now);
  const temp = join(dirname(path), `.${basename(path)}.rekeying`);
  for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(leftover, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp, { fileMustExist: true });
    try {
      applyKey(copy, current);
      applyRekey(copy, next);
    } finally {
      copy.close();
    }
    const check = openWorkspaceDb(temp, { passphrase: next, now: () => now });
    try {
      if (!copiedAll(tableCounts(db), tableCounts(check)) || integrityOf(check) !== 'ok') {
        throw new AppError(
          'rekey_failed',
          'The re-encrypted copy did not match the workspace; the passphrase was not changed.',
        );
      }
    } finally {
      closeWorkspaceDb(check);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error instanceof AppError
      ? error
      : fsErrorCode(error)
        ? fsError('rekey_failed', 'The passphrase was not changed', error, temp)
        : new AppError('rekey_failed', `The passphrase was not changed: ${(error as Error).message}`);
  }
  return { backup, temp };
}

function copiedAll(original: Map<string, number>, copy: Map<string, number>): boolean {
  return (
    original.size === copy.size &&
    [...original].every(([table, n]) => (table === 'audit_log' ? (copy.get(table) ?? -1) >= n : copy.get(table) === n))
  );
}

/**
 * Phase 2, once every connection to the workspace is closed: the rekeyed copy replaces the workspace in
 * one rename. Before it the old file is in place, after it the new one: never a mix.
 */
export function commitRekey(path: string, prepared: PreparedRekey): void {
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
    rmSync(prepared.temp, { force: true });
    throw new AppError('workspace_busy', `${path} is still in use by another program; the passphrase was not changed.`);
  }
  renameSync(prepared.temp, path);
  fsyncPath(dirname(path));
}

/** Both phases, for a caller holding the only connection (it is closed). Returns the backup taken first. */
export function changePassphrase(db: Db, path: string, current: string, next: string, now: Date): BackupInfo {
  const prepared = prepareRekey(db, path, current, next, now);
  closeWorkspaceDb(db);
  commitRekey(path, prepared);
  return prepared.backup;
}

import type { BackupSummary } from '../../shared/ipc/workspace-contract';
import { AppError } from '../../shared/ipc/result';
import type { BackupInfo } from '../backup/backups';
import { detectWorkspaceFile } from '../db/cipher';
import { openWorkspaceDb, type Db } from '../db/open';

/** What opening a path gave, before the session adopts it (so a refused file changes nothing). */
export type Opened =
  | { state: 'open'; db: Db; encrypted: boolean; passphrase: string | null }
  | { state: 'locked' }
  | { state: 'damaged'; message: string; encrypted: boolean; passphrase: string | null };

export function summaryOf(backup: BackupInfo): BackupSummary {
  return {
    name: backup.name,
    createdAt: backup.createdAt,
    kind: backup.kind,
    size: backup.size,
    encrypted: backup.encrypted,
  };
}

/**
 * Opens a workspace file into one of three states: open, locked (encrypted and no passphrase, or a wrong
 * one) or damaged (workspace_corrupt). Other refusals (not ours, too new, missing) are thrown.
 */
export function openPath(path: string, create: boolean, passphrase: string | null, now?: () => Date): Opened {
  const encrypted = detectWorkspaceFile(path) === 'encrypted';
  if (encrypted && passphrase === null) return { state: 'locked' };
  try {
    const db = openWorkspaceDb(path, {
      create,
      ...(now && { now }),
      ...(encrypted && passphrase !== null && { passphrase }),
    });
    return { state: 'open', db, encrypted, passphrase: encrypted ? passphrase : null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'workspace_corrupt') {
      return { state: 'damaged', message: error.message, encrypted, passphrase: encrypted ? passphrase : null };
    }
    throw error;
  }
}

import { AppError } from '../../shared/ipc/result';
import type { BackupSummary, EncryptResult, RestoreResult } from '../../shared/ipc/workspace-contract';
import {
  checkBackup,
  createBackup,
  findBackup,
  listBackups,
  preserveCurrentFiles,
  replaceWithBackup,
  type BackupInfo,
} from '../backup/backups';
import { commitRekey, encryptWorkspaceFile, prepareRekey } from './encryption';
import { summaryOf } from './open-path';
import type { WorkspaceSession } from './session';

/** Changes the passphrase of the open encrypted workspace (encryption.ts explains how it stays safe). */
export function changeSessionPassphrase(
  session: WorkspaceSession,
  current: string,
  next: string,
  now: Date,
): BackupSummary {
  const db = session.requireDb();
  if (!session.isEncrypted)
    throw new AppError('not_encrypted', 'This workspace is not encrypted, so it has no passphrase to change.');
  const path = session.path;
  const prepared = prepareRekey(db, path, current, next, now);
  session.detach();
  try {
    commitRekey(path, prepared);
  } catch (error) {
    session.adopt(path, session.openWith(path, current), 'manual');
    throw error;
  }
  session.adopt(path, session.openWith(path, next), 'manual');
  session.rekeyed(next);
  return summaryOf(prepared.backup);
}

/** Encrypts the open plain workspace; on any failure the plain workspace is opened again, unchanged. */
export async function encryptSession(
  session: WorkspaceSession,
  passphrase: string,
  remember: boolean,
  now: Date,
): Promise<Omit<EncryptResult, 'status'>> {
  session.requireDb();
  if (session.isEncrypted) throw new AppError('already_encrypted', 'This workspace is already encrypted.');
  const path = session.path;
  session.detach();
  let outcome;
  try {
    outcome = await encryptWorkspaceFile(path, passphrase, now);
  } catch (error) {
    session.adopt(path, session.prepare(path, false), 'manual');
    throw error;
  }
  session.adopt(path, session.openWith(path, passphrase), 'manual');
  if (remember) session.remember(passphrase);
  session.announce('workspace:lockChanged');
  return {
    keptOriginal: outcome.keptOriginal,
    keptEvidence: outcome.keptEvidence,
    unreadableEvidence: outcome.unreadableEvidence.length,
  };
}

/** The newest backup that passes checkBackup (preserved damaged copies are never candidates). */
function latestGoodBackup(path: string, passphrase: string | null): BackupInfo {
  const problems: string[] = [];
  for (const backup of listBackups(path)) {
    if (backup.kind === 'damaged') continue;
    try {
      checkBackup(backup, passphrase);
      return backup;
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw new AppError(
    'no_good_backup',
    problems.length === 0
      ? `There is no backup of ${path} yet.`
      : `No backup of ${path} could be restored: ${problems.slice(0, 3).join(' ')}`,
  );
}

/**
 * Puts a backup in the workspace's place, after keeping the current state: a fresh backup of an open
 * workspace, or the damaged files exactly as they are. Nothing is deleted.
 */
export function restoreSession(
  session: WorkspaceSession,
  choice: { name?: string | undefined; latestGood: boolean },
  now: Date,
): Omit<RestoreResult, 'status'> {
  const state = session.currentState;
  if (state === 'locked') session.requireDb();
  const path = session.path;
  const passphrase = session.isEncrypted ? session.currentPassphrase : null;
  if (session.isEncrypted && passphrase === null) throw new AppError('workspace_locked', 'Unlock the workspace first.');
  let backup: BackupInfo;
  if (choice.name !== undefined) {
    backup = findBackup(path, choice.name);
    checkBackup(backup, passphrase);
  } else if (choice.latestGood) {
    backup = latestGoodBackup(path, passphrase);
  } else {
    throw new AppError('invalid_input', 'Choose a backup to restore.');
  }
  const preserved = state === 'open' ? createBackup(session.requireDb(), path, 'before-restore', now).name : null;
  session.detach();
  try {
    const kept = preserved ?? preserveCurrentFiles(path, 'damaged', now);
    replaceWithBackup(path, backup);
    session.adopt(path, session.openWith(path, passphrase), 'manual');
    session.announce('workspace:lockChanged');
    session.announce('workspace:changed');
    return { restored: summaryOf(backup), preserved: kept };
  } catch (error) {
    session.adopt(path, session.openWith(path, passphrase), 'manual');
    session.announce('workspace:lockChanged');
    throw error;
  }
}

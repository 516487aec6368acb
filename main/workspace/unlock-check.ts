import { listBackups, type BackupInfo } from '../backup/backups';
import { checkPassphrase } from '../db/cipher';

/**
 * Why a passphrase did not open an encrypted workspace. SQLCipher cannot tell a wrong key from a damaged
 * first page (both fail the page's HMAC), so the same passphrase is tried on the workspace's backups, which
 * are encrypted copies: if the newest one opens, the passphrase is the current one and the workspace file
 * is damaged. Each try decrypts a copy of the backup's first page in a private temp folder
 * (checkPassphrase): no backup is opened, changed or locked.
 *
 * Only the newest backup vouches for the current passphrase: every backup is taken from the open workspace
 * with its key, so the newest has the key the workspace had last, while older ones may predate a passphrase
 * change (some are even taken just after the "before passphrase change" copy, when the workspace closes
 * for the change). A passphrase that opens only older backups is an earlier passphrase (or the newest
 * backup is damaged too): never reported as a damaged workspace.
 */

/** Backups tried, newest first: each try costs one key derivation (about 0.2 s), and a typo tries them all. */
export const MAX_BACKUPS_TRIED = 6;

export type BackupProbe =
  | { kind: 'opens_newest'; backup: BackupInfo }
  | { kind: 'opens_older'; backup: BackupInfo }
  | { kind: 'opens_none'; tried: number };

function opens(backup: BackupInfo, passphrase: string): boolean {
  try {
    return checkPassphrase(backup.path, passphrase);
  } catch {
    return false; // unreadable or vanished meanwhile: it proves nothing either way
  }
}

export function probeBackups(workspacePath: string, passphrase: string): BackupProbe {
  const encrypted = listBackups(workspacePath).filter((b) => b.encrypted && b.kind !== 'damaged');
  const candidates = encrypted.slice(0, MAX_BACKUPS_TRIED);
  // The copy taken before the latest passphrase change is tried too, however old: an earlier passphrase
  // is then recognised as such.
  const lastChange = encrypted.find((b) => b.kind === 'before-passphrase-change');
  if (lastChange && !candidates.includes(lastChange)) candidates.push(lastChange);
  for (const [index, backup] of candidates.entries()) {
    if (opens(backup, passphrase)) return { kind: index === 0 ? 'opens_newest' : 'opens_older', backup };
  }
  return { kind: 'opens_none', tried: candidates.length };
}

/** The damage, as requests answer while the workspace awaits recovery (the screens word it from the typed outcome). */
export function damagedFileMessage(backupCreatedAt: string): string {
  return `This passphrase opens the backup of ${backupCreatedAt.slice(0, 16).replace('T', ' ')} UTC, but not the workspace file: the workspace looks damaged. Restore the latest good backup; the damaged file is kept.`;
}

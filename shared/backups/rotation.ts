/**
 * Backup names and the rotation rule, pure so that both can be checked by hand.
 *
 * A backup is `<stamp>[-<n>].<kind>.fwdb` in `<workspace>.backups/`, the stamp being the UTC instant it
 * was taken with `:` and `.` replaced by `-` (2026-11-22T09-00-00-000Z), so names sort by age and are valid
 * on every file system; `-<n>` separates two backups taken in the same millisecond.
 *
 * Rotation applies to automatic backups only. It keeps
 *   1. the KEEP_LATEST (10) most recent automatic backups, and
 *   2. the most recent automatic backup of each of the KEEP_DAYS (7) UTC calendar days ending today
 *      (today and the six days before it),
 * and removes every other automatic backup. Manual backups, the copies taken before a restore or a
 * passphrase change, and the preserved copies of a damaged workspace are never removed by rotation.
 */

export const BACKUP_KINDS = ['auto', 'manual', 'before-restore', 'before-passphrase-change', 'damaged'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const ROTATION = { keepLatest: 10, keepDays: 7 } as const;

export interface BackupName {
  name: string;
  /** ISO instant the backup was taken (from its name). */
  createdAt: string;
  /** Tie-breaker for two backups in the same millisecond. */
  seq: number;
  kind: BackupKind;
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,4}))?\.([a-z-]+)\.fwdb$/;

export function backupNameOf(createdAt: Date, kind: BackupKind, seq = 0): string {
  const stamp = createdAt.toISOString().replace(/[:.]/g, '-');
  return `${stamp}${seq > 0 ? `-${seq}` : ''}.${kind}.fwdb`;
}

/** Parses a backup file name; null for anything else in the folder (it is then left alone). */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, seq, kind] = match;
  if (!(BACKUP_KINDS as readonly string[]).includes(kind ?? '')) return null;
  const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, createdAt, seq: Number(seq ?? 0), kind: kind as BackupKind };
}

/** Newest first. */
export function compareNewestFirst(a: BackupName, b: BackupName): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.seq - a.seq;
}

const DAY_MS = 86_400_000;

/** The names of the automatic backups that rotation removes, given every backup in the folder. */
export function backupsToPrune(backups: readonly BackupName[], now: Date, policy = ROTATION): string[] {
  const auto = backups.filter((b) => b.kind === 'auto').sort(compareNewestFirst);
  const keep = new Set(auto.slice(0, policy.keepLatest).map((b) => b.name));
  const today = Math.floor(now.getTime() / DAY_MS);
  const seenDays = new Set<number>();
  for (const backup of auto) {
    const day = Math.floor(Date.parse(backup.createdAt) / DAY_MS);
    // Backups dated after now (a clock that went back) are kept: rotation never guesses.
    if (day > today) keep.add(backup.name);
    if (day > today || day <= today - policy.keepDays || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(backup.name);
  }
  return auto.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

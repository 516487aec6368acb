import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import type { Db } from '../../main/db/open';
import { toAuditEntry, type AuditRow } from '../../main/db/audit';
import type { AuditEntry } from '../../shared/audit/types';

/** Every entry of the trail, oldest first, read straight from the table. */
export function allEntries(db: Db): AuditEntry[] {
  return (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]).map(toAuditEntry);
}

export function lastSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number) ?? 0;
}

export function entriesAfter(db: Db, seq: number): AuditEntry[] {
  return allEntries(db).filter((e) => e.seq > seq);
}

/**
 * The hash recipe as the JSON export documents it, written again here without Fieldwork's code, so a
 * wrong description (or a wrong implementation) fails the tests.
 */
export function recipeHash(prevHash: string, row: AuditRow): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actor,
    row.os_user,
    row.table_name,
    row.action,
    row.record_key,
    row.record_label,
    row.assessment_id,
    row.before,
    row.after,
  ]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}

/** A plain SQLite connection without Fieldwork's functions, as a tamperer would open the file. */
export function rawConnection(path: string): Database.Database {
  return new Database(path);
}

/** Recomputes `hash` and `prev_hash` of every entry from `fromSeq` on: a tamperer covering their tracks. */
export function rehashFrom(raw: Database.Database, fromSeq: number): void {
  const rows = raw.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as AuditRow[];
  let prev =
    (raw.prepare('SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1').pluck().get(fromSeq) as
      string | undefined) ?? '0'.repeat(64);
  const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = recipeHash(prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

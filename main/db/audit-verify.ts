import type { AuditAnchor, AuditBreak, AuditDiscrepancy, AuditVerification } from '../../shared/audit/types';
import { auditHashAt, hasAuditTrail, type AuditRow } from './audit';
import { AUDIT_GENESIS, auditEntryHash } from './audit-session';
import { MIGRATIONS } from './migrations';
import { AUDITED_TABLES_050, rowObject, type AuditedTable } from './migrations/050-audit-trail';
import type { Db } from './open';

/** Every table whose changes are recorded (a later migration that audits a new table appends it here). */
export const AUDITED_TABLES: readonly AuditedTable[] = [...AUDITED_TABLES_050];

const FIRST_DISCREPANCIES = 20;

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * The audit triggers as the migrations leave them: name → SQL text. Statements are read in order, so a
 * later migration that drops or re-creates a trigger (a table removed, a column added) is followed.
 */
function shippedAuditTriggers(): Map<string, string> {
  const triggers = new Map<string, string>();
  const statement = /CREATE TRIGGER (audit_\w+)[\s\S]*?\bEND(?=;)|DROP TRIGGER (?:IF EXISTS )?(audit_\w+)/g;
  for (const migration of MIGRATIONS) {
    for (const m of migration.sql.matchAll(statement)) {
      if (m[1]) triggers.set(m[1], squash(m[0]));
      else if (m[2]) triggers.delete(m[2]);
    }
  }
  return triggers;
}

function checkTriggers(db: Db): AuditVerification['triggers'] {
  const present = new Map(
    (
      db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]
    ).map((t) => [t.name, squash(t.sql)]),
  );
  const missing: string[] = [];
  const altered: string[] = [];
  for (const [name, sql] of shippedAuditTriggers()) {
    const actual = present.get(name);
    if (actual === undefined) missing.push(name);
    else if (actual !== sql) altered.push(name);
  }
  return { missing, altered };
}

type Rows = Map<string, Record<string, unknown>>;

/** Replays entries into the rows the trail says each table holds. */
class Replay {
  private readonly tables = new Map<string, Rows>();
  private readonly specs = new Map(AUDITED_TABLES.map((t) => [t.table, t]));

  apply(row: AuditRow): void {
    const spec = this.specs.get(row.table_name);
    if (!spec) return;
    const rows = this.tables.get(spec.table) ?? new Map<string, Record<string, unknown>>();
    this.tables.set(spec.table, rows);
    const key = JSON.parse(row.record_key) as unknown[];
    const after = row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>);
    if (row.action === 'delete') {
      rows.delete(JSON.stringify(key));
    } else if (row.action === 'update') {
      const before = row.before === null ? {} : (JSON.parse(row.before) as Record<string, unknown>);
      const oldKey = JSON.stringify(spec.key.map((k, i) => (k in before ? before[k] : key[i])));
      const previous = rows.get(oldKey) ?? {};
      rows.delete(oldKey);
      rows.set(JSON.stringify(key), { ...previous, ...after });
    } else {
      rows.set(JSON.stringify(key), after ?? {});
    }
  }

  /** Compares the replayed rows with the tables as they are now. */
  reconcile(db: Db): { count: number; first: AuditDiscrepancy[] } {
    const found: AuditDiscrepancy[] = [];
    let count = 0;
    const note = (d: AuditDiscrepancy) => {
      count += 1;
      if (found.length < FIRST_DISCREPANCIES) found.push(d);
    };
    for (const spec of AUDITED_TABLES) {
      const expected = new Map(this.tables.get(spec.table) ?? []);
      const keys = spec.key.map((k) => `r.${k}`).join(', ');
      const current = db
        .prepare(`SELECT json_array(${keys}) AS k, ${rowObject(spec, 'r')} AS v FROM ${spec.table} AS r`)
        .all() as { k: string; v: string }[];
      for (const { k, v } of current) {
        const recordKey = JSON.parse(k) as unknown[];
        const id = JSON.stringify(recordKey);
        const want = expected.get(id);
        expected.delete(id);
        const have = JSON.parse(v) as Record<string, unknown>;
        if (!want) {
          note({ table: spec.table, recordKey, problem: 'unrecorded', fields: Object.keys(have) });
          continue;
        }
        const fields = [...new Set([...Object.keys(have), ...Object.keys(want)])].filter(
          (f) => JSON.stringify(have[f]) !== JSON.stringify(want[f]),
        );
        if (fields.length > 0) note({ table: spec.table, recordKey, problem: 'different', fields });
      }
      for (const [id, want] of expected) {
        note({
          table: spec.table,
          recordKey: JSON.parse(id) as unknown[],
          problem: 'missing',
          fields: Object.keys(want),
        });
      }
    }
    return { count, first: found };
  }
}

/** Walks the chain in order: the first entry that is missing, unchained, altered or unsealed. */
function walkChain(
  db: Db,
  replay: Replay,
): { entries: number; head: AuditAnchor | null; firstBreak: AuditBreak | null } {
  let previousHash = AUDIT_GENESIS;
  let expectedSeq = 1;
  let entries = 0;
  let head: AuditAnchor | null = null;
  let firstBreak: AuditBreak | null = null;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    entries += 1;
    replay.apply(row);
    if (!firstBreak) {
      if (row.seq !== expectedSeq) {
        firstBreak = { kind: 'gap', seq: row.seq, missingFrom: expectedSeq, missingTo: row.seq - 1 };
      } else if (row.hash === null || row.prev_hash === null) {
        firstBreak = { kind: 'unsealed', seq: row.seq };
      } else if (row.prev_hash !== previousHash) {
        firstBreak = { kind: 'link', seq: row.seq };
      } else {
        const recomputed = auditEntryHash({
          prevHash: row.prev_hash,
          seq: row.seq,
          at: row.at,
          actor: row.actor,
          osUser: row.os_user,
          table: row.table_name,
          action: row.action,
          recordKey: row.record_key,
          label: row.record_label,
          assessmentId: row.assessment_id,
          before: row.before,
          after: row.after,
        });
        if (recomputed !== row.hash) firstBreak = { kind: 'altered', seq: row.seq };
      }
    }
    previousHash = row.hash ?? '';
    expectedSeq = row.seq + 1;
    head = { seq: row.seq, hash: row.hash ?? '' };
  }
  return { entries, head, firstBreak };
}

function checkAnchor(db: Db, anchor: AuditAnchor): AuditBreak | null {
  const hash = auditHashAt(db, anchor.seq);
  if (hash === undefined) return { kind: 'anchor_missing', seq: anchor.seq };
  if (hash !== anchor.hash) return { kind: 'anchor_mismatch', seq: anchor.seq };
  return null;
}

/**
 * Recomputes the whole hash chain and reports the first break: a changed entry (its hash no longer
 * matches), a removed entry (a gap in the numbering, or an entry that no longer chains to the one
 * before), or a re-sealed one. Also checks that the recording triggers are the shipped ones and that
 * replaying the trail gives the current data.
 *
 * What it cannot prove on its own: the chain has no secret key, so someone who can write the file can
 * rewrite an entry AND recompute every later hash, or cut the newest entries off, and the chain alone
 * still verifies. An anchor (the latest `seq:hash`, printed in every export and by `fieldwork audit
 * verify`) kept outside the workspace catches both: pass it as `anchor`.
 */
export function verifyAuditTrail(db: Db, options: { anchor?: AuditAnchor } = {}): AuditVerification {
  const anchorChecked = options.anchor ?? null;
  if (!hasAuditTrail(db)) {
    return {
      ok: false,
      entries: 0,
      head: null,
      firstBreak: { kind: 'trail_missing', seq: 0 },
      triggers: checkTriggers(db),
      discrepancies: { count: 0, first: [] },
      anchorChecked,
    };
  }
  const replay = new Replay();
  const chain = walkChain(db, replay);
  const firstBreak = chain.firstBreak ?? (options.anchor ? checkAnchor(db, options.anchor) : null);
  const triggers = checkTriggers(db);
  const discrepancies = replay.reconcile(db);
  const ok =
    firstBreak === null && triggers.missing.length === 0 && triggers.altered.length === 0 && discrepancies.count === 0;
  return { ok, entries: chain.entries, head: chain.head, firstBreak, triggers, discrepancies, anchorChecked };
}

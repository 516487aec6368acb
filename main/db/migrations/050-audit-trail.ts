/**
 * Schema 50: the audit trail. Every change to the workspace's data is appended to `audit_log` by triggers,
 * in the same transaction as the change, so no service can forget to record one and a rolled-back change
 * leaves no entry. Each entry is sealed with a SHA-256 hash chained to the previous entry's hash; the
 * triggers call SQL functions that every Fieldwork connection registers (main/db/audit-session.ts).
 *
 * The trigger text is generated from the table descriptions in 050-audited-tables.ts. Shipped migrations
 * are never edited (schema snapshot test): a later table gets its triggers from a later migration calling
 * `auditTriggersSql` — this file's generator, frozen with it.
 */

import { AUDITED_TABLES_050, type AuditedTable } from './050-audited-tables';

export { AUDITED_TABLES_050, UNAUDITED_TABLES_050, type AuditedTable } from './050-audited-tables';

const ENTRY_COLUMNS = 'at, actor, os_user, table_name, action, record_key, record_label, assessment_id, before, after';

/** The logged columns of a row as a JSON object, exactly as the triggers write them. */
export function rowObject(t: AuditedTable, r: string): string {
  const parts = t.columns.map((c) => `'${c.name}', ${c.json ? `json(${c.value(r)})` : c.value(r)}`);
  return `json_object(${parts.join(', ')})`;
}

function head(t: AuditedTable, action: string, r: string): string {
  const key = `json_array(${t.key.map((k) => `${r}.${k}`).join(', ')})`;
  return `fw_now(), fw_actor(), fw_os_user(), '${t.table}', '${action}', ${key}, coalesce(${t.label(r)}, ''), ${t.assessment(r)}`;
}

/** A row as JSON, less the columns the update did not change (json_remove of a missing key is a no-op). */
function changedOnly(t: AuditedTable, r: 'OLD' | 'NEW'): string {
  const paths = t.columns.map(
    (c) => `CASE WHEN OLD.${c.column} IS NOT NEW.${c.column} THEN '$.__none' ELSE '$.${c.name}' END`,
  );
  return `json_remove(${rowObject(t, r)}, ${paths.join(', ')})`;
}

/** The INSERT, UPDATE and DELETE triggers that record one table's changes. */
export function auditTriggersSql(t: AuditedTable): string {
  const when = t.columns.map((c) => `OLD.${c.column} IS NOT NEW.${c.column}`).join(' OR ');
  return `
CREATE TRIGGER audit_${t.table}_insert AFTER INSERT ON ${t.table}
BEGIN
  INSERT INTO audit_log (${ENTRY_COLUMNS})
  VALUES (${head(t, 'insert', 'NEW')}, NULL, ${rowObject(t, 'NEW')});
END;

CREATE TRIGGER audit_${t.table}_update AFTER UPDATE ON ${t.table}
WHEN ${when}
BEGIN
  INSERT INTO audit_log (${ENTRY_COLUMNS})
  VALUES (${head(t, 'update', 'NEW')}, ${changedOnly(t, 'OLD')}, ${changedOnly(t, 'NEW')});
END;

CREATE TRIGGER audit_${t.table}_delete AFTER DELETE ON ${t.table}
BEGIN
  INSERT INTO audit_log (${ENTRY_COLUMNS})
  VALUES (${head(t, 'delete', 'OLD')}, ${rowObject(t, 'OLD')}, NULL);
END;
`;
}

/** One "baseline" entry per existing row: the state when the trail began (earlier changes were not recorded). */
function baselineSql(t: AuditedTable): string {
  return `INSERT INTO audit_log (${ENTRY_COLUMNS})
SELECT ${head(t, 'baseline', 'r')}, NULL, ${rowObject(t, 'r')} FROM ${t.table} AS r ORDER BY r.rowid;
`;
}

const PREVIOUS_HASH = `coalesce((SELECT p.hash FROM audit_log AS p WHERE p.seq < NEW.seq ORDER BY p.seq DESC LIMIT 1), '${'0'.repeat(64)}')`;

export const migration050 = {
  version: 50,
  sql: `
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  os_user TEXT NOT NULL,
  table_name TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('baseline', 'insert', 'update', 'delete')),
  record_key TEXT NOT NULL CHECK (json_valid(record_key)),
  record_label TEXT NOT NULL,
  assessment_id TEXT,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  prev_hash TEXT,
  hash TEXT
) STRICT;

CREATE INDEX audit_log_by_assessment ON audit_log (assessment_id, seq);

-- Seals each new entry: the hash covers the stored values, chained to the previous entry's hash.
CREATE TRIGGER audit_log_seal AFTER INSERT ON audit_log
BEGIN
  UPDATE audit_log
  SET (prev_hash, hash) = (
    SELECT prev, fw_audit_hash(prev, NEW.seq, NEW.at, NEW.actor, NEW.os_user, NEW.table_name, NEW.action, NEW.record_key,
      NEW.record_label, NEW.assessment_id, NEW.before, NEW.after)
    FROM (SELECT ${PREVIOUS_HASH} AS prev)
  )
  WHERE seq = NEW.seq;
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be changed'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be deleted'); END;
${AUDITED_TABLES_050.map(auditTriggersSql).join('')}
${AUDITED_TABLES_050.map(baselineSql).join('\n')}`,
};

/**
 * Schema 50: the audit trail. Every change to the workspace's data is appended to `audit_log` by triggers,
 * in the same transaction as the change, so no service can forget to record one and a rolled-back change
 * leaves no entry. Each entry is sealed with a SHA-256 hash chained to the previous entry's hash; the
 * triggers call SQL functions that every Fieldwork connection registers (main/db/audit-session.ts).
 *
 * The trigger text is generated from the table descriptions below. Shipped migrations are never edited
 * (schema snapshot test): a later table gets its triggers from a later migration calling
 * `auditTriggersSql` — this file's generator, frozen with it.
 */

/** A logged column: its name in the entry, the value written for a row, and whether it is JSON text. */
interface LoggedColumn {
  name: string;
  column: string;
  value: (row: string) => string;
  json: boolean;
}

const plain = (column: string): LoggedColumn => ({ name: column, column, value: (r) => `${r}.${column}`, json: false });
const json = (column: string): LoggedColumn => ({ name: column, column, value: (r) => `${r}.${column}`, json: true });
/** Large content (snapshot data, a catalog's JSON) is logged as its SHA-256, never as itself. */
const digest = (column: string): LoggedColumn => ({
  name: `${column}_sha256`,
  column,
  value: (r) => `fw_sha256(${r}.${column})`,
  json: false,
});
/** A settings value, unless its key names a secret (then "[redacted]"). */
const settingValue: LoggedColumn = {
  name: 'value',
  column: 'value',
  value: (r) => `fw_audit_redact(${r}.key, ${r}.value)`,
  json: true,
};

export interface AuditedTable {
  table: string;
  key: readonly string[];
  columns: readonly LoggedColumn[];
  /** Columns deliberately left out (bookkeeping that every edit touches). */
  ignored: readonly string[];
  /** A short human label of the record, written with each entry. */
  label: (row: string) => string;
  /** The assessment the record belongs to, or NULL for workspace-wide records. */
  assessment: (row: string) => string;
}

const cols = (...names: string[]) => names.map(plain);
const own = (r: string) => `${r}.assessment_id`;

export const AUDITED_TABLES_050: readonly AuditedTable[] = [
  {
    table: 'settings',
    key: ['key'],
    columns: [plain('key'), settingValue],
    ignored: [],
    label: (r) => `${r}.key`,
    assessment: () => 'NULL',
  },
  {
    table: 'catalog_versions',
    key: ['version'],
    columns: [plain('version'), plain('released'), digest('data'), plain('loaded_at')],
    ignored: [],
    label: (r) => `${r}.version`,
    assessment: () => 'NULL',
  },
  {
    table: 'assessments',
    key: ['id'],
    columns: [
      ...cols('id', 'organisation', 'system_name', 'report_type'),
      json('categories'),
      ...cols('window_start', 'window_end', 'review_date'),
      json('assessors'),
      ...cols('catalog_version', 'created_at'),
    ],
    ignored: ['updated_at'],
    label: (r) => `${r}.organisation || ' — ' || ${r}.system_name`,
    assessment: (r) => `${r}.id`,
  },
  {
    table: 'assessment_controls',
    key: ['assessment_id', 'control_id'],
    columns: [
      ...cols('assessment_id', 'control_id', 'source', 'title', 'description'),
      json('criteria'),
      ...cols('stage', 'frequency', 'status', 'justification', 'owner_name', 'owner_function', 'notes'),
      ...cols('is_key', 'retired', 'sort_order'),
    ],
    ignored: ['updated_at'],
    label: (r) => `${r}.control_id`,
    assessment: own,
  },
  {
    table: 'evidence_items',
    key: ['id'],
    columns: cols(
      'id',
      'assessment_id',
      'sha256',
      'original_name',
      'kind',
      'source_system',
      'collected_by',
      'collected_at',
      'period_from',
      'period_to',
      'notes',
      'created_at',
    ),
    ignored: [],
    label: (r) => `${r}.original_name`,
    assessment: own,
  },
  {
    table: 'evidence_links',
    key: ['evidence_id', 'control_id'],
    columns: cols('evidence_id', 'assessment_id', 'control_id', 'linked_at'),
    ignored: [],
    label: (r) =>
      `coalesce((SELECT original_name FROM evidence_items WHERE id = ${r}.evidence_id), ${r}.evidence_id) || ' → ' || ${r}.control_id`,
    assessment: own,
  },
  {
    table: 'control_populations',
    key: ['assessment_id', 'control_id'],
    columns: cols('assessment_id', 'control_id', 'population', 'evidenced'),
    ignored: ['updated_at'],
    label: (r) => `${r}.control_id`,
    assessment: own,
  },
  {
    table: 'reviews',
    key: ['id'],
    columns: [...cols('id', 'assessment_id', 'as_of', 'seed'), json('sample_table'), ...cols('status', 'started_at', 'completed_at')],
    ignored: [],
    label: (r) => `${r}.as_of`,
    assessment: own,
  },
  {
    table: 'review_samples',
    key: ['review_id', 'control_id', 'seq'],
    columns: cols('review_id', 'control_id', 'seq', 'item', 'result', 'note', 'evidence_id'),
    ignored: ['updated_at'],
    label: (r) => `${r}.control_id || ' #' || ${r}.seq`,
    assessment: (r) => `(SELECT assessment_id FROM reviews WHERE id = ${r}.review_id)`,
  },
  {
    table: 'snapshots',
    key: ['id'],
    columns: [...cols('id', 'assessment_id', 'review_id', 'label', 'as_of', 'taken_at'), digest('data')],
    ignored: [],
    label: (r) => `${r}.label`,
    assessment: own,
  },
  {
    table: 'boundary_components',
    key: ['id'],
    columns: cols(
      'id',
      'assessment_id',
      'kind',
      'name',
      'in_scope',
      'scope_reason',
      'owner_name',
      'data_personal',
      'data_confidential',
      'data_customer',
      'on_training_path',
      'on_inference_path',
      'flow_order',
      'notes',
      'created_at',
    ),
    ignored: ['updated_at'],
    label: (r) => `${r}.name`,
    assessment: own,
  },
  {
    table: 'boundary_component_controls',
    key: ['component_id', 'control_id'],
    columns: cols('component_id', 'assessment_id', 'control_id'),
    ignored: [],
    label: (r) =>
      `coalesce((SELECT name FROM boundary_components WHERE id = ${r}.component_id), ${r}.component_id) || ' → ' || ${r}.control_id`,
    assessment: own,
  },
  {
    table: 'ai_vendors',
    key: ['id'],
    columns: [
      ...cols('id', 'assessment_id', 'name', 'service_type', 'purpose'),
      json('models'),
      ...cols('sends_personal', 'sends_confidential', 'sends_customer', 'training_use', 'training_use_source'),
      ...cols('retention_inputs_days', 'retention_outputs_days', 'retention_assessed', 'retention_note'),
      ...cols('ai_due_diligence', 'ai_due_diligence_date', 'subservice_method', 'subservice_reason'),
      ...cols('soc2_report', 'soc2_period_end', 'bridge_letter', 'bridge_letter_date'),
      json('cuecs'),
      ...cols('contract_data_use_restriction', 'contract_output_ownership', 'contract_deletion_at_termination'),
      ...cols('contract_audit_rights', 'renewal_date', 'last_model_version_change', 'last_reviewed', 'notes', 'created_at'),
    ],
    ignored: ['updated_at'],
    label: (r) => `${r}.name`,
    assessment: own,
  },
  {
    table: 'finding_mutes',
    key: ['assessment_id', 'finding_key'],
    columns: cols('assessment_id', 'finding_key', 'justification', 'muted_at'),
    ignored: [],
    label: (r) => `${r}.finding_key`,
    assessment: own,
  },
  {
    table: 'remediation_items',
    key: ['id'],
    columns: [
      ...cols('id', 'assessment_id', 'action', 'owner_name', 'owner_function', 'due_date', 'priority', 'status'),
      json('finding_keys'),
      ...cols('notes', 'created_at', 'closed_at'),
    ],
    ignored: ['updated_at'],
    label: (r) => `substr(${r}.action, 1, 200)`,
    assessment: own,
  },
  {
    table: 'remediation_controls',
    key: ['item_id', 'control_id'],
    columns: cols('item_id', 'assessment_id', 'control_id'),
    ignored: [],
    label: (r) =>
      `coalesce((SELECT substr(action, 1, 80) FROM remediation_items WHERE id = ${r}.item_id), ${r}.item_id) || ' → ' || ${r}.control_id`,
    assessment: own,
  },
];

/** Tables the audit trail leaves out, and why (a test checks every other table has the triggers). */
export const UNAUDITED_TABLES_050: Readonly<Record<string, string>> = {
  audit_log: 'the audit trail itself',
  meta: 'internal counters (the high-water mark of custom control ids)',
  evidence_files: 'the content-addressed file registry; evidence items record each file’s SHA-256',
};

const ENTRY_COLUMNS =
  'at, actor, os_user, table_name, action, record_key, record_label, assessment_id, before, after';

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
  const paths = t.columns.map((c) => `CASE WHEN OLD.${c.column} IS NOT NEW.${c.column} THEN '$.__none' ELSE '$.${c.name}' END`);
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

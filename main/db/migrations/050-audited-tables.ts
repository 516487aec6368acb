/**
 * The tables schema 50 records, and how: which columns, the record's label and its assessment. Part of
 * migration 050 (050-audit-trail.ts generates the triggers from it), so frozen with it: a later table
 * gets its description and triggers in a later migration.
 */

/** A logged column: its name in the entry, the value written for a row, and whether it is JSON text. */
export interface LoggedColumn {
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
    columns: [
      ...cols('id', 'assessment_id', 'as_of', 'seed'),
      json('sample_table'),
      ...cols('status', 'started_at', 'completed_at'),
    ],
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
      ...cols(
        'contract_audit_rights',
        'renewal_date',
        'last_model_version_change',
        'last_reviewed',
        'notes',
        'created_at',
      ),
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

import type { TFunction } from 'i18next';
import {
  CONTROL_STATUSES,
  EVIDENCE_KINDS,
  FREQUENCIES,
  OWNER_FUNCTIONS,
  PIPELINE_STAGES,
  REPORT_TYPES,
} from '../../../../shared/domain';
import { AUDITED_TABLE_NAMES } from '../../../../shared/audit/types';
import auditMessages from '../../i18n/en/audit';

type FieldKey = keyof typeof auditMessages.fields;
type TableKey = (typeof AUDITED_TABLE_NAMES)[number];

const FIELD_KEYS = new Set<string>(Object.keys(auditMessages.fields));
const TABLE_KEYS = new Set<string>(AUDITED_TABLE_NAMES);

/** 0/1 columns shown as yes/no. */
const FLAGS = new Set([
  'is_key',
  'retired',
  'in_scope',
  'data_personal',
  'data_confidential',
  'data_customer',
  'on_training_path',
  'on_inference_path',
  'sends_personal',
  'sends_confidential',
  'sends_customer',
  'retention_assessed',
  'ai_due_diligence',
  'bridge_letter',
  'contract_data_use_restriction',
  'contract_output_ownership',
  'contract_deletion_at_termination',
  'contract_audit_rights',
]);

const MAX_TEXT = 240;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The label of a table (the "area" of a change), or the table name when it has none. */
export function tableLabel(t: TFunction, table: string): string {
  return TABLE_KEYS.has(table) ? t(`audit.tables.${table as TableKey}`) : table;
}

export function fieldLabel(t: TFunction, field: string): string {
  return FIELD_KEYS.has(field) ? t(`audit.fields.${field as FieldKey}`) : field.replace(/_/g, ' ');
}

/** A stored value as people read it: vocabulary in words, flags as yes/no, lists joined, long text cut. */
export function valueText(t: TFunction, locale: string, table: string, field: string, value: unknown): string {
  if (value === null || value === undefined) return t('audit.none');
  if (value === '') return t('audit.empty_value');
  if (typeof value === 'string' && INSTANT.test(value)) return whenText(value, locale);
  if (FLAGS.has(field) && (value === 0 || value === 1)) return value === 1 ? t('common.yes') : t('common.no');
  if (field === 'status' && table === 'assessment_controls' && isOneOf(CONTROL_STATUSES, value))
    return t(`statusLong.${value}`);
  if (field === 'owner_function' && isOneOf(OWNER_FUNCTIONS, value)) return t(`ownerFunction.${value}`);
  if (field === 'stage' && isOneOf(PIPELINE_STAGES, value)) return t(`stage.${value}`);
  if (field === 'frequency' && isOneOf(FREQUENCIES, value)) return t(`frequency.${value}`);
  if (field === 'kind' && table === 'evidence_items' && isOneOf(EVIDENCE_KINDS, value))
    return t(`evidenceKind.${value}`);
  if (field === 'report_type' && isOneOf(REPORT_TYPES, value)) return t(`reportType.${value}`);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    text = value.join(', ');
  else text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Local date and time of an instant, e.g. "22 Nov 2026, 10:04:05". */
export function whenText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
}

/**
 * The record's label for the table: finding keys name the assessment by its id, which the row already
 * shows, so `FW-AI-01|assessment:<id>` reads `FW-AI-01`.
 */
export function recordText(entry: { table: string; label: string }): string {
  if (entry.table !== 'finding_mutes') return entry.label;
  const [rule = '', ...scope] = entry.label.split('|');
  const rest = scope
    .join('|')
    .replace(/(^|,)assessment:[^,]*/g, '')
    .replace(/^,/, '')
    .replace(UUID, '…');
  return rest ? `${rule} · ${rest}` : rule;
}

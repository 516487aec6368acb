import { z } from 'zod';
import { COMPONENT_KINDS } from '../../shared/boundary/types';
import { isIsoDate } from '../../shared/dates';
import {
  CATEGORY_KEYS,
  CONTROL_STATUSES,
  EVIDENCE_KINDS,
  FREQUENCIES,
  OWNER_FUNCTIONS,
  PIPELINE_STAGES,
  REPORT_TYPES,
} from '../../shared/domain';
import { REMEDIATION_PRIORITIES, REMEDIATION_STATUSES } from '../../shared/remediation/plan';
import { reviewPlanSchema } from '../../shared/review/schema';
import { snapshotDataSchema } from '../../shared/snapshots/schema';
import { SOC2_REPORT_TYPES, SUBSERVICE_METHODS, TRAINING_USES, VENDOR_SERVICE_TYPES } from '../../shared/vendors/types';

/**
 * The rows of a portable assessment (assessment.json in a .fwassess file), table by table, exactly as the
 * workspace stores them (column names and SQLite values). Every value read from a file is checked here
 * before it reaches the database: types, enums, dates, lengths, JSON columns; the database's own CHECK,
 * foreign-key and trigger constraints then apply inside the import transaction. A test compares each
 * schema's columns with the live table (PRAGMA table_info), so a migration that adds a column fails until
 * this file follows.
 */

export const PORTABLE_FORMAT = 'fieldwork-assessment/1';
export const PORTABLE_MANIFEST_FORMAT = 'fieldwork-assessment-manifest/1';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const line = (max: number) => z.string().min(1).max(max);
const instant = z
  .string()
  .min(10)
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO date-time');
const date = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const flag = z.union([z.literal(0), z.literal(1)]);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex');
const controlId = z.string().min(1).max(40);
function json(max: number) {
  return z
    .string()
    .max(max)
    .refine((v) => {
      try {
        JSON.parse(v);
        return true;
      } catch {
        return false;
      }
    }, 'must hold valid JSON');
}
/**
 * A JSON column holding a value of `shape`: the workspace's readers parse these columns and use them as
 * typed, so a file holding `{}` where a list belongs would import, then break every screen showing it.
 * A problem inside the JSON is reported at the column, saying where inside it (`score.overall.design: …`).
 */
function jsonOf(max: number, shape: z.ZodType, what: string) {
  return z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      let value: unknown;
      try {
        value = JSON.parse(v);
      } catch {
        ctx.addIssue({ code: 'custom', message: `must hold ${what} in JSON, and is not valid JSON` });
        return;
      }
      const parsed = shape.safeParse(value);
      if (parsed.success) return;
      const [first] = parsed.error.issues;
      const where = first && first.path.length > 0 ? ` (at ${clip(first.path.map(String).join('.'), 120)})` : '';
      ctx.addIssue({ code: 'custom', message: `must hold ${what}${where}: ${clip(first?.message ?? 'invalid', 200)}` });
    });
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
const MiB = 2 ** 20;
const texts = (max: number, each: number) => z.array(z.string().max(each)).max(max);

export const rowSchemas = {
  assessments: z.strictObject({
    id,
    organisation: line(200),
    system_name: line(200),
    report_type: z.enum(REPORT_TYPES),
    categories: jsonOf(1_000, z.array(z.enum(CATEGORY_KEYS)).max(CATEGORY_KEYS.length), 'a list of categories'),
    window_start: date.nullable(),
    window_end: date.nullable(),
    review_date: date.nullable(),
    assessors: jsonOf(10_000, texts(100, 1_000), 'a list of names'),
    catalog_version: line(40),
    created_at: instant,
    updated_at: instant,
  }),
  assessment_controls: z.strictObject({
    assessment_id: id,
    control_id: controlId,
    source: z.enum(['catalog', 'custom']),
    title: text(1_000).nullable(),
    description: text(10_000).nullable(),
    criteria: jsonOf(10_000, texts(200, 40), 'a list of criteria'),
    stage: z.enum(PIPELINE_STAGES),
    frequency: z.enum(FREQUENCIES),
    status: z.enum(CONTROL_STATUSES),
    justification: text(10_000),
    owner_name: text(500),
    owner_function: z.enum(OWNER_FUNCTIONS).nullable(),
    notes: text(50_000),
    is_key: flag,
    retired: flag,
    sort_order: z.number().int().min(-1e9).max(1e9),
    updated_at: instant,
  }),
  evidence_files: z.strictObject({ sha256, size: count, stored_at: instant }),
  evidence_items: z.strictObject({
    id,
    assessment_id: id,
    sha256,
    original_name: line(1_000),
    kind: z.enum(EVIDENCE_KINDS),
    source_system: text(1_000),
    collected_by: text(1_000),
    collected_at: date,
    period_from: date,
    period_to: date,
    notes: text(50_000),
    created_at: instant,
  }),
  evidence_links: z.strictObject({ evidence_id: id, assessment_id: id, control_id: controlId, linked_at: instant }),
  control_populations: z.strictObject({
    assessment_id: id,
    control_id: controlId,
    population: count,
    evidenced: count,
    updated_at: instant,
  }),
  reviews: z.strictObject({
    id,
    assessment_id: id,
    as_of: date,
    seed: line(200),
    sample_table: jsonOf(16 * MiB, reviewPlanSchema, 'a sample plan'),
    status: z.enum(['in_progress', 'completed']),
    started_at: instant,
    completed_at: instant.nullable(),
  }),
  review_samples: z.strictObject({
    review_id: id,
    control_id: controlId,
    seq: z.number().int().min(1).max(1_000_000),
    item: line(200),
    result: z.enum(['untested', 'passed', 'exception']),
    note: text(50_000),
    evidence_id: id.nullable(),
    updated_at: instant,
  }),
  snapshots: z.strictObject({
    id,
    assessment_id: id,
    review_id: id.nullable(),
    label: line(200),
    as_of: date,
    taken_at: instant,
    data: jsonOf(64 * MiB, snapshotDataSchema, 'a snapshot'),
  }),
  boundary_components: z.strictObject({
    id,
    assessment_id: id,
    kind: z.enum(COMPONENT_KINDS),
    name: line(1_000),
    in_scope: flag,
    scope_reason: text(10_000),
    owner_name: text(500),
    data_personal: flag,
    data_confidential: flag,
    data_customer: flag,
    on_training_path: flag,
    on_inference_path: flag,
    flow_order: count,
    notes: text(50_000),
    created_at: instant,
    updated_at: instant,
  }),
  boundary_component_controls: z.strictObject({ component_id: id, assessment_id: id, control_id: controlId }),
  ai_vendors: z.strictObject({
    id,
    assessment_id: id,
    name: line(1_000),
    service_type: z.enum(VENDOR_SERVICE_TYPES),
    purpose: text(10_000),
    models: jsonOf(1 * MiB, z.array(z.looseObject({ name: z.string(), version: z.string() })), 'a list of models'),
    sends_personal: flag,
    sends_confidential: flag,
    sends_customer: flag,
    training_use: z.enum(TRAINING_USES),
    training_use_source: text(10_000),
    retention_inputs_days: count.nullable(),
    retention_outputs_days: count.nullable(),
    retention_assessed: flag,
    retention_note: text(10_000),
    ai_due_diligence: flag,
    ai_due_diligence_date: date.nullable(),
    subservice_method: z.enum(SUBSERVICE_METHODS),
    subservice_reason: text(10_000),
    soc2_report: z.enum(SOC2_REPORT_TYPES),
    soc2_period_end: date.nullable(),
    bridge_letter: flag,
    bridge_letter_date: date.nullable(),
    cuecs: jsonOf(
      4 * MiB,
      z.array(z.looseObject({ description: z.string(), controlId: z.string().nullable() })),
      'a list of CUECs',
    ),
    contract_data_use_restriction: flag,
    contract_output_ownership: flag,
    contract_deletion_at_termination: flag,
    contract_audit_rights: flag,
    renewal_date: date.nullable(),
    last_model_version_change: date.nullable(),
    last_reviewed: date.nullable(),
    notes: text(50_000),
    created_at: instant,
    updated_at: instant,
  }),
  finding_mutes: z.strictObject({
    assessment_id: id,
    finding_key: line(8_000),
    justification: line(10_000),
    muted_at: instant,
  }),
  remediation_items: z.strictObject({
    id,
    assessment_id: id,
    action: line(10_000),
    owner_name: text(500),
    owner_function: z.enum(OWNER_FUNCTIONS).nullable(),
    due_date: date.nullable(),
    priority: z.enum(REMEDIATION_PRIORITIES),
    status: z.enum(REMEDIATION_STATUSES),
    finding_keys: jsonOf(4 * MiB, texts(100_000, 8_000), 'a list of finding keys'),
    notes: text(50_000),
    created_at: instant,
    updated_at: instant,
    closed_at: instant.nullable(),
  }),
  remediation_controls: z.strictObject({ item_id: id, assessment_id: id, control_id: controlId }),
} as const;

export type PortableTable = keyof typeof rowSchemas;
export type PortableRow<T extends PortableTable> = z.output<(typeof rowSchemas)[T]>;
export type PortableTables = { [T in PortableTable]: PortableRow<T>[] };

/** Insert order (parents before children); deletes run in reverse. */
export const PORTABLE_TABLES = Object.keys(rowSchemas) as PortableTable[];

/** Rows per table at most: far above real use, low enough that a hostile file cannot exhaust memory first. */
const MAX_ROWS = 500_000;

export const catalogRowSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  released: date,
  data: json(64 * MiB),
  loaded_at: instant,
});

export const portableDocumentSchema = z.strictObject({
  format: z.literal(PORTABLE_FORMAT),
  exportedAt: instant,
  generator: line(200),
  /** The workspace schema (PRAGMA user_version) the rows were read from. */
  schemaVersion: z.number().int().min(1).max(1_000_000),
  assessmentId: id,
  catalog: catalogRowSchema.nullable(),
  tables: z.strictObject(
    Object.fromEntries(PORTABLE_TABLES.map((t) => [t, z.array(rowSchemas[t]).max(MAX_ROWS)])) as {
      [T in PortableTable]: z.ZodArray<(typeof rowSchemas)[T]>;
    },
  ),
});
export type PortableDocument = z.output<typeof portableDocumentSchema>;

export const portableManifestSchema = z.strictObject({
  format: z.literal(PORTABLE_MANIFEST_FORMAT),
  createdAt: instant,
  assessmentId: id,
  files: z
    .array(z.strictObject({ path: line(200), sha256, size: count }))
    .min(1)
    .max(MAX_ROWS),
});
export type PortableManifest = z.output<typeof portableManifestSchema>;

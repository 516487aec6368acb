import { z } from 'zod';

/** `baseline`: the state of a record when the audit trail began (schema 50); earlier changes were not recorded. */
export const AUDIT_ACTIONS = ['baseline', 'insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The tables whose changes are recorded, in the order people think of them (area filter, labels). */
export const AUDITED_TABLE_NAMES = [
  'assessments',
  'assessment_controls',
  'evidence_items',
  'evidence_links',
  'control_populations',
  'reviews',
  'review_samples',
  'snapshots',
  'boundary_components',
  'boundary_component_controls',
  'ai_vendors',
  'finding_mutes',
  'remediation_items',
  'remediation_controls',
  'settings',
  'catalog_versions',
] as const;

/** One entry of the audit trail, as stored (JSON fields parsed). */
export interface AuditEntry {
  seq: number;
  /** ISO instant (UTC). */
  at: string;
  /** The name the change is attributed to: chosen in Settings, FIELDWORK_ACTOR, or the OS account. */
  actor: string;
  /** The operating-system account that was signed in. */
  osUser: string;
  table: string;
  action: AuditAction;
  /** The record's primary key values. */
  recordKey: unknown[];
  /** A short human label of the record (control id, file name, vendor name…). */
  label: string;
  assessmentId: string | null;
  /** Updates: the changed fields only. Deletes and inserts: the whole row on the side that has one. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

/** Who this workspace's changes are recorded under. */
export interface AuditActor {
  /** The name recorded with changes now. */
  actor: string;
  /** The name chosen in Settings for this workspace, if any. */
  chosen: string | null;
  /** The signed-in operating-system account (recorded with every entry too). */
  osUser: string;
  /** `override`: set for this connection (the command line); `setting`: chosen in Settings; `os`: the OS account. */
  source: 'override' | 'setting' | 'os';
}

/** A point of the chain written down elsewhere (an export, a report): the entry number and its hash. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

const ANCHOR = /^(\d{1,15}):([0-9a-f]{64})$/i;

/** Reads an anchor written `SEQ:HASH` (as `fieldwork audit verify` prints it); null when malformed. */
export function parseAnchor(text: string): AuditAnchor | null {
  const m = ANCHOR.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  return { seq: Number(m[1]), hash: m[2].toLowerCase() };
}

export function formatAnchor(anchor: AuditAnchor): string {
  return `${anchor.seq}:${anchor.hash}`;
}

export const AUDIT_BREAKS = [
  /** The audit_log table is gone. */
  'trail_missing',
  /** Entries are missing: the numbering jumps (deleted entries). */
  'gap',
  /** An entry does not chain to the one before it (that one was changed and re-sealed, or entries were removed). */
  'link',
  /** An entry's content no longer matches its hash (changed after it was written). */
  'altered',
  /** An entry has no hash. */
  'unsealed',
  /** The anchored entry is no longer in the trail (the trail was cut short). */
  'anchor_missing',
  /** The anchored entry's hash differs (the trail was rewritten from that point or earlier). */
  'anchor_mismatch',
] as const;
export type AuditBreakKind = (typeof AUDIT_BREAKS)[number];

export interface AuditBreak {
  kind: AuditBreakKind;
  /** The first entry where the break shows. */
  seq: number;
  /** For gaps: the missing entry numbers, first and last. */
  missingFrom?: number;
  missingTo?: number;
}

/** A difference between the current data and the data the trail says it should hold. */
export interface AuditDiscrepancy {
  table: string;
  recordKey: unknown[];
  /** `unrecorded`: a row the trail never saw; `missing`: a row the trail holds but the data lacks; `different`: values differ. */
  problem: 'unrecorded' | 'missing' | 'different';
  fields: string[];
}

export interface AuditVerification {
  /** True when the chain is unbroken, the anchor (if any) matches, the triggers are intact and the data reconciles. */
  ok: boolean;
  entries: number;
  /** The latest entry: write it down (or keep an export) to detect a later rewrite or truncation. */
  head: AuditAnchor | null;
  firstBreak: AuditBreak | null;
  /** Recording triggers that are missing or no longer the shipped text. */
  triggers: { missing: string[]; altered: string[] };
  /** Replaying the trail gives the current data (changes made with the triggers off show here). */
  discrepancies: { count: number; first: AuditDiscrepancy[] };
  anchorChecked: AuditAnchor | null;
}

/** ISO instant as the trail stores it (`2026-11-22T09:00:00.000Z`). */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'must be an ISO instant in UTC');

export const auditFilterSchema = z.strictObject({
  /** An assessment id, or `workspace` for the workspace-wide entries (settings, catalog versions). */
  assessmentId: z.string().min(1).max(64).optional(),
  table: z.enum(AUDITED_TABLE_NAMES).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actor: z.string().max(120).optional(),
  /** Entries at or after this instant. */
  from: instant.optional(),
  /** Entries strictly before this instant. */
  until: instant.optional(),
  /** Text anywhere in the record label, key, actor or values (case-insensitive). */
  text: z.string().max(200).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries matching the filter. */
  matching: number;
  /** Entries in the whole trail. */
  total: number;
  /** Pass as `beforeSeq` to read the next (older) page; null at the end. */
  nextBeforeSeq: number | null;
  /** Everyone who appears in the trail, for the actor filter. */
  actors: string[];
}

/** One field of a change. `before`/`after` are undefined on the side that has no row. */
export interface AuditChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** The fields an entry changed (updates), set (inserts, baselines) or removed (deletes), in stored order. */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChange[] {
  const fields = [...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})];
  return [...new Set(fields)].map((field) => {
    const change: AuditChange = { field };
    if (entry.before && field in entry.before) change.before = entry.before[field];
    if (entry.after && field in entry.after) change.after = entry.after[field];
    return change;
  });
}

/** A value as one line of text: strings as they are, empty as "", the rest as JSON. */
export function auditValueText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/** `field: before → after` lines for a CSV cell or a terminal. */
export function describeChanges(entry: Pick<AuditEntry, 'before' | 'after' | 'action'>): string {
  return auditChanges(entry)
    .map((c) => {
      if (entry.action === 'update') return `${c.field}: ${auditValueText(c.before)} → ${auditValueText(c.after)}`;
      return `${c.field}: ${auditValueText(entry.action === 'delete' ? c.before : c.after)}`;
    })
    .join('\n');
}

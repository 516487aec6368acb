import {
  describeChanges,
  formatAnchor,
  type AuditActor,
  type AuditAnchor,
  type AuditBreak,
  type AuditFilter,
  type AuditPage,
  type AuditVerification,
} from '../../shared/audit/types';
import { neutraliseFormula } from '../../shared/interchange/cells';
import { AppError } from '../../shared/ipc/result';
import { auditActors, countAuditRows, iterateAuditRows, listAuditRows, toAuditEntry, type AuditRow } from '../db/audit';
import { AUDIT_ACTOR_SETTING, AUDIT_HASH_DESCRIPTION, auditActorOf, setChosenActor } from '../db/audit-session';
import { verifyAuditTrail } from '../db/audit-verify';
import { deleteSetting, writeSetting } from '../db/settings';
import { writeFileAtomic } from '../fs/atomic-write';
import { fsError } from '../fs/fs-errors';
import type { ServiceContext } from './context';

export const AUDIT_PAGE_MAX = 500;

/** A page of the trail, newest first, with the counts the viewer shows ("12 of 3,456 entries"). */
export function listAudit(ctx: ServiceContext, filter: AuditFilter, beforeSeq?: number, limit = 100): AuditPage {
  const size = Math.min(Math.max(1, limit), AUDIT_PAGE_MAX);
  return ctx.db.transaction(() => {
    const rows = listAuditRows(ctx.db, filter, size + 1, beforeSeq);
    const entries = rows.slice(0, size).map(toAuditEntry);
    return {
      entries,
      matching: countAuditRows(ctx.db, filter),
      total: countAuditRows(ctx.db),
      nextBeforeSeq: rows.length > size ? (entries.at(-1)?.seq ?? null) : null,
      actors: auditActors(ctx.db),
    };
  })();
}

/** Verifies the chain inside one read transaction, so concurrent writers cannot make it look broken. */
export function verifyAudit(ctx: ServiceContext, anchor?: AuditAnchor): AuditVerification {
  return ctx.db.transaction(() => verifyAuditTrail(ctx.db, anchor ? { anchor } : {}))();
}

/** One sentence per problem, for the command line and the export. */
export function describeVerification(v: AuditVerification): string[] {
  if (v.ok) {
    const lines = [`Audit trail verified: ${v.entries} entries, unbroken.`];
    if (v.anchorChecked) lines.push(`The anchor ${formatAnchor(v.anchorChecked)} is part of it.`);
    if (v.head) lines.push(`Latest entry (keep it as an anchor): ${formatAnchor(v.head)}`);
    return lines;
  }
  const lines: string[] = [];
  if (v.firstBreak) lines.push(`Audit trail BROKEN: ${describeBreak(v.firstBreak)}`);
  for (const name of v.triggers.missing)
    lines.push(`The recording trigger ${name} has been removed: changes may have escaped the trail.`);
  for (const name of v.triggers.altered)
    lines.push(`The recording trigger ${name} is not the one Fieldwork installed.`);
  if (v.discrepancies.count > 0) {
    lines.push(
      `${v.discrepancies.count} record(s) differ from what the trail recorded (changed with the recording switched off):`,
    );
    for (const d of v.discrepancies.first) {
      lines.push(
        `  ${d.table} ${JSON.stringify(d.recordKey)}: ${d.problem}${d.problem === 'different' ? ` (${d.fields.join(', ')})` : ''}`,
      );
    }
  }
  if (v.head) lines.push(`Entries: ${v.entries}; latest ${formatAnchor(v.head)}.`);
  return lines;
}

export function describeBreak(b: AuditBreak): string {
  switch (b.kind) {
    case 'trail_missing':
      return 'the audit trail table has been removed from this workspace.';
    case 'gap':
      return b.missingFrom === b.missingTo
        ? `entry #${b.missingFrom} has been deleted.`
        : `entries #${b.missingFrom}–#${b.missingTo} have been deleted.`;
    case 'link':
      return `entry #${b.seq} no longer follows the entry before it: an earlier entry was changed and re-sealed, or entries were removed.`;
    case 'altered':
      return `entry #${b.seq} was changed after it was recorded (its content no longer matches its hash).`;
    case 'unsealed':
      return `entry #${b.seq} has no hash.`;
    case 'anchor_missing':
      return `entry #${b.seq}, recorded in the anchor, is no longer in the trail: the trail was cut short.`;
    case 'anchor_mismatch':
      return `entry #${b.seq} no longer has the anchored hash: the trail was rewritten from that entry or earlier.`;
  }
}

export type AuditExportFormat = 'csv' | 'json';

const CSV_COLUMNS = [
  'seq',
  'at',
  'actor',
  'os_user',
  'table',
  'action',
  'record',
  'record_key',
  'assessment_id',
  'changes',
  'before',
  'after',
  'prev_hash',
  'hash',
] as const;

/** RFC 4180 quoting, after the formula-injection guard shared with the spreadsheet exports. */
function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(row: AuditRow): string[] {
  const entry = toAuditEntry(row);
  return [
    String(row.seq),
    row.at,
    row.actor,
    row.os_user,
    row.table_name,
    row.action,
    row.record_label,
    row.record_key,
    row.assessment_id ?? '',
    describeChanges(entry),
    row.before ?? '',
    row.after ?? '',
    row.prev_hash ?? '',
    row.hash ?? '',
  ];
}

/** The stored fields, JSON-typed ones as their exact stored text, so the export can be re-verified outside Fieldwork. */
function jsonEntry(row: AuditRow) {
  return {
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
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AuditExport {
  path: string;
  entries: number;
  verification: AuditVerification;
}

/**
 * Writes the entries matching `filter`, oldest first, as CSV (spreadsheet-safe: cells that would start a
 * formula are prefixed with ') or JSON (with the hash recipe, the verification and the anchor).
 */
export function exportAudit(
  ctx: ServiceContext,
  path: string,
  format: AuditExportFormat,
  filter: AuditFilter = {},
): AuditExport {
  const { rows, verification } = ctx.db.transaction(() => ({
    rows: [...iterateAuditRows(ctx.db, filter)],
    verification: verifyAuditTrail(ctx.db),
  }))();
  let text: string;
  if (format === 'csv') {
    text = [CSV_COLUMNS, ...rows.map(csvRow)].map((cells) => cells.map(csvCell).join(',')).join('\r\n');
  } else {
    const document = {
      format: 'fieldwork-audit-trail',
      formatVersion: 1,
      exportedAt: ctx.now().toISOString(),
      filter,
      hash: AUDIT_HASH_DESCRIPTION,
      anchor: verification.head ? formatAnchor(verification.head) : null,
      verification,
      entries: rows.map(jsonEntry),
    };
    text = `${JSON.stringify(document, null, 2)}\n`;
  }
  try {
    writeFileAtomic(path, Buffer.from(format === 'csv' ? `\ufeff${text}\r\n` : text, 'utf8'));
  } catch (error) {
    throw fsError('export_failed', `The audit trail could not be written to ${path}`, error, path);
  }
  return { path, entries: rows.length, verification };
}

export function defaultAuditExportName(now: Date, format: AuditExportFormat): string {
  return `fieldwork-audit-trail-${now.toISOString().slice(0, 10)}.${format}`;
}

export function getAuditActor(ctx: ServiceContext): AuditActor {
  return auditActorOf(ctx.db);
}

/** Sets (or clears, with null/empty) the name the app records this workspace's changes under. */
export function setAuditActor(ctx: ServiceContext, name: string | null): AuditActor {
  const chosen = name?.trim() ?? '';
  if (chosen.length > 120) throw new AppError('invalid_input', 'The name must be at most 120 characters.');
  ctx.db.transaction(() => {
    if (chosen) writeSetting(ctx.db, AUDIT_ACTOR_SETTING, chosen);
    else deleteSetting(ctx.db, AUDIT_ACTOR_SETTING);
  })();
  setChosenActor(ctx.db, chosen || null);
  return auditActorOf(ctx.db);
}

import type { AuditAction, AuditAnchor, AuditEntry, AuditFilter } from '../../shared/audit/types';
import type { Db } from './open';

/** A row of `audit_log` as stored. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  os_user: string;
  table_name: string;
  action: string;
  record_key: string;
  record_label: string;
  assessment_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string | null;
  hash: string | null;
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  const key: unknown = JSON.parse(row.record_key);
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    osUser: row.os_user,
    table: row.table_name,
    action: row.action as AuditAction,
    recordKey: Array.isArray(key) ? (key as unknown[]) : [key],
    label: row.record_label,
    assessmentId: row.assessment_id,
    before: parseObject(row.before),
    after: parseObject(row.after),
    prevHash: row.prev_hash ?? '',
    hash: row.hash ?? '',
  };
}

/** Escapes LIKE wildcards so a search for `100%` finds "100%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause of a filter, with its bound values (never interpolated). */
function whereOf(filter: AuditFilter, beforeSeq?: number): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.assessmentId === 'workspace') clauses.push('assessment_id IS NULL');
  else if (filter.assessmentId) {
    clauses.push('assessment_id = ?');
    params.push(filter.assessmentId);
  }
  if (filter.table) {
    clauses.push('table_name = ?');
    params.push(filter.table);
  }
  if (filter.action) {
    clauses.push('action = ?');
    params.push(filter.action);
  }
  if (filter.actor) {
    clauses.push('actor = ?');
    params.push(filter.actor);
  }
  if (filter.from) {
    clauses.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.until) {
    clauses.push('at < ?');
    params.push(filter.until);
  }
  const text = filter.text?.trim();
  if (text) {
    const fields = ['record_label', 'record_key', 'actor', "coalesce(before, '')", "coalesce(after, '')"];
    clauses.push(`(${fields.map((f) => `${f} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...fields.map(() => likePattern(text)));
  }
  if (beforeSeq !== undefined) {
    clauses.push('seq < ?');
    params.push(beforeSeq);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Newest first: up to `limit` entries matching the filter, older than `beforeSeq` when given. */
export function listAuditRows(db: Db, filter: AuditFilter, limit: number, beforeSeq?: number): AuditRow[] {
  const where = whereOf(filter, beforeSeq);
  return db
    .prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT ?`)
    .all(...where.params, limit) as AuditRow[];
}

export function countAuditRows(db: Db, filter: AuditFilter = {}): number {
  const where = whereOf(filter);
  return db
    .prepare(`SELECT count(*) FROM audit_log ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
}

/** Every matching entry, oldest first, one row at a time (exports of any size). */
export function iterateAuditRows(db: Db, filter: AuditFilter = {}): IterableIterator<AuditRow> {
  const where = whereOf(filter);
  return db
    .prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY seq`)
    .iterate(...where.params) as IterableIterator<AuditRow>;
}

export function auditActors(db: Db): string[] {
  return db.prepare('SELECT DISTINCT actor FROM audit_log ORDER BY actor COLLATE NOCASE').pluck().all() as string[];
}

export function auditHead(db: Db): AuditAnchor | null {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string | null } | undefined;
  return row ? { seq: row.seq, hash: row.hash ?? '' } : null;
}

export function auditHashAt(db: Db, seq: number): string | null | undefined {
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string | null } | undefined;
  return row ? row.hash : undefined;
}

export function hasAuditTrail(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
}

import type { LinkedEvidence } from '../../shared/coverage/assessment';
import type { Db } from './open';

/**
 * The only evidence fields coverage needs (period, kind, linked control), one row per link: much lighter
 * than listEvidence for workspaces with 100,000 items. Not sorted: assessmentCoverage orders them itself.
 *
 * Every score reads them, and every status edit re-scores, so the rows are kept per connection and
 * assessment until the evidence changes. "Changes" is read from the audit trail, which records every
 * insert, update and delete of evidence_items and evidence_links in the same transaction as the change
 * (from any process) and can never lose an entry: its latest sequence number for this assessment's
 * evidence is the version of these rows. Reads inside a transaction bypass the cache, because a
 * rolled-back transaction's sequence numbers are reused.
 */
export function listCoverageEvidence(db: Db, assessmentId: string): readonly LinkedEvidence[] {
  if (db.inTransaction) return readCoverageEvidence(db, assessmentId);
  const version = evidenceVersion(db, assessmentId);
  const perDb = cache.get(db) ?? new Map<string, CachedEvidence>();
  cache.set(db, perDb);
  const cached = perDb.get(assessmentId);
  if (cached?.version === version) return cached.rows;
  const rows = readCoverageEvidence(db, assessmentId);
  perDb.set(assessmentId, { version, rows });
  return rows;
}

interface CachedEvidence {
  readonly version: number;
  readonly rows: readonly LinkedEvidence[];
}

const cache = new WeakMap<Db, Map<string, CachedEvidence>>();

function evidenceVersion(db: Db, assessmentId: string): number {
  // Walks audit_log_by_assessment backwards and stops at the first evidence entry.
  const seq = db
    .prepare(
      `SELECT seq FROM audit_log
       WHERE assessment_id = ? AND table_name IN ('evidence_items', 'evidence_links')
       ORDER BY seq DESC LIMIT 1`,
    )
    .pluck()
    .get(assessmentId) as number | undefined;
  return seq ?? 0;
}

function readCoverageEvidence(db: Db, assessmentId: string): readonly LinkedEvidence[] {
  const rows = db
    .prepare(
      `SELECT l.control_id, i.period_from, i.period_to, i.kind
       FROM evidence_links l JOIN evidence_items i ON i.id = l.evidence_id
       WHERE l.assessment_id = ?`,
    )
    .raw()
    .all(assessmentId) as [string, string, string, string][];
  return Object.freeze(rows.map(([controlId, from, to, kind]) => ({ from, to, kind, controlIds: [controlId] })));
}

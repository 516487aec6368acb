import type { LinkedEvidence } from '../../shared/coverage/assessment';
import type { Db } from './open';

/**
 * The only evidence fields coverage needs (period, kind, linked control), one row per link: much lighter
 * than listEvidence for workspaces with 100,000 items.
 */
export function listCoverageEvidence(db: Db, assessmentId: string): LinkedEvidence[] {
  const rows = db
    .prepare(
      `SELECT l.control_id, i.period_from, i.period_to, i.kind
       FROM evidence_links l JOIN evidence_items i ON i.id = l.evidence_id
       WHERE l.assessment_id = ? ORDER BY i.period_from`,
    )
    .raw()
    .all(assessmentId) as [string, string, string, string][];
  return rows.map(([controlId, from, to, kind]) => ({ from, to, kind, controlIds: [controlId] }));
}

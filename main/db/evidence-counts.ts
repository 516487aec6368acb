import type { Db } from './open';

/** How many evidence items are linked to each control of an assessment (controls without any are absent). */
export function countEvidenceLinks(db: Db, assessmentId: string): Map<string, number> {
  const rows = db
    .prepare('SELECT control_id, count(*) FROM evidence_links WHERE assessment_id = ? GROUP BY control_id')
    .raw()
    .all(assessmentId) as [string, number][];
  return new Map(rows);
}

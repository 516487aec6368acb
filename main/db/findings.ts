import type { FindingMute, ReviewFact } from '../../shared/rules/types';
import type { Db } from './open';

/** Muted findings of an assessment, by finding key. */
export function listMutes(db: Db, assessmentId: string): Map<string, FindingMute> {
  const rows = db
    .prepare('SELECT finding_key AS key, justification, muted_at AS mutedAt FROM finding_mutes WHERE assessment_id = ?')
    .all(assessmentId) as { key: string; justification: string; mutedAt: string }[];
  return new Map(rows.map((r) => [r.key, { justification: r.justification, mutedAt: r.mutedAt }]));
}

export function writeMute(db: Db, assessmentId: string, key: string, justification: string, now: string): void {
  db.prepare(
    `INSERT INTO finding_mutes (assessment_id, finding_key, justification, muted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id, finding_key) DO UPDATE SET justification = excluded.justification, muted_at = excluded.muted_at`,
  ).run(assessmentId, key, justification, now);
}

export function deleteMute(db: Db, assessmentId: string, key: string): number {
  return db.prepare('DELETE FROM finding_mutes WHERE assessment_id = ? AND finding_key = ?').run(assessmentId, key)
    .changes;
}

/** The day-60 reviews of an assessment as the rules see them (the reviews table belongs to the review service). */
export function listReviewFacts(db: Db, assessmentId: string): ReviewFact[] {
  return db
    .prepare('SELECT as_of AS asOf, status FROM reviews WHERE assessment_id = ? ORDER BY as_of, started_at')
    .all(assessmentId) as ReviewFact[];
}

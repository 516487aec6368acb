import type { ReviewPlan, ReviewSample, ReviewStatus } from '../../shared/review/types';
import type { SampleResult } from '../../shared/sampling/conclude';
import type { Db } from './open';

export interface ReviewRow {
  id: string;
  assessment_id: string;
  as_of: string;
  seed: string;
  sample_table: string;
  status: ReviewStatus;
  started_at: string;
  completed_at: string | null;
}

export interface Review {
  id: string;
  assessmentId: string;
  asOf: string;
  seed: string;
  plan: ReviewPlan;
  status: ReviewStatus;
  startedAt: string;
  completedAt: string | null;
}

export function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    asOf: row.as_of,
    seed: row.seed,
    plan: JSON.parse(row.sample_table) as ReviewPlan,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
  };
}

export interface ReviewSampleRow {
  review_id: string;
  control_id: string;
  seq: number;
  item: string;
  result: SampleResult;
  note: string;
  evidence_id: string | null;
  updated_at: string;
}

export function toReviewSample(row: ReviewSampleRow): ReviewSample {
  return { seq: row.seq, item: row.item, result: row.result, note: row.note, evidenceId: row.evidence_id, updatedAt: row.updated_at };
}

export function insertReview(db: Db, review: Omit<Review, 'completedAt' | 'status'>): void {
  db.prepare(
    `INSERT INTO reviews (id, assessment_id, as_of, seed, sample_table, status, started_at, completed_at)
     VALUES (?, ?, ?, ?, ?, 'in_progress', ?, NULL)`,
  ).run(review.id, review.assessmentId, review.asOf, review.seed, JSON.stringify(review.plan), review.startedAt);
}

export function insertSample(db: Db, reviewId: string, controlId: string, seq: number, item: string, now: string): void {
  db.prepare('INSERT INTO review_samples (review_id, control_id, seq, item, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    reviewId,
    controlId,
    seq,
    item,
    now,
  );
}

export function findReview(db: Db, id: string): Review | undefined {
  const row = db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  return row ? toReview(row) : undefined;
}

export function findOpenReview(db: Db, assessmentId: string): Review | undefined {
  const row = db.prepare("SELECT * FROM reviews WHERE assessment_id = ? AND status = 'in_progress'").get(assessmentId) as
    | ReviewRow
    | undefined;
  return row ? toReview(row) : undefined;
}

/** The most recently started review of an assessment (optionally: whose as-of date is on or before `asOf`). */
export function findLatestReview(db: Db, assessmentId: string, asOf?: string): Review | undefined {
  const row = db
    .prepare(
      `SELECT * FROM reviews WHERE assessment_id = ? AND (? IS NULL OR as_of <= ?)
       ORDER BY started_at DESC, rowid DESC LIMIT 1`,
    )
    .get(assessmentId, asOf ?? null, asOf ?? null) as ReviewRow | undefined;
  return row ? toReview(row) : undefined;
}

/** Samples of a review grouped by control, in seq order. */
export function listReviewSamples(db: Db, reviewId: string): Map<string, ReviewSample[]> {
  const rows = db
    .prepare('SELECT * FROM review_samples WHERE review_id = ? ORDER BY control_id, seq')
    .all(reviewId) as ReviewSampleRow[];
  const byControl = new Map<string, ReviewSample[]>();
  for (const row of rows) {
    const list = byControl.get(row.control_id);
    if (list) list.push(toReviewSample(row));
    else byControl.set(row.control_id, [toReviewSample(row)]);
  }
  return byControl;
}

export function findSample(db: Db, reviewId: string, controlId: string, seq: number): ReviewSample | undefined {
  const row = db
    .prepare('SELECT * FROM review_samples WHERE review_id = ? AND control_id = ? AND seq = ?')
    .get(reviewId, controlId, seq) as ReviewSampleRow | undefined;
  return row ? toReviewSample(row) : undefined;
}

export function updateSampleResult(
  db: Db,
  key: { reviewId: string; controlId: string; seq: number },
  result: Exclude<SampleResult, 'untested'>,
  note: string,
  evidenceId: string | null,
  now: string,
): void {
  db.prepare(
    'UPDATE review_samples SET result = ?, note = ?, evidence_id = ?, updated_at = ? WHERE review_id = ? AND control_id = ? AND seq = ?',
  ).run(result, note, evidenceId, now, key.reviewId, key.controlId, key.seq);
}

export function markReviewCompleted(db: Db, id: string, now: string): void {
  db.prepare("UPDATE reviews SET status = 'completed', completed_at = ? WHERE id = ? AND status = 'in_progress'").run(now, id);
}

/** passed ÷ tested per control for one review, for the controls with at least one tested item. */
export function samplePassRates(db: Db, reviewId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT control_id, sum(result = 'passed') AS passed, sum(result != 'untested') AS tested
       FROM review_samples WHERE review_id = ? GROUP BY control_id HAVING tested > 0`,
    )
    .all(reviewId) as { control_id: string; passed: number; tested: number }[];
  return new Map(rows.map((r) => [r.control_id, r.passed / r.tested]));
}

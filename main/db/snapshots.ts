import type { Snapshot, SnapshotData, SnapshotSummary } from '../../shared/snapshots/types';
import type { Db } from './open';

export interface SnapshotRow {
  id: string;
  assessment_id: string;
  review_id: string | null;
  label: string;
  as_of: string;
  taken_at: string;
  data: string;
}

interface SummaryRow extends Omit<SnapshotRow, 'data'> {
  design: number;
  operating: number | null;
}

function toSummary(row: SummaryRow): SnapshotSummary {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    reviewId: row.review_id,
    label: row.label,
    asOf: row.as_of,
    takenAt: row.taken_at,
    design: row.design,
    operating: row.operating,
  };
}

/** Snapshots are written once; the schema's triggers refuse any UPDATE or DELETE afterwards. */
export function insertSnapshot(db: Db, row: SnapshotRow): void {
  db.prepare(
    'INSERT INTO snapshots (id, assessment_id, review_id, label, as_of, taken_at, data) VALUES (@id, @assessment_id, @review_id, @label, @as_of, @taken_at, @data)',
  ).run(row);
}

const SUMMARY_COLUMNS = `id, assessment_id, review_id, label, as_of, taken_at,
  json_extract(data, '$.score.overall.design') AS design, json_extract(data, '$.score.overall.operating') AS operating`;

/** Oldest first, without the (large) frozen data. */
export function listSnapshots(db: Db, assessmentId: string): SnapshotSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE assessment_id = ? ORDER BY taken_at, rowid`)
    .all(assessmentId) as SummaryRow[];
  return rows.map(toSummary);
}

export function findSnapshot(db: Db, id: string): Snapshot | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, data FROM snapshots WHERE id = ?`).get(id) as
    | (SummaryRow & { data: string })
    | undefined;
  return row ? { ...toSummary(row), data: JSON.parse(row.data) as SnapshotData } : undefined;
}

export function findSnapshotOfReview(db: Db, reviewId: string): string | undefined {
  return db.prepare('SELECT id FROM snapshots WHERE review_id = ? ORDER BY taken_at LIMIT 1').pluck().get(reviewId) as
    | string
    | undefined;
}

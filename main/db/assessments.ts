import type { Assessment, CategoryKey } from '../../shared/domain';
import type { NormalisedAssessmentInput } from '../../shared/assessment-input';
import type { Db } from './open';

export interface AssessmentRow {
  id: string;
  organisation: string;
  system_name: string;
  report_type: 'I' | 'II';
  categories: string;
  window_start: string | null;
  window_end: string | null;
  review_date: string | null;
  assessors: string;
  catalog_version: string;
  created_at: string;
  updated_at: string;
}

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    organisation: row.organisation,
    systemName: row.system_name,
    reportType: row.report_type,
    categories: JSON.parse(row.categories) as CategoryKey[],
    windowStart: row.window_start,
    windowEnd: row.window_end,
    reviewDate: row.review_date,
    assessors: JSON.parse(row.assessors) as string[],
    catalogVersion: row.catalog_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listAssessments(db: Db): Assessment[] {
  const rows = db.prepare('SELECT * FROM assessments ORDER BY created_at DESC, id').all() as AssessmentRow[];
  return rows.map(toAssessment);
}

export function findAssessment(db: Db, id: string): Assessment | undefined {
  const row = db.prepare('SELECT * FROM assessments WHERE id = ?').get(id) as AssessmentRow | undefined;
  return row ? toAssessment(row) : undefined;
}

export function insertAssessment(
  db: Db,
  id: string,
  input: NormalisedAssessmentInput,
  catalogVersion: string,
  now: string,
): void {
  db.prepare(
    `INSERT INTO assessments (id, organisation, system_name, report_type, categories, window_start, window_end,
       review_date, assessors, catalog_version, created_at, updated_at)
     VALUES (@id, @organisation, @systemName, @reportType, @categories, @windowStart, @windowEnd,
       @reviewDate, @assessors, @catalogVersion, @now, @now)`,
  ).run({
    ...input,
    id,
    categories: JSON.stringify(input.categories),
    assessors: JSON.stringify(input.assessors),
    catalogVersion,
    now,
  });
}

export function updateAssessmentRow(db: Db, id: string, input: NormalisedAssessmentInput, now: string): void {
  db.prepare(
    `UPDATE assessments SET organisation = @organisation, system_name = @systemName, report_type = @reportType,
       categories = @categories, window_start = @windowStart, window_end = @windowEnd, review_date = @reviewDate,
       assessors = @assessors, updated_at = @now
     WHERE id = @id`,
  ).run({
    ...input,
    id,
    categories: JSON.stringify(input.categories),
    assessors: JSON.stringify(input.assessors),
    now,
  });
}

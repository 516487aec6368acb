import type { AssessmentControl, ControlStatus, Frequency, OwnerFunction, PipelineStage } from '../../shared/domain';
import type { Db } from './open';

export interface AssessmentControlRow {
  assessment_id: string;
  control_id: string;
  source: 'catalog' | 'custom';
  title: string | null;
  description: string | null;
  criteria: string;
  stage: PipelineStage;
  frequency: Frequency;
  status: ControlStatus;
  justification: string;
  owner_name: string;
  owner_function: OwnerFunction | null;
  notes: string;
  is_key: 0 | 1;
  retired: 0 | 1;
  sort_order: number;
  updated_at: string;
}

export function toAssessmentControl(row: AssessmentControlRow): AssessmentControl {
  return {
    assessmentId: row.assessment_id,
    controlId: row.control_id,
    source: row.source,
    title: row.title,
    description: row.description,
    criteria: JSON.parse(row.criteria) as string[],
    stage: row.stage,
    frequency: row.frequency,
    status: row.status,
    justification: row.justification,
    ownerName: row.owner_name,
    ownerFunction: row.owner_function,
    notes: row.notes,
    isKey: row.is_key === 1,
    retired: row.retired === 1,
    updatedAt: row.updated_at,
  };
}

export function listControls(db: Db, assessmentId: string): AssessmentControl[] {
  const rows = db
    .prepare('SELECT * FROM assessment_controls WHERE assessment_id = ? ORDER BY sort_order, control_id')
    .all(assessmentId) as AssessmentControlRow[];
  return rows.map(toAssessmentControl);
}

export function findControl(db: Db, assessmentId: string, controlId: string): AssessmentControl | undefined {
  const row = db
    .prepare('SELECT * FROM assessment_controls WHERE assessment_id = ? AND control_id = ?')
    .get(assessmentId, controlId) as AssessmentControlRow | undefined;
  return row ? toAssessmentControl(row) : undefined;
}

export function controlIdsOf(db: Db, assessmentId: string): Set<string> {
  const rows = db
    .prepare('SELECT control_id FROM assessment_controls WHERE assessment_id = ?')
    .pluck()
    .all(assessmentId) as string[];
  return new Set(rows);
}

export function nextSortOrder(db: Db, assessmentId: string): number {
  const max = db
    .prepare('SELECT max(sort_order) FROM assessment_controls WHERE assessment_id = ?')
    .pluck()
    .get(assessmentId) as number | null;
  return (max ?? -1) + 1;
}

export type NewControl = Omit<AssessmentControl, 'updatedAt' | 'retired'> & { sortOrder: number };

const INSERT_CONTROL = `INSERT INTO assessment_controls (assessment_id, control_id, source, title, description, criteria, stage,
       frequency, status, justification, owner_name, owner_function, notes, is_key, retired, sort_order, updated_at)
     VALUES (@assessmentId, @controlId, @source, @title, @description, @criteria, @stage, @frequency, @status,
       @justification, @ownerName, @ownerFunction, @notes, @isKey, 0, @sortOrder, @now)`;

function insertParams(control: NewControl, now: string) {
  return { ...control, criteria: JSON.stringify(control.criteria), isKey: control.isKey ? 1 : 0, now };
}

export function insertControl(db: Db, control: NewControl, now: string): void {
  db.prepare(INSERT_CONTROL).run(insertParams(control, now));
}

/** Inserts many controls with one prepared statement (call inside a transaction). */
export function insertControls(db: Db, controls: readonly NewControl[], now: string): void {
  const statement = db.prepare(INSERT_CONTROL);
  for (const control of controls) statement.run(insertParams(control, now));
}

const WRITE_CONTROL = `UPDATE assessment_controls SET title = @title, description = @description, criteria = @criteria,
       status = @status, justification = @justification, owner_name = @ownerName, owner_function = @ownerFunction,
       notes = @notes, is_key = @isKey, updated_at = @now
     WHERE assessment_id = @assessmentId AND control_id = @controlId`;

function writeParams(control: AssessmentControl, now: string) {
  return {
    assessmentId: control.assessmentId,
    controlId: control.controlId,
    title: control.title,
    description: control.description,
    criteria: JSON.stringify(control.criteria),
    status: control.status,
    justification: control.justification,
    ownerName: control.ownerName,
    ownerFunction: control.ownerFunction,
    notes: control.notes,
    isKey: control.isKey ? 1 : 0,
    now,
  };
}

/** Writes the user-editable fields of one control. */
export function writeControl(db: Db, control: AssessmentControl, now: string): void {
  db.prepare(WRITE_CONTROL).run(writeParams(control, now));
}

/** Writes many controls with one prepared statement (call inside a transaction). */
export function writeControls(db: Db, controls: readonly AssessmentControl[], now: string): void {
  const statement = db.prepare(WRITE_CONTROL);
  for (const control of controls) statement.run(writeParams(control, now));
}

export function deleteControlRow(db: Db, assessmentId: string, controlId: string): number {
  return db
    .prepare("DELETE FROM assessment_controls WHERE assessment_id = ? AND control_id = ? AND source = 'custom'")
    .run(assessmentId, controlId).changes;
}

/**
 * Changes whenever the checklist may have changed: its size and latest edit (edits by any connection), and
 * this connection's count of rows written (https://sqlite.org/lang_corefunc.html#total_changes), which moves
 * on every write even within the same millisecond.
 */
export function checklistFingerprint(db: Db, assessmentId: string): string {
  const row = db
    .prepare(
      'SELECT count(*) AS n, max(updated_at) AS latest, total_changes() AS writes FROM assessment_controls WHERE assessment_id = ?',
    )
    .get(assessmentId) as { n: number; latest: string | null; writes: number };
  return `${row.n}|${row.latest ?? ''}|${row.writes}`;
}

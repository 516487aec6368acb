import type { ControlPopulation, EvidenceItem, EvidenceKind } from '../../shared/domain';
import type { Db } from './open';

export interface EvidenceItemRow {
  id: string;
  assessment_id: string;
  sha256: string;
  size: number;
  original_name: string;
  kind: EvidenceKind;
  source_system: string;
  collected_by: string;
  collected_at: string;
  period_from: string;
  period_to: string;
  notes: string;
  created_at: string;
  control_ids: string | null;
}

export function toEvidenceItem(row: EvidenceItemRow): EvidenceItem {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    sha256: row.sha256,
    size: row.size,
    originalName: row.original_name,
    kind: row.kind,
    sourceSystem: row.source_system,
    collectedBy: row.collected_by,
    collectedAt: row.collected_at,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    notes: row.notes,
    createdAt: row.created_at,
    controlIds: row.control_ids ? (JSON.parse(row.control_ids) as string[]).sort() : [],
  };
}

const SELECT_ITEMS = `
  SELECT i.*, f.size,
    (SELECT json_group_array(l.control_id) FROM evidence_links l WHERE l.evidence_id = i.id) AS control_ids
  FROM evidence_items i JOIN evidence_files f ON f.sha256 = i.sha256`;

/** Every evidence item of an assessment with the controls it supports, oldest period first. */
export function listEvidence(db: Db, assessmentId: string): EvidenceItem[] {
  const rows = db
    .prepare(`${SELECT_ITEMS} WHERE i.assessment_id = ? ORDER BY i.period_from, i.created_at, i.id`)
    .all(assessmentId) as EvidenceItemRow[];
  return rows.map(toEvidenceItem);
}

export function findEvidence(db: Db, id: string): EvidenceItem | undefined {
  const row = db.prepare(`${SELECT_ITEMS} WHERE i.id = ?`).get(id) as EvidenceItemRow | undefined;
  return row ? toEvidenceItem(row) : undefined;
}

export function listPopulations(db: Db, assessmentId: string): ControlPopulation[] {
  return db
    .prepare('SELECT control_id AS controlId, population, evidenced FROM control_populations WHERE assessment_id = ? ORDER BY control_id')
    .all(assessmentId) as ControlPopulation[];
}

/** Every evidence item of the workspace, for checks that span assessments. */
export function listAllEvidence(db: Db): EvidenceItem[] {
  const rows = db.prepare(`${SELECT_ITEMS} ORDER BY i.assessment_id, i.period_from, i.created_at, i.id`).all() as EvidenceItemRow[];
  return rows.map(toEvidenceItem);
}

export interface NewEvidenceItem {
  id: string;
  assessmentId: string;
  sha256: string;
  originalName: string;
  kind: EvidenceKind;
  sourceSystem: string;
  collectedBy: string;
  collectedAt: string;
  periodFrom: string;
  periodTo: string;
  notes: string;
}

/** Records a stored file; a no-op when its content is already known. */
export function insertEvidenceFile(db: Db, sha256: string, size: number, storedAt: string): void {
  db.prepare('INSERT INTO evidence_files (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(sha256, size, storedAt);
}

export function insertEvidenceItem(db: Db, item: NewEvidenceItem, createdAt: string): void {
  db.prepare(
    `INSERT INTO evidence_items (id, assessment_id, sha256, original_name, kind, source_system, collected_by, collected_at, period_from, period_to, notes, created_at)
     VALUES (@id, @assessmentId, @sha256, @originalName, @kind, @sourceSystem, @collectedBy, @collectedAt, @periodFrom, @periodTo, @notes, @createdAt)`,
  ).run({ ...item, createdAt });
}

/** Links evidence to a control; returns false when the link already existed. */
export function insertEvidenceLink(db: Db, evidenceId: string, assessmentId: string, controlId: string, linkedAt: string): boolean {
  const result = db
    .prepare('INSERT INTO evidence_links (evidence_id, assessment_id, control_id, linked_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(evidenceId, assessmentId, controlId, linkedAt);
  return result.changes === 1;
}

export function deleteEvidenceLink(db: Db, evidenceId: string, controlId: string): boolean {
  return db.prepare('DELETE FROM evidence_links WHERE evidence_id = ? AND control_id = ?').run(evidenceId, controlId).changes === 1;
}

export function countLinks(db: Db, evidenceId: string): number {
  return db.prepare('SELECT count(*) FROM evidence_links WHERE evidence_id = ?').pluck().get(evidenceId) as number;
}

export function deleteEvidenceItem(db: Db, evidenceId: string): void {
  db.prepare('DELETE FROM evidence_items WHERE id = ?').run(evidenceId);
}

/** How many evidence items (in any assessment) refer to a stored file. */
export function countItemsUsingFile(db: Db, sha256: string): number {
  return db.prepare('SELECT count(*) FROM evidence_items WHERE sha256 = ?').pluck().get(sha256) as number;
}

export function deleteEvidenceFileRow(db: Db, sha256: string): void {
  db.prepare('DELETE FROM evidence_files WHERE sha256 = ?').run(sha256);
}

export function upsertPopulation(db: Db, assessmentId: string, population: ControlPopulation, updatedAt: string): void {
  db.prepare(
    `INSERT INTO control_populations (assessment_id, control_id, population, evidenced, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (assessment_id, control_id) DO UPDATE SET population = excluded.population, evidenced = excluded.evidenced, updated_at = excluded.updated_at`,
  ).run(assessmentId, population.controlId, population.population, population.evidenced, updatedAt);
}

import type { Db } from './open';

/**
 * Raw row access for portable assessments (main/interchange/portable-*.ts): every row of one assessment,
 * table by table, exactly as stored, and the inserts and deletes an import makes. Table and column names
 * come from the constants below, never from a file; values are always bound.
 */

/** How to select one assessment's rows of each table (`?` = the assessment id), oldest first. */
export const ROWS_OF_ASSESSMENT: Record<string, string> = {
  assessments: 'SELECT * FROM assessments WHERE id = ?',
  assessment_controls: 'SELECT * FROM assessment_controls WHERE assessment_id = ? ORDER BY sort_order, control_id',
  evidence_files:
    'SELECT * FROM evidence_files WHERE sha256 IN (SELECT sha256 FROM evidence_items WHERE assessment_id = ?) ORDER BY sha256',
  evidence_items: 'SELECT * FROM evidence_items WHERE assessment_id = ? ORDER BY rowid',
  evidence_links: 'SELECT * FROM evidence_links WHERE assessment_id = ? ORDER BY evidence_id, control_id',
  control_populations: 'SELECT * FROM control_populations WHERE assessment_id = ? ORDER BY control_id',
  reviews: 'SELECT * FROM reviews WHERE assessment_id = ? ORDER BY rowid',
  review_samples:
    'SELECT * FROM review_samples WHERE review_id IN (SELECT id FROM reviews WHERE assessment_id = ?) ORDER BY review_id, control_id, seq',
  snapshots: 'SELECT * FROM snapshots WHERE assessment_id = ? ORDER BY rowid',
  boundary_components: 'SELECT * FROM boundary_components WHERE assessment_id = ? ORDER BY rowid',
  boundary_component_controls:
    'SELECT * FROM boundary_component_controls WHERE assessment_id = ? ORDER BY component_id, control_id',
  ai_vendors: 'SELECT * FROM ai_vendors WHERE assessment_id = ? ORDER BY rowid',
  finding_mutes: 'SELECT * FROM finding_mutes WHERE assessment_id = ? ORDER BY finding_key',
  remediation_items: 'SELECT * FROM remediation_items WHERE assessment_id = ? ORDER BY rowid',
  remediation_controls: 'SELECT * FROM remediation_controls WHERE assessment_id = ? ORDER BY item_id, control_id',
};

export type RawRow = Record<string, string | number | null>;

export function selectRows(db: Db, table: string, assessmentId: string): RawRow[] {
  const sql = ROWS_OF_ASSESSMENT[table];
  if (!sql) throw new Error(`no portable table ${table}`);
  return db.prepare(sql).all(assessmentId) as RawRow[];
}

export function tableColumns(db: Db, table: string): string[] {
  if (!(table in ROWS_OF_ASSESSMENT)) throw new Error(`no portable table ${table}`);
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

const inserts = new WeakMap<Db, Map<string, ReturnType<Db['prepare']>>>();

/** Inserts one row; `columns` must come from the table's schema (portable-schema.ts), not from a file. */
export function insertRow(
  db: Db,
  table: string,
  columns: readonly string[],
  row: RawRow,
  onConflict: 'fail' | 'ignore' = 'fail',
): void {
  if (!(table in ROWS_OF_ASSESSMENT)) throw new Error(`no portable table ${table}`);
  let cache = inserts.get(db);
  if (!cache) inserts.set(db, (cache = new Map<string, ReturnType<Db['prepare']>>()));
  const key = `${table}|${onConflict}|${columns.join(',')}`;
  let statement = cache.get(key);
  if (!statement) {
    const verb = onConflict === 'ignore' ? 'INSERT OR IGNORE' : 'INSERT';
    statement = db.prepare(
      `${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    cache.set(key, statement);
  }
  statement.run(row);
}

/** Ids of rows of `table` (with an `id` column) that belong to another assessment than `assessmentId`. */
export function idsOwnedElsewhere(db: Db, table: string, ids: readonly string[], assessmentId: string): string[] {
  if (!(table in ROWS_OF_ASSESSMENT)) throw new Error(`no portable table ${table}`);
  const statement = db.prepare(`SELECT assessment_id FROM ${table} WHERE id = ?`).pluck();
  return ids.filter((id) => {
    const owner = statement.get(id) as string | undefined;
    return owner !== undefined && owner !== assessmentId;
  });
}

/**
 * Deletes what a replacing import rewrites: every row of the assessment except completed reviews, their
 * samples and snapshots (frozen by triggers; the import keeps them when the file holds the same rows), and
 * except the evidence items in `keepEvidence` (updated in place, because frozen samples may cite them).
 */
export function deleteReplaceableRows(db: Db, assessmentId: string, keepEvidence: ReadonlySet<string>): void {
  db.prepare('DELETE FROM remediation_items WHERE assessment_id = ?').run(assessmentId);
  db.prepare('DELETE FROM finding_mutes WHERE assessment_id = ?').run(assessmentId);
  db.prepare('DELETE FROM ai_vendors WHERE assessment_id = ?').run(assessmentId);
  db.prepare('DELETE FROM boundary_components WHERE assessment_id = ?').run(assessmentId);
  db.prepare(
    "DELETE FROM review_samples WHERE review_id IN (SELECT id FROM reviews WHERE assessment_id = ? AND status = 'in_progress')",
  ).run(assessmentId);
  db.prepare("DELETE FROM reviews WHERE assessment_id = ? AND status = 'in_progress'").run(assessmentId);
  db.prepare('DELETE FROM control_populations WHERE assessment_id = ?').run(assessmentId);
  db.prepare('DELETE FROM evidence_links WHERE assessment_id = ?').run(assessmentId);
  const evidence = db
    .prepare('SELECT id FROM evidence_items WHERE assessment_id = ?')
    .pluck()
    .all(assessmentId) as string[];
  const remove = db.prepare('DELETE FROM evidence_items WHERE id = ?');
  for (const evidenceId of evidence) if (!keepEvidence.has(evidenceId)) remove.run(evidenceId);
  db.prepare('DELETE FROM assessment_controls WHERE assessment_id = ?').run(assessmentId);
}

/** Writes every column of a row that already exists (by primary key `id`, or `sha256`). */
export function updateRow(db: Db, table: string, columns: readonly string[], row: RawRow, key: 'id'): void {
  if (!(table in ROWS_OF_ASSESSMENT)) throw new Error(`no portable table ${table}`);
  const sets = columns.filter((c) => c !== key).map((c) => `${c} = @${c}`);
  db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${key} = @${key}`).run(row);
}

export function catalogVersionExists(db: Db, version: string): boolean {
  return db.prepare('SELECT 1 FROM catalog_versions WHERE version = ?').get(version) !== undefined;
}

export function insertCatalogRow(
  db: Db,
  row: { version: string; released: string; data: string; loaded_at: string },
): void {
  db.prepare(
    'INSERT INTO catalog_versions (version, released, data, loaded_at) VALUES (@version, @released, @data, @loaded_at) ON CONFLICT (version) DO NOTHING',
  ).run(row);
}

export function catalogRow(
  db: Db,
  version: string,
): { version: string; released: string; data: string; loaded_at: string } | undefined {
  return db.prepare('SELECT * FROM catalog_versions WHERE version = ?').get(version) as
    { version: string; released: string; data: string; loaded_at: string } | undefined;
}

/** Shas no evidence item refers to any more (after a replacing import). */
export function unusedEvidenceFiles(db: Db, shas: readonly string[]): string[] {
  const statement = db.prepare('SELECT count(*) FROM evidence_items WHERE sha256 = ?').pluck();
  return shas.filter((sha) => (statement.get(sha) as number) === 0);
}

export function deleteEvidenceFileRows(db: Db, shas: readonly string[]): void {
  const statement = db.prepare('DELETE FROM evidence_files WHERE sha256 = ?');
  for (const sha of shas) statement.run(sha);
}

export function evidenceFileKnown(db: Db, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM evidence_files WHERE sha256 = ?').get(sha256) !== undefined;
}

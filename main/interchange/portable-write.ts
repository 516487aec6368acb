import {
  catalogControlSchema,
  catalogManifestSchema,
  criterionSchema,
  type Catalog,
} from '../../shared/catalog/schema';
import { validateCatalog } from '../../shared/catalog/validate';
import { AppError } from '../../shared/ipc/result';
import {
  catalogVersionExists,
  deleteEvidenceFileRows,
  deleteReplaceableRows,
  idsOwnedElsewhere,
  insertCatalogRow,
  insertRow,
  selectRows,
  unusedEvidenceFiles,
  updateRow,
  type RawRow,
} from '../db/portable';
import type { ServiceContext } from '../services/context';
import {
  PORTABLE_TABLES,
  rowSchemas,
  type PortableDocument,
  type PortableTable,
  type PortableTables,
} from './portable-schema';

/**
 * The writes of a portable import, inside the caller's transaction: the pinned catalog when missing, every
 * row of a new (or copied) assessment, or the replacement of an existing one — which keeps the frozen
 * records (completed reviews, their samples, snapshots) and refuses when the file does not hold them as-is.
 */

const GLOBAL_ID_TABLES = [
  'evidence_items',
  'reviews',
  'snapshots',
  'boundary_components',
  'ai_vendors',
  'remediation_items',
] as const;

function parseCatalog(data: string): Catalog {
  const raw = JSON.parse(data) as Record<string, unknown>;
  const meta = catalogManifestSchema.parse({ version: raw.version, released: raw.released, retired: raw.retired });
  const criteria = criterionSchema.array().parse(raw.criteria);
  const controls = catalogControlSchema.array().parse(raw.controls);
  const catalog: Catalog = { ...meta, criteria, controls };
  const problems = validateCatalog(catalog);
  if (problems.length > 0)
    throw new AppError(
      'invalid_file',
      `The catalog in the file is inconsistent (${problems.slice(0, 3).join('; ')}); nothing was imported.`,
    );
  return catalog;
}

/** Stores the pinned catalog version when the workspace lacks it; refuses when nobody has it. */
export function ensureCatalog(ctx: ServiceContext, doc: PortableDocument): void {
  const version = doc.tables.assessments[0]?.catalog_version ?? '';
  if (version === ctx.catalog.version || catalogVersionExists(ctx.db, version)) return;
  if (!doc.catalog)
    throw new AppError(
      'catalog_missing',
      `The assessment uses catalog ${version}, which neither this workspace nor the file holds.`,
    );
  try {
    parseCatalog(doc.catalog.data);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_file', 'The catalog in the file is not valid; nothing was imported.');
  }
  insertCatalogRow(ctx.db, doc.catalog);
}

function columnsOf(table: PortableTable): string[] {
  return Object.keys(rowSchemas[table].shape);
}

export function insertAll(
  ctx: ServiceContext,
  tables: PortableTables,
  skip: (table: PortableTable, row: RawRow) => boolean = () => false,
): void {
  for (const table of PORTABLE_TABLES) {
    const columns = columnsOf(table);
    for (const row of tables[table] as RawRow[]) {
      if (skip(table, row)) continue;
      insertRow(ctx.db, table, columns, row, table === 'evidence_files' ? 'ignore' : 'fail');
    }
  }
}

function sameRow(a: RawRow | undefined, b: RawRow): boolean {
  return a !== undefined && Object.keys(b).every((k) => a[k] === b[k]);
}

/** Frozen records of the existing assessment that the file does not hold identically: replacing would need to destroy them. */
function frozenConflicts(ctx: ServiceContext, assessmentId: string, tables: PortableTables): string[] {
  const incoming = {
    reviews: new Map(tables.reviews.map((r) => [r.id, r as RawRow])),
    samples: new Map(tables.review_samples.map((s) => [`${s.review_id}|${s.control_id}|${s.seq}`, s as RawRow])),
    snapshots: new Map(tables.snapshots.map((s) => [s.id, s as RawRow])),
  };
  const problems: string[] = [];
  const completed = selectRows(ctx.db, 'reviews', assessmentId).filter((r) => r.status === 'completed');
  const frozenIds = new Set(completed.map((r) => r.id));
  for (const review of completed) {
    if (!sameRow(incoming.reviews.get(String(review.id)), review))
      problems.push(`the review completed on ${String(review.completed_at).slice(0, 10)}`);
  }
  for (const sample of selectRows(ctx.db, 'review_samples', assessmentId)) {
    if (!frozenIds.has(sample.review_id)) continue;
    if (
      !sameRow(
        incoming.samples.get(`${String(sample.review_id)}|${String(sample.control_id)}|${String(sample.seq)}`),
        sample,
      )
    ) {
      problems.push(`sample ${String(sample.control_id)} #${String(sample.seq)} of a completed review`);
    }
  }
  for (const snapshot of selectRows(ctx.db, 'snapshots', assessmentId)) {
    if (!sameRow(incoming.snapshots.get(String(snapshot.id)), snapshot))
      problems.push(`the snapshot “${String(snapshot.label)}”`);
  }
  return [...new Set(problems)];
}

export function refuseForeignIds(ctx: ServiceContext, tables: PortableTables, assessmentId: string): void {
  for (const table of GLOBAL_ID_TABLES) {
    const clash = idsOwnedElsewhere(
      ctx.db,
      table,
      tables[table].map((r) => r.id),
      assessmentId,
    );
    if (clash.length > 0) {
      throw new AppError(
        'id_conflict',
        'Some records in the file already belong to another assessment of this workspace; import the file as a copy instead. Nothing was imported.',
      );
    }
  }
}

/** Replaces the existing assessment by the file's, keeping the frozen records both hold identically. Returns shas no longer used. */
export function replaceAssessment(ctx: ServiceContext, tables: PortableTables, assessmentId: string): string[] {
  const conflicts = frozenConflicts(ctx, assessmentId, tables);
  if (conflicts.length > 0) {
    throw new AppError(
      'replace_conflict',
      `The assessment in this workspace holds ${conflicts.slice(0, 3).join(', ')}${conflicts.length > 3 ? ` and ${conflicts.length - 3} more` : ''}, which the file does not hold as-is. Completed reviews and snapshots are frozen and are never overwritten: import the file as a copy instead. Nothing was changed.`,
    );
  }
  const existingItems = selectRows(ctx.db, 'evidence_items', assessmentId);
  const before = new Set(existingItems.map((r) => String(r.sha256)));
  const existingEvidence = new Set(existingItems.map((r) => String(r.id)));
  const keep = new Set(tables.evidence_items.map((e) => e.id).filter((id) => existingEvidence.has(id)));
  const frozenReviews = new Set(
    selectRows(ctx.db, 'reviews', assessmentId)
      .filter((r) => r.status === 'completed')
      .map((r) => String(r.id)),
  );
  const existingSnapshots = new Set(selectRows(ctx.db, 'snapshots', assessmentId).map((r) => String(r.id)));
  deleteReplaceableRows(ctx.db, assessmentId, keep);
  const [assessment] = tables.assessments;
  if (!assessment) throw new AppError('invalid_file', 'The file holds no assessment.');
  updateRow(ctx.db, 'assessments', columnsOf('assessments'), assessment, 'id');
  for (const item of tables.evidence_items)
    if (keep.has(item.id)) updateRow(ctx.db, 'evidence_items', columnsOf('evidence_items'), item, 'id');
  insertAll(ctx, tables, (table, row) => {
    if (table === 'assessments') return true;
    if (table === 'evidence_items') return keep.has(String(row.id));
    if (table === 'reviews') return frozenReviews.has(String(row.id));
    if (table === 'review_samples') return frozenReviews.has(String(row.review_id));
    if (table === 'snapshots') return existingSnapshots.has(String(row.id));
    return false;
  });
  const unused = unusedEvidenceFiles(ctx.db, [...before]);
  deleteEvidenceFileRows(ctx.db, unused);
  return unused;
}

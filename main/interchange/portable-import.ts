import { randomUUID } from 'node:crypto';
import type { DuplicateChoice, PortableImportResult, PortablePreview } from '../../shared/interchange/portable';
import { AppError } from '../../shared/ipc/result';
import { findAssessment } from '../db/assessments';
import { evidenceFileKnown } from '../db/portable';
import { evidenceCipherOf } from '../evidence/data-key';
import { removeFile, storeStream } from '../evidence/store';
import type { ServiceContext } from '../services/context';
import { serialised } from '../services/evidence';
import { remapForCopy } from './portable-remap';
import { readPortableFile, type PortableContent } from './portable-read';
import { PORTABLE_TABLES, type PortableTable, type PortableTables } from './portable-schema';
import { ensureCatalog, insertAll, refuseForeignIds, replaceAssessment } from './portable-write';

/**
 * Imports a portable assessment into the current workspace, all or nothing: the evidence files are streamed
 * from the archive straight into the content-addressed store (sealed on the way in when the workspace is
 * encrypted: no plaintext copy in the temp folder or anywhere else), then one transaction writes every
 * record; if anything fails, the transaction rolls back and files this import newly stored are removed
 * again. An assessment already in the workspace (same id) is never overwritten silently: the caller
 * chooses "copy" (keep both, the import gets new ids), "replace" (explicitly), or "cancel".
 */

function counts(tables: PortableTables): Record<PortableTable, number> {
  return Object.fromEntries(PORTABLE_TABLES.map((t) => [t, tables[t].length])) as Record<PortableTable, number>;
}

function previewOf(ctx: ServiceContext, content: PortableContent): PortablePreview {
  const row = content.document.tables.assessments[0];
  if (!row) throw new AppError('invalid_file', 'The file holds no assessment.');
  const existing = findAssessment(ctx.db, row.id);
  return {
    encrypted: content.encrypted,
    exportedAt: content.document.exportedAt,
    generator: content.document.generator,
    assessment: {
      id: row.id,
      organisation: row.organisation,
      systemName: row.system_name,
      reportType: row.report_type,
      updatedAt: row.updated_at,
    },
    counts: counts(content.document.tables),
    evidenceBytes: content.document.tables.evidence_files.reduce((sum, f) => sum + f.size, 0),
    duplicate: existing
      ? {
          id: existing.id,
          organisation: existing.organisation,
          systemName: existing.systemName,
          updatedAt: existing.updatedAt,
        }
      : null,
  };
}

/** What the file holds and whether the same assessment is already here; reads no evidence file. */
export async function inspectAssessmentFile(
  ctx: ServiceContext,
  path: string,
  passphrase?: string,
): Promise<PortablePreview> {
  return previewOf(ctx, await readPortableFile(path, { passphrase }));
}

function dbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const message = (error as Error).message;
  if (/FOREIGN KEY|CHECK constraint|UNIQUE constraint|NOT NULL|read-only/.test(message)) {
    return new AppError(
      'invalid_file',
      `The records in the file do not fit together (${message}); nothing was imported.`,
    );
  }
  return error;
}

export interface ImportOptions {
  passphrase?: string | undefined;
  /** What to do when the workspace already holds this assessment; without it, a duplicate is refused. */
  onDuplicate?: DuplicateChoice | undefined;
  uuid?: () => string;
}

export async function importAssessmentFile(
  ctx: ServiceContext,
  storeDir: string,
  path: string,
  options: ImportOptions = {},
): Promise<PortableImportResult> {
  const cipher = evidenceCipherOf(ctx.db);
  return serialised(storeDir, async () => {
    const created: string[] = [];
    let unused: string[] = [];
    const discardCreated = async () => {
      for (const sha256 of created) {
        if (!evidenceFileKnown(ctx.db, sha256)) await removeFile(storeDir, sha256, cipher).catch(() => undefined);
      }
    };
    try {
      const content = await readPortableFile(path, {
        passphrase: options.passphrase,
        storeEvidence: async (entry) => {
          const stored = await storeStream(storeDir, await entry.open(), entry.name, { cipher });
          if (stored.created) created.push(stored.sha256);
          return stored;
        },
      });
      const incomingId = content.document.assessmentId;
      const duplicate = findAssessment(ctx.db, incomingId);
      if (duplicate && options.onDuplicate === undefined) {
        throw new AppError(
          'duplicate_assessment',
          `This workspace already holds this assessment (${duplicate.systemName}, ${duplicate.organisation}). Choose: keep both (import as a copy), replace the one here, or cancel.`,
        );
      }
      if (duplicate && options.onDuplicate === 'cancel') {
        await discardCreated();
        return { status: 'cancelled', mode: null, assessmentId: null, records: 0, evidenceFilesStored: 0 };
      }
      const mode = !duplicate ? 'new' : options.onDuplicate === 'replace' ? 'replace' : 'copy';
      const { tables, assessmentId } =
        mode === 'copy'
          ? remapForCopy(content.document.tables, options.uuid ?? (() => randomUUID()))
          : { tables: content.document.tables, assessmentId: incomingId };
      ctx.db.transaction(() => {
        ensureCatalog(ctx, content.document);
        refuseForeignIds(ctx, tables, assessmentId);
        if (mode === 'replace') unused = replaceAssessment(ctx, tables, assessmentId);
        else insertAll(ctx, tables);
      })();
      for (const sha256 of unused) await removeFile(storeDir, sha256, cipher).catch(() => undefined);
      const records = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
      return { status: 'imported', mode, assessmentId, records, evidenceFilesStored: created.length };
    } catch (error) {
      await discardCreated();
      throw dbError(error);
    }
  });
}

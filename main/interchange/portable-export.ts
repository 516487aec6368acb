import { AppError } from '../../shared/ipc/result';
import { catalogRow, selectRows } from '../db/portable';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { evidenceCipherOf } from '../evidence/data-key';
import { readStoredFile } from '../evidence/read';
import { getAssessment } from '../services/assessments';
import type { ServiceContext } from '../services/context';
import {
  PORTABLE_FORMAT,
  PORTABLE_MANIFEST_FORMAT,
  PORTABLE_TABLES,
  type PortableDocument,
  type PortableManifest,
  type PortableTables,
} from './portable-schema';
import { sealingStream } from './sealed-access';
import { writeError, ZipWriter } from './zip-write';

/**
 * Exports one assessment to a single portable file (.fwassess): a zip holding `assessment.json` (every
 * record of the assessment, table by table, as stored — see portable-schema.ts), each evidence file once
 * as `evidence/<sha256>`, and `manifest.json` with the SHA-256 and size of every other entry. With a
 * passphrase the zip is sealed as it is written (sealed-file.ts: scrypt + AES-256-GCM, chunked): no
 * unencrypted copy of it ever reaches the disk.
 */

export const PORTABLE_EXTENSION = 'fwassess';

export interface PortableExportOptions {
  appVersion: string;
  /** Encrypts the file when given (never logged, never stored). */
  passphrase?: string | undefined;
}

export interface PortableExportResult {
  path: string;
  encrypted: boolean;
  assessmentId: string;
  records: number;
  evidenceFiles: number;
}

/** Every record of one assessment, read in one transaction so the tables agree with each other. */
export function collectAssessmentRecords(
  ctx: ServiceContext,
  assessmentId: string,
  appVersion: string,
): PortableDocument {
  const assessment = getAssessment(ctx, assessmentId);
  return ctx.db.transaction((): PortableDocument => {
    const tables = Object.fromEntries(
      PORTABLE_TABLES.map((t) => [t, selectRows(ctx.db, t, assessmentId)]),
    ) as unknown as PortableTables;
    const catalog = catalogRow(ctx.db, assessment.catalogVersion) ?? null;
    return {
      format: PORTABLE_FORMAT,
      exportedAt: ctx.now().toISOString(),
      generator: `Fieldwork ${appVersion}`,
      schemaVersion: LATEST_SCHEMA_VERSION,
      assessmentId,
      catalog,
      tables,
    };
  })();
}

export function portableFileName(organisation: string, date: string): string {
  const slug =
    organisation
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment';
  return `fieldwork-assessment-${slug}-${date}.${PORTABLE_EXTENSION}`;
}

export async function exportAssessmentFile(
  ctx: ServiceContext,
  storeDir: string,
  assessmentId: string,
  outPath: string,
  options: PortableExportOptions,
): Promise<PortableExportResult> {
  const document = collectAssessmentRecords(ctx, assessmentId, options.appVersion);
  const encrypted = options.passphrase !== undefined;
  const sealing = options.passphrase !== undefined ? await sealingStream(options.passphrase) : undefined;
  const zip = new ZipWriter(outPath, ctx.now(), sealing);
  const files = document.tables.evidence_files;
  try {
    const json = Buffer.from(JSON.stringify(document), 'utf8');
    zip.addBuffer('assessment.json', json);
    const cipher = evidenceCipherOf(ctx.db);
    for (const file of files) {
      void zip
        .addFile(
          `evidence/${file.sha256}`,
          readStoredFile(storeDir, file.sha256, cipher),
          `evidence file ${file.sha256.slice(0, 12)}…`,
        )
        .catch(() => undefined);
    }
    const written = await zip.drain();
    for (const file of files) {
      const entry = written.find((w) => w.name === `evidence/${file.sha256}`);
      if (!entry || entry.sha256 !== file.sha256) {
        throw new AppError(
          'evidence_damaged',
          `The stored evidence file ${file.sha256.slice(0, 12)}… no longer matches its hash; run "Verify evidence" before exporting.`,
        );
      }
    }
    const manifest: PortableManifest = {
      format: PORTABLE_MANIFEST_FORMAT,
      createdAt: document.exportedAt,
      assessmentId,
      files: written.map((w) => ({ path: w.name, sha256: w.sha256, size: w.size })),
    };
    zip.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    await zip.finish();
  } catch (error) {
    await zip.abort();
    throw writeError(outPath, missingEvidence(error, files.length));
  }
  const records = Object.values(document.tables).reduce((sum, rows) => sum + rows.length, 0);
  return { path: outPath, encrypted, assessmentId, records, evidenceFiles: files.length };
}

function missingEvidence(error: unknown, count: number): unknown {
  if (error instanceof AppError && error.code === 'file_unreadable' && count > 0) {
    return new AppError(
      'evidence_missing',
      `${error.message.replace(/\.?$/, '.')} An evidence file is missing from the evidence store; run "Verify evidence" before exporting.`,
    );
  }
  return error;
}

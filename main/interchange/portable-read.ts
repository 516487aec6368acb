import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import {
  portableDocumentSchema,
  portableManifestSchema,
  type PortableDocument,
  type PortableManifest,
} from './portable-schema';
import { portableIssuesText } from './portable-issues';
import { SealedFileReader } from './sealed-access';
import { isSealedFile } from './sealed-file';
import { DEFAULT_ZIP_LIMITS, readEntryBuffer, readZip, type OpenedEntry, type ZipSource } from './zip-read';

/**
 * Reads a portable assessment file (.fwassess) defensively: decrypts it when sealed, reads the zip with
 * the safe reader (names, duplicates, sizes, ratios), accepts only the three kinds of entry Fieldwork
 * writes, checks every entry against the manifest's SHA-256 and size, validates assessment.json with zod,
 * and checks that the records refer to each other consistently. A sealed file is decrypted as it is read
 * (sealed-access.ts), and evidence goes only where the caller streams it (the evidence store, sealed in an
 * encrypted workspace): no plaintext copy of anything is written to disk, not even to the temp folder.
 */

const MAX_FILE_BYTES = 200 * 2 ** 30;
const MAX_MANIFEST_BYTES = 64 * 2 ** 20;
const MAX_DOCUMENT_BYTES = 512 * 2 ** 20;
const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})$/;

export interface PortableContent {
  encrypted: boolean;
  document: PortableDocument;
  manifest: PortableManifest;
}

export interface PortableReadOptions {
  passphrase?: string | undefined;
  /**
   * Streams one evidence entry to where it is kept and returns the SHA-256 and size of what it read; the
   * reader then checks them against the entry's name and the manifest. Without it, evidence is not read.
   */
  storeEvidence?: ((entry: OpenedEntry) => Promise<{ sha256: string; size: number }>) | undefined;
}

function invalid(what: string, error: z.ZodError): AppError {
  const detail = portableIssuesText(error.issues);
  return new AppError('invalid_file', `${what} is not valid (${detail}); nothing was imported.`);
}

function parseJson(buffer: Buffer, what: string): unknown {
  try {
    return JSON.parse(buffer.toString('utf8')) as unknown;
  } catch {
    throw new AppError('invalid_file', `${what} is not valid JSON; nothing was imported.`);
  }
}

function bad(message: string): AppError {
  return new AppError('invalid_file', `${message} Nothing was imported.`);
}

/** Cross-record checks the schema cannot express; the database's foreign keys back them up. */
export function checkReferences(doc: PortableDocument): void {
  const t = doc.tables;
  const id = doc.assessmentId;
  if (t.assessments.length !== 1 || t.assessments[0]?.id !== id)
    throw bad('The file must hold exactly the one assessment its manifest names.');
  const owned = [
    t.assessment_controls,
    t.evidence_items,
    t.evidence_links,
    t.control_populations,
    t.reviews,
    t.snapshots,
    t.boundary_components,
    t.boundary_component_controls,
    t.ai_vendors,
    t.finding_mutes,
    t.remediation_items,
    t.remediation_controls,
  ];
  if (owned.some((rows) => rows.some((r) => r.assessment_id !== id)))
    throw bad('Some records in the file belong to another assessment.');
  const controls = new Set(t.assessment_controls.map((c) => c.control_id));
  const unique = (values: string[], what: string) => {
    if (new Set(values).size !== values.length) throw bad(`The file lists the same ${what} twice.`);
  };
  unique(
    t.assessment_controls.map((c) => c.control_id),
    'control',
  );
  for (const [rows, what] of [
    [t.evidence_items, 'evidence item'],
    [t.reviews, 'review'],
    [t.snapshots, 'snapshot'],
    [t.boundary_components, 'component'],
    [t.ai_vendors, 'vendor'],
    [t.remediation_items, 'remediation item'],
  ] as const) {
    unique(
      rows.map((r) => r.id),
      what,
    );
  }
  const files = new Set(t.evidence_files.map((f) => f.sha256));
  unique([...t.evidence_files.map((f) => f.sha256)], 'evidence file');
  const evidence = new Set(t.evidence_items.map((e) => e.id));
  const reviews = new Set(t.reviews.map((r) => r.id));
  const components = new Set(t.boundary_components.map((c) => c.id));
  const items = new Set(t.remediation_items.map((r) => r.id));
  if (t.evidence_items.some((e) => !files.has(e.sha256)))
    throw bad('An evidence item refers to a file the package does not contain.');
  if (t.evidence_links.some((l) => !evidence.has(l.evidence_id) || !controls.has(l.control_id)))
    throw bad('An evidence link refers to a missing evidence item or control.');
  for (const rows of [t.control_populations, t.boundary_component_controls, t.remediation_controls]) {
    if (rows.some((r) => !controls.has(r.control_id)))
      throw bad('A record refers to a control that is not in the assessment.');
  }
  if (
    t.review_samples.some((s) => !reviews.has(s.review_id) || (s.evidence_id !== null && !evidence.has(s.evidence_id)))
  )
    throw bad('A review sample refers to a missing review or evidence item.');
  if (t.snapshots.some((s) => s.review_id !== null && !reviews.has(s.review_id)))
    throw bad('A snapshot refers to a missing review.');
  if (t.boundary_component_controls.some((l) => !components.has(l.component_id)))
    throw bad('A control link refers to a missing boundary component.');
  if (t.remediation_controls.some((l) => !items.has(l.item_id)))
    throw bad('A control link refers to a missing remediation item.');
  for (const item of t.remediation_items) {
    const keys = JSON.parse(item.finding_keys) as unknown;
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))
      throw bad('A remediation item lists finding keys that are not text.');
  }
  const catalogVersion = t.assessments[0]?.catalog_version;
  if (doc.catalog && doc.catalog.version !== catalogVersion)
    throw bad('The catalog in the file is not the one the assessment is pinned to.');
}

/** Opens, decrypts (when sealed) and checks a portable file; evidence goes to `storeEvidence` when given. */
export async function readPortableFile(path: string, options: PortableReadOptions = {}): Promise<PortableContent> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('file_not_found', `No file at ${path}.`);
  }
  if (!info.isFile()) throw new AppError('not_a_file', `${path} is not a file.`);
  if (info.size > MAX_FILE_BYTES)
    throw new AppError('file_too_large', `${path} is larger than the 200 GiB Fieldwork accepts.`);
  const encrypted = await isSealedFile(path);
  if (!encrypted) return readPortableZip(path, false, options);
  if (options.passphrase === undefined || options.passphrase.length === 0) {
    throw new AppError(
      'passphrase_required',
      'This assessment file is encrypted: enter the passphrase it was exported with.',
    );
  }
  const reader = await SealedFileReader.open(path, options.passphrase);
  try {
    return await readPortableZip({ label: path, reader, size: reader.plainSize }, true, options);
  } finally {
    await reader.release();
  }
}

async function readPortableZip(
  source: string | ZipSource,
  encrypted: boolean,
  options: PortableReadOptions,
): Promise<PortableContent> {
  const path = typeof source === 'string' ? source : source.label;
  let manifestBuffer: Buffer | undefined;
  let documentBuffer: Buffer | undefined;
  const entries = new Map<string, { sha256: string; size: number } | null>();
  await readZip(source, DEFAULT_ZIP_LIMITS, async (entry) => {
    if (entry.problem) throw new AppError('unsafe_archive', `${entry.detail} Nothing was imported.`);
    if (entry.name === 'manifest.json') {
      manifestBuffer = await readEntryBuffer(entry, MAX_MANIFEST_BYTES);
    } else if (entry.name === 'assessment.json') {
      documentBuffer = await readEntryBuffer(entry, MAX_DOCUMENT_BYTES);
      entries.set(entry.name, {
        sha256: createHash('sha256').update(documentBuffer).digest('hex'),
        size: documentBuffer.length,
      });
    } else {
      const match = EVIDENCE_ENTRY.exec(entry.name);
      if (!match?.[1])
        throw new AppError(
          'unsafe_archive',
          `The file holds "${entry.name.slice(0, 200)}", which a Fieldwork assessment file never contains. Nothing was imported.`,
        );
      if (!options.storeEvidence) {
        entries.set(entry.name, null);
        return;
      }
      const written = await options.storeEvidence(entry);
      if (written.sha256 !== match[1])
        throw bad(`Evidence file ${match[1].slice(0, 12)}… does not match its own hash: the file was altered.`);
      entries.set(entry.name, written);
    }
  });
  if (!manifestBuffer || !documentBuffer)
    throw bad(
      `${path} is not a Fieldwork assessment file (it lacks ${manifestBuffer ? 'assessment.json' : 'manifest.json'}).`,
    );
  const manifest = portableManifestSchema.safeParse(parseJson(manifestBuffer, 'The manifest'));
  if (!manifest.success) throw invalid('The manifest', manifest.error);
  const listed = new Map(manifest.data.files.map((f) => [f.path, f]));
  if (listed.size !== manifest.data.files.length) throw bad('The manifest lists a file twice.');
  for (const [name, actual] of entries) {
    const expected = listed.get(name);
    if (!expected) throw bad(`"${name}" is in the file but not in its manifest.`);
    if (actual && (actual.sha256 !== expected.sha256 || actual.size !== expected.size))
      throw bad(`"${name}" does not match the hash in the manifest: the file was altered.`);
  }
  for (const name of listed.keys())
    if (!entries.has(name)) throw bad(`"${name}" is listed in the manifest but missing from the file.`);

  const raw = parseJson(documentBuffer, 'assessment.json');
  // `null`, a number or an array are valid JSON too: look for the version only in an object.
  const schemaVersion =
    raw !== null && typeof raw === 'object' ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof schemaVersion === 'number' && schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'file_too_new',
      'This assessment was exported by a newer version of Fieldwork; update Fieldwork to import it.',
    );
  }
  const document = portableDocumentSchema.safeParse(raw);
  if (!document.success) throw invalid('assessment.json', document.error);
  if (document.data.assessmentId !== manifest.data.assessmentId)
    throw bad('The manifest and assessment.json name different assessments.');
  checkReferences(document.data);
  const packed = new Set(
    [...entries.keys()].filter((n) => n.startsWith('evidence/')).map((n) => n.slice('evidence/'.length)),
  );
  const recorded = document.data.tables.evidence_files;
  if (
    recorded.length !== packed.size ||
    recorded.some((f) => !packed.has(f.sha256) || listed.get(`evidence/${f.sha256}`)?.size !== f.size)
  ) {
    throw bad('The evidence files in the archive are not exactly those the records list.');
  }
  return { encrypted, document: document.data, manifest: manifest.data };
}

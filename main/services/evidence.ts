import { randomUUID } from 'node:crypto';
import { basename, isAbsolute } from 'node:path';
import type { ControlPopulation, EvidenceItem } from '../../shared/domain';
import type { EvidenceCheck, EvidenceMetaInput, EvidenceRemoval, EvidenceVerification } from '../../shared/evidence';
import { AppError } from '../../shared/ipc/result';
import {
  countItemsUsingFile,
  countLinks,
  deleteEvidenceFileRow,
  deleteEvidenceItem,
  deleteEvidenceLink,
  findEvidence,
  insertEvidenceFile,
  insertEvidenceItem,
  insertEvidenceLink,
  listAllEvidence,
  listEvidence,
  listPopulations,
  upsertPopulation,
} from '../db/evidence';
import { controlIdsOf } from '../db/controls';
import {
  checkSource,
  removeFile,
  storedFilePath,
  storeFile,
  storeStream,
  sweepPartials,
  verifyStore,
  type StoredFile,
} from '../evidence/store';
import { fsError } from '../fs/fs-errors';
import type { EvidenceCipher } from '../evidence/sealed';
import { evidenceCipherOf } from '../evidence/data-key';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { getControl } from './controls';
import { validateEvidenceMeta, validatePopulation } from './evidence-input';

export interface AddEvidenceInput extends EvidenceMetaInput {
  assessmentId: string;
  filePaths: readonly string[];
}

/** Evidence made by the app itself (the demo's generated exports): a name and the bytes, with no file of its own. */
export interface EvidenceContent {
  name: string;
  content: Uint8Array;
}

/** Where one item's bytes come from, and how they are streamed into the store. */
interface EvidenceSource {
  name: string;
  store(storeDir: string, cipher: EvidenceCipher | null): Promise<StoredFile>;
}

export interface StoreOptions {
  /** Largest file accepted, in bytes (default 20 GiB). */
  maxBytes?: number;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs store-changing operations on one evidence store one at a time, so that an add which finds a file
 * already stored cannot race a remove (or a failed add) deleting that same file.
 */
export function serialised<T>(storeDir: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(storeDir) ?? Promise.resolve();
  const next = previous.then(run);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(storeDir, settled);
  void settled.then(() => {
    if (queues.get(storeDir) === settled) queues.delete(storeDir);
  });
  return next;
}

export function getEvidence(ctx: ServiceContext, evidenceId: string): EvidenceItem {
  const item = findEvidence(ctx.db, evidenceId);
  if (!item) throw new AppError('not_found', `No evidence with id ${evidenceId} in this workspace.`);
  return item;
}

export function listEvidenceOf(ctx: ServiceContext, assessmentId: string): EvidenceItem[] {
  getAssessment(ctx, assessmentId);
  return listEvidence(ctx.db, assessmentId);
}

export function listPopulationsOf(ctx: ServiceContext, assessmentId: string): ControlPopulation[] {
  getAssessment(ctx, assessmentId);
  return listPopulations(ctx.db, assessmentId);
}

function requireControls(ctx: ServiceContext, assessmentId: string, controlIds: readonly string[]): void {
  getAssessment(ctx, assessmentId);
  const present = controlIdsOf(ctx.db, assessmentId);
  const unknown = controlIds.filter((id) => !present.has(id));
  if (unknown.length > 0) {
    throw new AppError('not_found', `No control ${unknown.join(', ')} in this assessment; nothing was added.`);
  }
}

/**
 * Adds files as evidence of the same controls, all or nothing: every file is stored first (streamed,
 * deduplicated), then one transaction records them; if anything fails, files this call newly stored and
 * nothing refers to are deleted again.
 */
export async function addEvidenceFiles(ctx: ServiceContext, storeDir: string, input: AddEvidenceInput, options: StoreOptions = {}): Promise<EvidenceItem[]> {
  const { filePaths, ...described } = input;
  const paths = [...new Set(filePaths)];
  const checkPaths = () => {
    if (paths.length === 0) throw new AppError('invalid_input', 'Choose at least one file to add as evidence.');
    for (const path of paths) {
      if (!isAbsolute(path)) throw new AppError('invalid_input', `${path} is not an absolute path.`);
    }
  };
  return addSources(ctx, storeDir, described, checkPaths, async () => {
    // Check every file before copying any, so a bad last file does not cost a long copy of the first ones.
    for (const path of paths) await checkSource(path, options.maxBytes);
    return paths.map((path) => ({
      name: basename(path),
      store: (dir, cipher) => storeFile(dir, path, { ...options, cipher }),
    }));
  });
}

/**
 * Adds content the app generated as evidence, exactly as addEvidenceFiles adds files, but streamed from
 * memory into the store: in an encrypted workspace it is sealed on its way in, and no plaintext copy is
 * ever written to a temp file.
 */
export async function addEvidenceContents(
  ctx: ServiceContext,
  storeDir: string,
  input: EvidenceMetaInput & { assessmentId: string; files: readonly EvidenceContent[] },
  options: StoreOptions = {},
): Promise<EvidenceItem[]> {
  const { files, ...described } = input;
  const checkNames = () => {
    if (files.length === 0) throw new AppError('invalid_input', 'Give at least one file to add as evidence.');
    for (const { name } of files) {
      if (name.length === 0 || name.length > 255 || basename(name) !== name || name.includes('\\'))
        throw new AppError('invalid_input', `"${name.slice(0, 80)}" is not a file name.`);
    }
  };
  return addSources(ctx, storeDir, described, checkNames, () =>
    Promise.resolve(
      files.map((file) => ({
        name: file.name,
        store: (dir, cipher) => storeStream(dir, [file.content], file.name, { ...options, cipher }),
      })),
    ),
  );
}

async function addSources(
  ctx: ServiceContext,
  storeDir: string,
  input: EvidenceMetaInput & { assessmentId: string },
  checkSources: () => void,
  prepare: () => Promise<EvidenceSource[]>,
): Promise<EvidenceItem[]> {
  const meta = validateEvidenceMeta(
    {
      controlIds: input.controlIds,
      kind: input.kind,
      sourceSystem: input.sourceSystem,
      collectedBy: input.collectedBy,
      collectedAt: input.collectedAt,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      notes: input.notes,
    },
    ctx.now(),
  );
  checkSources();
  const { controlIds, ...described } = meta;
  requireControls(ctx, input.assessmentId, controlIds);
  const sources = await prepare();

  return serialised(storeDir, async () => {
    await sweepPartials(storeDir).catch(() => 0);
    // An encrypted workspace seals its evidence with the data key it holds (evidence/data-key.ts).
    const cipher = evidenceCipherOf(ctx.db);
    const created: string[] = [];
    try {
      const stored: (StoredFile & { name: string })[] = [];
      for (const source of sources) {
        const file = await source.store(storeDir, cipher);
        if (file.created) created.push(file.sha256);
        stored.push({ ...file, name: source.name });
      }
      return ctx.db.transaction(() => {
        requireControls(ctx, input.assessmentId, controlIds);
        const now = ctx.now().toISOString();
        return stored.map((file) => {
          const id = randomUUID();
          insertEvidenceFile(ctx.db, file.sha256, file.size, now);
          insertEvidenceItem(ctx.db, { id, assessmentId: input.assessmentId, sha256: file.sha256, originalName: file.name, ...described }, now);
          for (const controlId of controlIds) insertEvidenceLink(ctx.db, id, input.assessmentId, controlId, now);
          return getEvidence(ctx, id);
        });
      })();
    } catch (error) {
      for (const sha256 of created) {
        if (countItemsUsingFile(ctx.db, sha256) === 0) await removeFile(storeDir, sha256, cipher).catch(() => undefined);
      }
      throw error;
    }
  });
}

export async function addEvidence(
  ctx: ServiceContext,
  storeDir: string,
  input: EvidenceMetaInput & { assessmentId: string; filePath: string },
  options: StoreOptions = {},
): Promise<EvidenceItem> {
  const { filePath, ...rest } = input;
  const [item] = await addEvidenceFiles(ctx, storeDir, { ...rest, filePaths: [filePath] }, options);
  if (!item) throw new Error('addEvidenceFiles returned no item');
  return item;
}

export function linkEvidence(ctx: ServiceContext, evidenceId: string, controlId: string): EvidenceItem {
  return ctx.db.transaction(() => {
    const item = getEvidence(ctx, evidenceId);
    const control = getControl(ctx, item.assessmentId, controlId.trim().toUpperCase());
    insertEvidenceLink(ctx.db, evidenceId, item.assessmentId, control.controlId, ctx.now().toISOString());
    return getEvidence(ctx, evidenceId);
  })();
}

/** Unlinks one control; the last one cannot be unlinked this way (removeEvidence deletes the item). */
export function unlinkEvidence(ctx: ServiceContext, evidenceId: string, controlId: string): EvidenceItem {
  return ctx.db.transaction(() => {
    const item = getEvidence(ctx, evidenceId);
    const id = controlId.trim().toUpperCase();
    if (!item.controlIds.includes(id)) throw new AppError('not_found', `Evidence "${item.originalName}" is not linked to ${id}.`);
    if (item.controlIds.length === 1) {
      throw new AppError('last_control', `${id} is the only control "${item.originalName}" supports; remove the evidence instead.`);
    }
    deleteEvidenceLink(ctx.db, evidenceId, id);
    return getEvidence(ctx, evidenceId);
  })();
}

function isReadOnlyReview(error: unknown): boolean {
  return error instanceof Error && /completed review is read-only/.test(error.message);
}

/**
 * Removes evidence from one control, or from all of them when none is named. The item goes with its last
 * control; the stored file goes only when no evidence item refers to its content any more.
 */
export function removeEvidence(ctx: ServiceContext, storeDir: string, evidenceId: string, controlId?: string): Promise<EvidenceRemoval> {
  return serialised(storeDir, async () => {
    let outcome: { sha256: string; itemRemoved: boolean; fileUnused: boolean };
    try {
      outcome = ctx.db.transaction(() => {
        const item = getEvidence(ctx, evidenceId);
        let itemRemoved = true;
        if (controlId !== undefined) {
          const id = controlId.trim().toUpperCase();
          if (!deleteEvidenceLink(ctx.db, evidenceId, id)) {
            throw new AppError('not_found', `Evidence "${item.originalName}" is not linked to ${id}.`);
          }
          itemRemoved = countLinks(ctx.db, evidenceId) === 0;
        }
        if (itemRemoved) deleteEvidenceItem(ctx.db, evidenceId);
        const fileUnused = itemRemoved && countItemsUsingFile(ctx.db, item.sha256) === 0;
        if (fileUnused) deleteEvidenceFileRow(ctx.db, item.sha256);
        return { sha256: item.sha256, itemRemoved, fileUnused };
      })();
    } catch (error) {
      if (!isReadOnlyReview(error)) throw error;
      throw new AppError('evidence_in_review', `Evidence ${evidenceId} is cited by a completed review, which is read-only; it was kept.`);
    }
    if (outcome.fileUnused) {
      const cipher = evidenceCipherOf(ctx.db);
      await removeFile(storeDir, outcome.sha256, cipher).catch((error: unknown) => {
        const stored = storedFilePath(storeDir, outcome.sha256, cipher);
        throw fsError(
          'store_unwritable',
          `The evidence was removed from the workspace, but its stored file ${stored} could not be deleted`,
          error,
          stored,
        );
      });
    }
    return { itemRemoved: outcome.itemRemoved, fileRemoved: outcome.fileUnused };
  });
}

/** Records how many events a per-event control had so far, and how many of them are evidenced. */
export function setPopulation(ctx: ServiceContext, assessmentId: string, controlId: string, population: number, evidenced: number): ControlPopulation {
  validatePopulation(population, evidenced);
  return ctx.db.transaction(() => {
    const control = getControl(ctx, assessmentId, controlId.trim().toUpperCase());
    if (control.frequency !== 'per_event') {
      throw new AppError(
        'invalid_input',
        `${control.controlId} runs ${control.frequency.replace('_', ' ')}, not per event: a population applies only to per-event controls.`,
      );
    }
    const value = { controlId: control.controlId, population, evidenced };
    upsertPopulation(ctx.db, assessmentId, value, ctx.now().toISOString());
    return value;
  })();
}

/** Re-hashes every stored file behind the evidence of one assessment (or of the whole workspace). */
export async function verifyEvidence(ctx: ServiceContext, storeDir: string, assessmentId?: string): Promise<EvidenceVerification> {
  const items = assessmentId === undefined ? listAllEvidence(ctx.db) : listEvidenceOf(ctx, assessmentId);
  const statuses = await verifyStore(storeDir, items, evidenceCipherOf(ctx.db));
  const checks: EvidenceCheck[] = items.map((item) => ({
    evidenceId: item.id,
    assessmentId: item.assessmentId,
    originalName: item.originalName,
    controlIds: item.controlIds,
    sha256: item.sha256,
    size: item.size,
    status: statuses.get(item.sha256) ?? 'missing',
  }));
  const count = (status: EvidenceCheck['status']) => checks.filter((c) => c.status === status).length;
  return { items: checks, summary: { total: checks.length, ok: count('ok'), modified: count('modified'), missing: count('missing') } };
}

import { z } from 'zod';
import { EVIDENCE_KINDS, type EvidenceKind, type IsoDate } from './domain';
import { isIsoDate } from './dates';
import { LIMITS } from './assessment-input';

/** Bounds on evidence input, so that a hostile or mistaken request stays small. */
export const EVIDENCE_LIMITS = {
  filesPerAdd: 200,
  controlsPerItem: 100,
  sourceSystem: 200,
  collectedBy: 120,
  notes: LIMITS.notes,
  path: 4096,
  population: 10_000_000,
} as const;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (for example 2026-09-01)' });
const controlId = z.string().trim().min(1).max(40);

/** Absolute on POSIX (`/…`) or Windows (`C:\…`, `\\server\share\…`); the handler checks the file itself. */
export function looksAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export const evidencePathSchema = z
  .string()
  .min(1)
  .max(EVIDENCE_LIMITS.path)
  .refine((p) => !p.includes('\0'), { message: 'must not contain NUL characters' })
  .refine(looksAbsolute, { message: 'must be an absolute path' });

/** What describes an evidence item, whatever file it comes from. */
export const evidenceMetaSchema = z.strictObject({
  controlIds: z
    .array(controlId)
    .min(1, 'must name at least one control')
    .max(EVIDENCE_LIMITS.controlsPerItem, `must name at most ${EVIDENCE_LIMITS.controlsPerItem} controls`),
  kind: z.enum(EVIDENCE_KINDS, { message: `must be one of ${EVIDENCE_KINDS.join(', ')}` }),
  sourceSystem: z.string().trim().max(EVIDENCE_LIMITS.sourceSystem, `must be at most ${EVIDENCE_LIMITS.sourceSystem} characters`).default(''),
  collectedBy: z.string().trim().max(EVIDENCE_LIMITS.collectedBy, `must be at most ${EVIDENCE_LIMITS.collectedBy} characters`).default(''),
  /** Defaults to today. */
  collectedAt: isoDate.optional(),
  periodFrom: isoDate,
  /** Defaults to periodFrom: a point-in-time item. */
  periodTo: isoDate.optional(),
  notes: z.string().max(EVIDENCE_LIMITS.notes, `must be at most ${EVIDENCE_LIMITS.notes} characters`).default(''),
});
export type EvidenceMetaInput = z.input<typeof evidenceMetaSchema>;

export const evidenceAddSchema = evidenceMetaSchema.extend({
  assessmentId: z.string().min(1).max(64),
  filePaths: z
    .array(evidencePathSchema)
    .min(1, 'must list at least one file')
    .max(EVIDENCE_LIMITS.filesPerAdd, `must list at most ${EVIDENCE_LIMITS.filesPerAdd} files per request`),
});
export type EvidenceAddInput = z.input<typeof evidenceAddSchema>;

export const populationSchema = z.strictObject({
  assessmentId: z.string().min(1).max(64),
  controlId,
  population: z.number().int().min(0).max(EVIDENCE_LIMITS.population),
  evidenced: z.number().int().min(0).max(EVIDENCE_LIMITS.population),
});

/** Normalised metadata, as stored. */
export interface EvidenceMeta {
  controlIds: string[];
  kind: EvidenceKind;
  sourceSystem: string;
  collectedBy: string;
  collectedAt: IsoDate;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  notes: string;
}

export type EvidenceFileStatus = 'ok' | 'modified' | 'missing';

export interface EvidenceCheck {
  evidenceId: string;
  assessmentId: string;
  originalName: string;
  controlIds: string[];
  /** The hash recorded when the file was added. */
  sha256: string;
  size: number;
  status: EvidenceFileStatus;
}

export interface EvidenceVerification {
  items: EvidenceCheck[];
  summary: { total: number; ok: number; modified: number; missing: number };
}

export interface EvidenceRemoval {
  /** The item itself went (its last control was unlinked, or no control was named). */
  itemRemoved: boolean;
  /** The stored file went too: no evidence item refers to its content any more. */
  fileRemoved: boolean;
}

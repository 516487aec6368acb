import { z } from 'zod';
import { MAX_ENTRY_NAME } from './paths';

/**
 * The evidence package (a zip for the auditor): its manifest, and the result of checking a package
 * against it (`fieldwork package verify`).
 */

export const PACKAGE_FORMAT = 'fieldwork-evidence-package/1';
export const PACKAGE_MANIFEST = 'manifest.json';

export const PACKAGE_ROLES = [
  'report',
  'control-matrix',
  'oscal-assessment-results',
  'oscal-poam',
  'evidence',
] as const;
export type PackageRole = (typeof PACKAGE_ROLES)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const packageFileSchema = z.strictObject({
  path: z.string().min(1).max(MAX_ENTRY_NAME),
  sha256,
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  role: z.enum(PACKAGE_ROLES),
  mediaType: z.string().min(1).max(100),
  /** Evidence only: the controls the file supports, and its name and ids in the workspace. */
  controls: z.array(z.string().min(1).max(40)).max(10_000).optional(),
  originalNames: z.array(z.string().min(1).max(1_000)).max(10_000).optional(),
  evidenceIds: z.array(z.string().min(1).max(64)).max(10_000).optional(),
});
export type PackageFile = z.infer<typeof packageFileSchema>;

export const packageManifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  createdAt: z.string().min(10).max(40),
  generator: z.string().min(1).max(200),
  assessment: z.strictObject({
    id: z.string().min(1).max(64),
    organisation: z.string().max(200),
    systemName: z.string().max(200),
    reportType: z.enum(['I', 'II']),
  }),
  files: z.array(packageFileSchema).max(200_000),
  /** What the package leaves out and why (e.g. no remediation plan, so no POA&M). */
  notes: z.array(z.string().max(1_000)).max(50),
});
export type PackageManifest = z.infer<typeof packageManifestSchema>;

export const PACKAGE_FILE_STATUSES = [
  'ok',
  'changed',
  'missing',
  'extra',
  'unsafe',
  'duplicate',
  'too_large',
  'damaged',
] as const;
export type PackageFileStatus = (typeof PACKAGE_FILE_STATUSES)[number];

export interface PackageFileCheck {
  path: string;
  status: PackageFileStatus;
  message: string;
  expectedSha256?: string;
  actualSha256?: string;
  expectedSize?: number;
  actualSize?: number;
}

export interface PackageVerification {
  path: string;
  ok: boolean;
  manifest: Pick<PackageManifest, 'format' | 'createdAt' | 'generator' | 'assessment'> | null;
  files: PackageFileCheck[];
  /** Problems with the package as a whole (no manifest, unreadable, a limit crossed). */
  problems: string[];
  summary: Record<PackageFileStatus, number>;
}

export interface PackageBuildSummary {
  path: string;
  files: number;
  evidenceFiles: number;
  notes: string[];
}

import { z } from 'zod';
import type { PackageBuildSummary, PackageVerification } from '../interchange/package';
import {
  DUPLICATE_CHOICES,
  type PortableExportSummary,
  type PortableImportResult,
  type PortablePreview,
} from '../interchange/portable';

/**
 * The interchange channels (OSCAL export, evidence package, portable assessments), spread into the one IPC
 * contract in contract.ts. File paths never come from the page: main asks the user with its own dialogs,
 * and a file chosen for import is referred to by the token `portable:chooseFile` returned.
 */

const id = z.string().min(1).max(64);
const token = z.string().uuid();
/** Passphrases travel only from the page to main, and are never stored or logged. */
const passphrase = z.string().min(1).max(1024);

function out<T>(): T {
  return undefined as T;
}

export const OSCAL_KINDS = ['assessment-results', 'poam'] as const;
export type OscalKind = (typeof OSCAL_KINDS)[number];

export interface ChosenFile {
  token: string;
  /** The file's name (not its folder), to show. */
  name: string;
}

export const interchangeContract = {
  'oscal:export': {
    input: z.strictObject({ assessmentId: id, kind: z.enum(OSCAL_KINDS) }),
    output: out<{ path: string } | null>(),
  },
  'package:build': {
    input: z.strictObject({ assessmentId: id, lang: z.enum(['en', 'fr']).default('en') }),
    output: out<PackageBuildSummary | null>(),
  },
  'package:verify': { input: z.strictObject({}), output: out<PackageVerification | null>() },
  'portable:export': {
    input: z.strictObject({ assessmentId: id, passphrase: passphrase.optional() }),
    output: out<PortableExportSummary | null>(),
  },
  'portable:chooseFile': { input: z.strictObject({}), output: out<ChosenFile | null>() },
  'portable:inspect': {
    input: z.strictObject({ token, passphrase: passphrase.optional() }),
    output: out<PortablePreview>(),
  },
  'portable:import': {
    input: z.strictObject({
      token,
      passphrase: passphrase.optional(),
      onDuplicate: z.enum(DUPLICATE_CHOICES).optional(),
    }),
    output: out<PortableImportResult>(),
  },
};

export type InterchangeChannel = keyof typeof interchangeContract;

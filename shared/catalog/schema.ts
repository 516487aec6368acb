import { z } from 'zod';
import {
  CATEGORY_KEYS,
  CONTROL_TYPES,
  EVIDENCE_KINDS,
  FREQUENCIES,
  OWNER_FUNCTIONS,
  PIPELINE_STAGES,
  TEST_METHODS,
} from '../domain';
import { CRITERION_IDS } from './criteria-ids';
import { ISO42001_ANNEX_A_IDS, NIST_AI_RMF_IDS } from './frameworks';
import { TOPICS } from './topics';

/**
 * The catalog data format (assets/catalog/*.json). Criteria and controls ship as separate files so the
 * data can be reviewed by area; `loadCatalog` joins them and `validateCatalog` checks the whole.
 */

const text = z.string().trim().min(1);
/** A text in both shipped languages. */
export const localisedSchema = z.strictObject({ en: text, fr: text });
export type Localised = z.infer<typeof localisedSchema>;

export const criterionSchema = z.strictObject({
  id: z.enum(CRITERION_IDS as [string, ...string[]]),
  category: z.enum(CATEGORY_KEYS),
  group: z.string().regex(/^(CC[1-9]|A1|PI1|C1|P[1-8])$/),
  /** Our own short title. Never AICPA wording. */
  title: localisedSchema,
  /** Our own one-to-two-sentence paraphrase. Never AICPA wording. */
  summary: localisedSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const suggestedEvidenceSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  description: localisedSchema,
  /** Example source systems, e.g. "MLflow model registry audit log", "GitHub Actions run history". */
  sources: z.array(text).min(1),
});

export const testStepSchema = z.strictObject({
  method: z.enum(TEST_METHODS),
  description: localisedSchema,
});

export const CONTROL_ID_PATTERN = /^[A-Z]{2,4}(-[A-Z]{2,5})?-\d{2}$/;

export const catalogControlSchema = z.strictObject({
  id: z.string().regex(CONTROL_ID_PATTERN),
  title: localisedSchema,
  /** What "implemented" means: the state an auditor would accept. */
  description: localisedSchema,
  aiSpecific: z.boolean(),
  stage: z.enum(PIPELINE_STAGES),
  criteria: z.array(z.enum(CRITERION_IDS as [string, ...string[]])).min(1),
  frequency: z.enum(FREQUENCIES),
  type: z.enum(CONTROL_TYPES),
  ownerFunction: z.enum(OWNER_FUNCTIONS),
  keyDefault: z.boolean(),
  tags: z.array(z.enum(TOPICS)).min(1),
  evidence: z.array(suggestedEvidenceSchema).min(1),
  testProcedure: z.array(testStepSchema).min(1),
  pitfalls: z.array(localisedSchema).min(1),
  iso42001: z.array(z.enum(ISO42001_ANNEX_A_IDS)),
  nistAiRmf: z.array(z.enum(NIST_AI_RMF_IDS as [string, ...string[]])),
});
export type CatalogControl = z.infer<typeof catalogControlSchema>;

export const criteriaFileSchema = z.strictObject({
  criteria: z.array(criterionSchema),
});

export const controlsFileSchema = z.strictObject({
  area: text,
  controls: z.array(catalogControlSchema),
});

export const catalogManifestSchema = z.strictObject({
  /** Semantic version of the catalog data; bumped whenever shipped controls change. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Control ids that earlier versions shipped and this one retired. */
  retired: z.array(z.string()),
});

export interface Catalog {
  version: string;
  released: string;
  retired: string[];
  criteria: Criterion[];
  controls: CatalogControl[];
}

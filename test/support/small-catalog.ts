import {
  catalogControlSchema,
  catalogManifestSchema,
  criterionSchema,
  type Catalog,
  type CatalogControl,
} from '../../shared/catalog/schema';
import { CRITERION_REFS } from '../../shared/catalog/criteria-ids';
import { validateCatalog } from '../../shared/catalog/validate';
import type { FREQUENCIES, OWNER_FUNCTIONS, PIPELINE_STAGES } from '../../shared/domain';

/**
 * A small catalog for service tests, independent of the shipped catalog content: all 61 criteria with
 * placeholder texts, and six controls over CC and A1 criteria. Every record passes the catalog schema.
 */

function both(text: string) {
  return { en: text, fr: `${text} (fr)` };
}

interface ControlSeed {
  id: string;
  criteria: string[];
  keyDefault: boolean;
  ownerFunction: (typeof OWNER_FUNCTIONS)[number];
  stage: (typeof PIPELINE_STAGES)[number];
  frequency: (typeof FREQUENCIES)[number];
}

/** Catalog order. Security-only scope takes the four with a CC criterion; Availability adds the two A1-only ones. */
export const SMALL_CONTROL_SEEDS: readonly ControlSeed[] = [
  { id: 'SEC-GOV-01', criteria: ['CC1.1'], keyDefault: false, ownerFunction: 'compliance', stage: 'organisation_wide', frequency: 'annually' },
  { id: 'SEC-AC-01', criteria: ['CC6.1', 'CC6.2'], keyDefault: true, ownerFunction: 'security', stage: 'organisation_wide', frequency: 'quarterly' },
  { id: 'AVL-CAP-01', criteria: ['A1.1'], keyDefault: false, ownerFunction: 'engineering', stage: 'inference_serving', frequency: 'monthly' },
  { id: 'AI-REG-01', criteria: ['CC8.1', 'A1.2'], keyDefault: true, ownerFunction: 'data_science', stage: 'model_registry', frequency: 'per_event' },
  { id: 'SEC-CM-01', criteria: ['CC8.1'], keyDefault: false, ownerFunction: 'engineering', stage: 'deployment', frequency: 'per_event' },
  { id: 'AVL-BK-01', criteria: ['A1.2', 'A1.3'], keyDefault: true, ownerFunction: 'engineering', stage: 'model_registry', frequency: 'daily' },
];

function buildControl(seed: ControlSeed): CatalogControl {
  return catalogControlSchema.parse({
    id: seed.id,
    title: both(`Control ${seed.id}`),
    description: both(`What implemented means for ${seed.id}.`),
    aiSpecific: seed.id.startsWith('AI-'),
    stage: seed.stage,
    criteria: seed.criteria,
    frequency: seed.frequency,
    type: 'preventive',
    ownerFunction: seed.ownerFunction,
    keyDefault: seed.keyDefault,
    tags: ['governance'],
    evidence: [{ kind: 'policy', description: both('A signed policy.'), sources: ['Policy repository'] }],
    testProcedure: [{ method: 'inspection', description: both('Inspect the policy.') }],
    pitfalls: [both('The policy is out of date.')],
    iso42001: [],
    nistAiRmf: [],
  });
}

export function smallCatalog(): Catalog {
  const meta = catalogManifestSchema.parse({ version: '0.9.0', released: '2026-11-01', retired: [] });
  const criteria = CRITERION_REFS.map((ref) =>
    criterionSchema.parse({
      id: ref.id,
      category: ref.category,
      group: ref.group,
      title: both(`Criterion ${ref.id}`),
      summary: both(`Placeholder summary of ${ref.id}.`),
    }),
  );
  const catalog: Catalog = { ...meta, criteria, controls: SMALL_CONTROL_SEEDS.map(buildControl) };
  const problems = validateCatalog(catalog);
  if (problems.length > 0) throw new Error(`small test catalog is inconsistent: ${problems.join('; ')}`);
  return catalog;
}

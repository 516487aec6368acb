import type { CategoryKey } from '../domain';

/** The 61 Trust Services Criteria identifiers (2017 TSC, revised points of focus 2022). IDs only. */
const SHAPE: ReadonlyArray<readonly [CategoryKey, string, number]> = [
  ['security', 'CC1', 5],
  ['security', 'CC2', 3],
  ['security', 'CC3', 4],
  ['security', 'CC4', 2],
  ['security', 'CC5', 3],
  ['security', 'CC6', 8],
  ['security', 'CC7', 5],
  ['security', 'CC8', 1],
  ['security', 'CC9', 2],
  ['availability', 'A1', 3],
  ['processing-integrity', 'PI1', 5],
  ['confidentiality', 'C1', 2],
  ['privacy', 'P1', 1],
  ['privacy', 'P2', 1],
  ['privacy', 'P3', 2],
  ['privacy', 'P4', 3],
  ['privacy', 'P5', 2],
  ['privacy', 'P6', 7],
  ['privacy', 'P7', 1],
  ['privacy', 'P8', 1],
];

export interface CriterionRef {
  id: string;
  group: string;
  category: CategoryKey;
}

export const CRITERION_REFS: readonly CriterionRef[] = SHAPE.flatMap(([category, group, count]) =>
  Array.from({ length: count }, (_, i) => ({ id: `${group}.${i + 1}`, group, category })),
);

export const CRITERION_IDS: readonly string[] = CRITERION_REFS.map((c) => c.id);

const CATEGORY_BY_ID = new Map(CRITERION_REFS.map((c) => [c.id, c.category]));

export function categoryOfCriterion(id: string): CategoryKey | undefined {
  return CATEGORY_BY_ID.get(id);
}

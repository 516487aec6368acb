import type { Catalog } from './schema';
import { CRITERION_IDS } from './criteria-ids';

/** Whole-catalog checks that a per-record schema cannot express. Returns human-readable problems. */
export function validateCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  const criterionIds = catalog.criteria.map((c) => c.id);
  const seenCriteria = new Set(criterionIds);
  if (seenCriteria.size !== criterionIds.length) problems.push('duplicate criterion ids');
  for (const id of CRITERION_IDS) {
    if (!seenCriteria.has(id)) problems.push(`criterion ${id} missing`);
  }
  const seenControls = new Set<string>();
  for (const control of catalog.controls) {
    if (seenControls.has(control.id)) problems.push(`duplicate control id ${control.id}`);
    seenControls.add(control.id);
  }
  for (const id of catalog.retired) {
    if (seenControls.has(id)) problems.push(`control ${id} is both shipped and retired`);
  }
  return problems;
}

/** How many catalog controls map to each criterion. */
export function coverageByCriterion(catalog: Catalog): Map<string, string[]> {
  const map = new Map<string, string[]>(catalog.criteria.map((c) => [c.id, []]));
  for (const control of catalog.controls) {
    for (const criterionId of control.criteria) map.get(criterionId)?.push(control.id);
  }
  return map;
}

import { CONTROL_STATUSES, type CategoryKey, type ControlStatus } from '../domain';
import { CRITERION_REFS } from '../catalog/criteria-ids';
import {
  SCORING_METHOD,
  type CategoryScore,
  type ControlScore,
  type CriterionScore,
  type ScoreResult,
  type ScoringControl,
  type ScoringInput,
  type StatusCounts,
} from './types';

/** Design value of a status; null means the control is excluded (not applicable). */
export const DESIGN_VALUE: Record<ControlStatus, number | null> = {
  implemented: 1,
  partial: 0.5,
  not_implemented: 0,
  not_assessed: 0,
  not_applicable: null,
};

export const KEY_WEIGHT = 2;
export const STANDARD_WEIGHT = 1;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function scoreControl(control: ScoringControl, inScope: ReadonlySet<string>, measureOperating: boolean): ControlScore {
  const design = DESIGN_VALUE[control.status];
  const coverage = measureOperating ? (control.coverage ?? 0) : null;
  const operating =
    design === null || coverage === null ? null : design * coverage * (control.samplePassRate ?? 1);
  return {
    id: control.id,
    status: control.status,
    key: control.isKey,
    weight: control.isKey ? KEY_WEIGHT : STANDARD_WEIGHT,
    applicable: design !== null,
    design,
    coverage,
    samplePassRate: measureOperating ? (control.samplePassRate ?? null) : null,
    operating,
    criteria: [...new Set(control.criteria)].filter((c) => inScope.has(c)),
  };
}

function weightedMean(controls: readonly ControlScore[], figure: 'design' | 'operating'): number {
  let sum = 0;
  let weights = 0;
  for (const c of controls) {
    sum += c.weight * (c[figure] ?? 0);
    weights += c.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/**
 * Readiness of one assessment, deterministic and documented (README "Scoring", the app's
 * methodology panel, the report's appendix):
 * - a control's design value is implemented 1, partial 0.5, not implemented 0, not assessed 0; N/A excluded;
 * - key controls weigh 2, others 1;
 * - a criterion scores the weighted mean of its applicable mapped controls, or 0 (unaddressed) when it has none;
 * - a category scores the plain mean of its criteria; overall is the plain mean of all in-scope criteria;
 * - Type II: a control's operating value is design × evidence coverage (shared/coverage) × sample pass rate
 *   of the latest review (1 while none of its items is tested), averaged the same way.
 */
export function scoreAssessment(input: ScoringInput): ScoreResult {
  const scope = new Set<CategoryKey>(input.categories);
  const criteriaInScope = CRITERION_REFS.filter((c) => scope.has(c.category));
  const inScopeIds = new Set(criteriaInScope.map((c) => c.id));
  const measure = input.measureOperating;

  const controls = input.controls.map((c) => scoreControl(c, inScopeIds, measure));
  const byCriterion = new Map<string, ControlScore[]>(criteriaInScope.map((c) => [c.id, []]));
  for (const control of controls) {
    for (const id of control.criteria) byCriterion.get(id)?.push(control);
  }

  const criteria: CriterionScore[] = criteriaInScope.map((ref) => {
    const mapped = byCriterion.get(ref.id) ?? [];
    const applicable = mapped.filter((c) => c.applicable);
    return {
      id: ref.id,
      category: ref.category,
      group: ref.group,
      design: weightedMean(applicable, 'design'),
      operating: measure ? weightedMean(applicable, 'operating') : null,
      unaddressed: applicable.length === 0,
      controls: applicable.map((c) => c.id),
      excluded: mapped.filter((c) => !c.applicable).map((c) => c.id),
      weight: applicable.reduce((a, c) => a + c.weight, 0),
    };
  });

  const categories: CategoryScore[] = input.categories.map((category) => {
    const own = criteria.filter((c) => c.category === category);
    const ownIds = new Set(own.map((c) => c.id));
    const members = controls.filter((c) => c.criteria.some((id) => ownIds.has(id)));
    return {
      id: category,
      design: mean(own.map((c) => c.design)),
      operating: measure ? mean(own.map((c) => c.operating ?? 0)) : null,
      criteria: own.length,
      unaddressedCriteria: own.filter((c) => c.unaddressed).length,
      ...countControls(members),
    };
  });

  return {
    method: SCORING_METHOD,
    assessmentId: input.assessmentId,
    overall: {
      id: 'overall',
      design: mean(criteria.map((c) => c.design)),
      operating: measure ? mean(criteria.map((c) => c.operating ?? 0)) : null,
      criteria: criteria.length,
      unaddressedCriteria: criteria.filter((c) => c.unaddressed).length,
      ...countControls(controls.filter((c) => c.criteria.length > 0)),
    },
    categories,
    criteria,
    controls,
  };
}

function countControls(controls: readonly ControlScore[]) {
  const controlsByStatus = emptyCounts();
  for (const c of controls) controlsByStatus[c.status] += 1;
  return {
    controls: controls.length,
    controlsByStatus,
    unassessedControls: controlsByStatus.not_assessed,
  };
}

import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoreResult, ScoringControl } from '../../shared/scoring/types';
import type { Assessment, ControlStatus } from '../../shared/domain';
import { listControls } from '../db/controls';
import { findLatestReview, samplePassRates } from '../db/reviews';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { coverageFor, measuresOperating, resolveAsOf } from './coverage';

/**
 * Readiness of one assessment. Type II assessments also get the operating figure, measured as of `asOf`
 * (default today, capped at the window end): each control's evidence coverage (shared/coverage) and its
 * sample pass rate from the latest review held on or before that date, when any of its items was tested.
 */
export function scoreOf(ctx: ServiceContext, assessmentId: string, asOf?: string): ScoreResult {
  const assessment = getAssessment(ctx, assessmentId);
  const controls = listControls(ctx.db, assessmentId);
  const base = controls.map((c) => ({ id: c.controlId, status: c.status, isKey: c.isKey, criteria: c.criteria }));
  if (!measuresOperating(assessment)) {
    return scoreAssessment({ assessmentId, categories: assessment.categories, controls: base, measureOperating: false });
  }
  const date = resolveAsOf(ctx, assessment, asOf);
  const coverage = new Map(coverageFor(ctx, assessment, date, controls).map((c) => [c.controlId, c.coverage]));
  const review = findLatestReview(ctx.db, assessmentId, date);
  const passRates = review ? samplePassRates(ctx.db, review.id) : new Map<string, number>();
  const result = scoreAssessment({
    assessmentId,
    categories: assessment.categories,
    controls: base.map((c) => ({ ...c, coverage: coverage.get(c.id) ?? 0, samplePassRate: passRates.get(c.id) ?? null })),
    measureOperating: true,
  });
  return { ...result, asOf: date };
}

/**
 * Overall design readiness and checklist size of every assessment, for the assessment list: one query
 * over all checklists instead of a full score per assessment.
 */
export function designSummaries(ctx: ServiceContext, assessments: readonly Assessment[]): Map<string, { design: number; controlCount: number }> {
  const rows = ctx.db
    .prepare('SELECT assessment_id AS a, control_id AS id, status, is_key AS k, criteria FROM assessment_controls')
    .all() as Array<{ a: string; id: string; status: ControlStatus; k: number; criteria: string }>;
  const byAssessment = new Map<string, ScoringControl[]>();
  for (const row of rows) {
    const list = byAssessment.get(row.a) ?? [];
    list.push({ id: row.id, status: row.status, isKey: row.k === 1, criteria: JSON.parse(row.criteria) as string[] });
    byAssessment.set(row.a, list);
  }
  return new Map(
    assessments.map((assessment) => {
      const score = scoreAssessment({
        assessmentId: assessment.id,
        categories: assessment.categories,
        controls: byAssessment.get(assessment.id) ?? [],
        measureOperating: false,
      });
      return [assessment.id, { design: score.overall.design, controlCount: score.controls.length }];
    }),
  );
}

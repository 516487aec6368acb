import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoreResult } from '../../shared/scoring/types';
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

import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoreResult } from '../../shared/scoring/types';
import { listControls } from '../db/controls';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';

/** Design readiness of one assessment; the Type II operating figure joins when evidence is tracked. */
export function scoreOf(ctx: ServiceContext, assessmentId: string): ScoreResult {
  const assessment = getAssessment(ctx, assessmentId);
  const controls = listControls(ctx.db, assessmentId);
  return scoreAssessment({
    assessmentId,
    categories: assessment.categories,
    controls: controls.map((c) => ({ id: c.controlId, status: c.status, isKey: c.isKey, criteria: c.criteria })),
    measureOperating: false,
  });
}

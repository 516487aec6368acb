import { assessmentCoverage, type ControlCoverageEntry, type CoverageReport } from '../../shared/coverage/assessment';
import { COVERAGE_METHOD } from '../../shared/coverage/coverage';
import { compareDates, isIsoDate, isoDateOf } from '../../shared/dates';
import type { Assessment, AssessmentControl, IsoDate } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { listControls } from '../db/controls';
import { listCoverageEvidence } from '../db/coverage';
import { listPopulations } from '../db/evidence';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';

/** Type II with a window: the only assessments whose operating effectiveness is measured. */
export function measuresOperating(assessment: Assessment): assessment is Assessment & { windowStart: IsoDate } {
  return assessment.reportType === 'II' && assessment.windowStart !== null;
}

/** The as-of date of a measurement: the date given (checked) or today, capped at the window end. */
export function resolveAsOf(ctx: ServiceContext, assessment: Assessment, asOf?: string): IsoDate {
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new AppError('invalid_input', `The as-of date must be a real date written YYYY-MM-DD (got "${asOf}").`);
  }
  const date = asOf ?? isoDateOf(ctx.now());
  return assessment.windowEnd && compareDates(date, assessment.windowEnd) > 0 ? assessment.windowEnd : date;
}

/** Coverage of the given controls (default: the whole checklist) from the evidence store. */
export function coverageFor(
  ctx: ServiceContext,
  assessment: Assessment & { windowStart: IsoDate },
  asOf: IsoDate,
  controls: readonly AssessmentControl[] = listControls(ctx.db, assessment.id),
): ControlCoverageEntry[] {
  return assessmentCoverage({
    windowStart: assessment.windowStart,
    windowEnd: assessment.windowEnd,
    asOf,
    controls: controls.map((c) => ({ id: c.controlId, frequency: c.frequency })),
    evidence: listCoverageEvidence(ctx.db, assessment.id),
    populations: listPopulations(ctx.db, assessment.id),
  });
}

/** Per-control coverage details (channel 'coverage:get'). */
export function coverageOf(ctx: ServiceContext, assessmentId: string, asOf?: string): CoverageReport {
  const assessment = getAssessment(ctx, assessmentId);
  const date = resolveAsOf(ctx, assessment, asOf);
  return {
    method: COVERAGE_METHOD,
    assessmentId,
    measured: measuresOperating(assessment),
    windowStart: assessment.windowStart,
    windowEnd: assessment.windowEnd,
    asOf: date,
    controls: measuresOperating(assessment) ? coverageFor(ctx, assessment, date) : [],
  };
}

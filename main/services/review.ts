import { randomBytes, randomUUID } from 'node:crypto';
import { daysBetween, defaultReviewDate, isoDateOf } from '../../shared/dates';
import { AppError } from '../../shared/ipc/result';
import type { ReviewPlan, ReviewView } from '../../shared/review/types';
import { planControlSample, type ControlSamplePlan } from '../../shared/sampling/draw';
import { DEFAULT_SAMPLE_SIZES, sampleSizeTableSchema, type SampleSizeSettings } from '../../shared/sampling/sizes';
import type { SnapshotSummary } from '../../shared/snapshots/types';
import { listControls } from '../db/controls';
import { findEvidence, listPopulations } from '../db/evidence';
import { findOpenReview, findLatestReview, findSample, insertReview, insertSample, markReviewCompleted, updateSampleResult } from '../db/reviews';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { getAssessment } from './assessments';
import { inScopeCriteria } from './catalog-versions';
import type { ServiceContext } from './context';
import { resolveAsOf } from './coverage';
import { buildReviewView, getReview, reviewStatus } from './review-view';
import { freezeSnapshot } from './snapshots';

export { reviewStatus };

export const SAMPLE_SIZES_KEY = 'sample_sizes';
export const REVIEW_SNAPSHOT_LABEL = 'Day-60 review';

export function getSampleSizes(ctx: ServiceContext): SampleSizeSettings {
  const stored = readSetting(ctx.db, SAMPLE_SIZES_KEY);
  if (stored === undefined) return { sizes: DEFAULT_SAMPLE_SIZES, defaults: DEFAULT_SAMPLE_SIZES, custom: false };
  const parsed = sampleSizeTableSchema.safeParse(stored);
  if (!parsed.success) {
    throw new AppError('settings_invalid', 'The sample-size table stored in this workspace is not valid; reset it to the defaults in Settings.');
  }
  return { sizes: parsed.data, defaults: DEFAULT_SAMPLE_SIZES, custom: true };
}

/** Overrides the sample-size table for new reviews; null restores the defaults. Reviews already started keep theirs. */
export function setSampleSizes(ctx: ServiceContext, sizes: unknown): SampleSizeSettings {
  if (sizes === null) deleteSetting(ctx.db, SAMPLE_SIZES_KEY);
  else writeSetting(ctx.db, SAMPLE_SIZES_KEY, sampleSizeTableSchema.parse(sizes));
  return getSampleSizes(ctx);
}

function withoutItems(plan: ControlSamplePlan): Omit<ControlSamplePlan, 'items'> {
  const { frequency, population, elapsedDays, windowDays, size, base, prorated, reason } = plan;
  return { frequency, population, elapsedDays, windowDays, size, base, prorated, reason };
}

/**
 * Opens the day-60 review of a Type II assessment: on or after its review date, one open review at a time.
 * Stores a random seed and the sample-size table in use, and draws the sample of every in-scope control
 * that is not N/A, as of today (capped at the window end).
 */
export function startReview(ctx: ServiceContext, assessmentId: string): ReviewView {
  const assessment = getAssessment(ctx, assessmentId);
  const { windowStart } = assessment;
  if (assessment.reportType !== 'II' || windowStart === null) {
    throw new AppError('review_type_ii_only', 'The day-60 review samples operating effectiveness over the observation window, so it applies to Type II assessments only.');
  }
  const today = isoDateOf(ctx.now());
  const reviewDate = assessment.reviewDate ?? defaultReviewDate(windowStart);
  const daysLeft = daysBetween(today, reviewDate);
  if (daysLeft > 0) {
    throw new AppError(
      'review_not_yet',
      `The day-60 review opens on ${reviewDate}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}: before then too little of the window has elapsed to sample.`,
    );
  }
  const open = findOpenReview(ctx.db, assessmentId);
  if (open) {
    throw new AppError('review_open', `A review started on ${open.startedAt.slice(0, 10)} is still open; complete it before starting another.`);
  }
  const { sizes } = getSampleSizes(ctx);
  const asOf = resolveAsOf(ctx, assessment);
  const seed = randomBytes(16).toString('hex');
  const inScope = inScopeCriteria(assessment);
  const populations = new Map(listPopulations(ctx.db, assessmentId).map((p) => [p.controlId, p.population]));
  const controls = listControls(ctx.db, assessmentId).filter(
    (c) => c.status !== 'not_applicable' && c.criteria.some((id) => inScope.has(id)),
  );
  const draws = controls.map((c) => ({
    controlId: c.controlId,
    plan: planControlSample(sizes, {
      seed,
      controlId: c.controlId,
      frequency: c.frequency,
      windowStart,
      windowEnd: assessment.windowEnd,
      asOf,
      population: populations.get(c.controlId),
    }),
  }));
  const plan: ReviewPlan = {
    sizes,
    windowStart,
    windowEnd: assessment.windowEnd,
    controls: Object.fromEntries(draws.map((d) => [d.controlId, withoutItems(d.plan)])),
  };
  const id = randomUUID();
  const now = ctx.now().toISOString();
  ctx.db.transaction(() => {
    insertReview(ctx.db, { id, assessmentId, asOf, seed, plan, startedAt: now });
    for (const draw of draws) draw.plan.items.forEach((item, i) => insertSample(ctx.db, id, draw.controlId, i + 1, item, now));
  })();
  return reviewStatus(ctx, id);
}

/** The open review of an assessment, else its latest one, else null. */
export function currentReview(ctx: ServiceContext, assessmentId: string): ReviewView | null {
  getAssessment(ctx, assessmentId);
  const review = findOpenReview(ctx.db, assessmentId) ?? findLatestReview(ctx.db, assessmentId);
  return review ? buildReviewView(ctx, review) : null;
}

export interface SampleRecord {
  reviewId: string;
  controlId: string;
  seq: number;
  result: 'passed' | 'exception';
  note?: string | undefined;
  evidenceId?: string | null | undefined;
}

/** Records the test of one sample item; an exception needs a note saying what was wrong. Re-recording replaces it. */
export function recordSample(ctx: ServiceContext, record: SampleRecord): ReviewView {
  const review = getReview(ctx, record.reviewId);
  if (review.status === 'completed') {
    throw new AppError('review_completed', `This review was completed on ${review.completedAt?.slice(0, 10) ?? ''} and is read-only; start a new review to test again.`);
  }
  if (!findSample(ctx.db, review.id, record.controlId, record.seq)) {
    throw new AppError('not_found', `Control ${record.controlId} has no sample item ${record.seq} in this review.`);
  }
  const note = (record.note ?? '').trim();
  if (record.result === 'exception' && note.length === 0) {
    throw new AppError('note_required', `Recording an exception for ${record.controlId} item ${record.seq} needs a note saying what was wrong.`);
  }
  const evidenceId = record.evidenceId ?? null;
  if (evidenceId !== null && findEvidence(ctx.db, evidenceId)?.assessmentId !== review.assessmentId) {
    throw new AppError('not_found', `No evidence item ${evidenceId} in this assessment.`);
  }
  const key = { reviewId: review.id, controlId: record.controlId, seq: record.seq };
  updateSampleResult(ctx.db, key, record.result, note, evidenceId, ctx.now().toISOString());
  return reviewStatus(ctx, review.id);
}

export interface CompletedReview {
  review: ReviewView;
  snapshot: SnapshotSummary;
}

/**
 * Completes a review and, in the same transaction, freezes the "Day-60 review" snapshot as of the
 * review's as-of date. Untested items are refused unless `allowIncomplete` is set, in which case their
 * controls stay concluded "incomplete" (and count no pass rate beyond what was tested).
 */
export function completeReview(ctx: ServiceContext, reviewId: string, options: { allowIncomplete?: boolean } = {}): CompletedReview {
  const review = getReview(ctx, reviewId);
  if (review.status === 'completed') {
    throw new AppError('review_completed', `This review was already completed on ${review.completedAt?.slice(0, 10) ?? ''}.`);
  }
  const view = buildReviewView(ctx, review);
  if (view.totals.untested > 0 && options.allowIncomplete !== true) {
    const controls = view.controls.filter((c) => c.untested > 0).length;
    throw new AppError(
      'review_incomplete',
      `${view.totals.untested} sample item${view.totals.untested === 1 ? '' : 's'} in ${controls} control${controls === 1 ? ' is' : 's are'} still untested. Test them, or complete anyway (allow incomplete): those controls are then concluded "incomplete".`,
    );
  }
  const assessment = getAssessment(ctx, review.assessmentId);
  const snapshot = ctx.db.transaction(() => {
    markReviewCompleted(ctx.db, review.id, ctx.now().toISOString());
    return freezeSnapshot(ctx, assessment, { label: REVIEW_SNAPSHOT_LABEL, asOf: review.asOf, reviewId: review.id });
  })();
  return { review: reviewStatus(ctx, review.id), snapshot };
}

import type { ControlReview, ReviewView } from '../../shared/review/types';
import { concludeSample } from '../../shared/sampling/conclude';
import { AppError } from '../../shared/ipc/result';
import { findReview, listReviewSamples, type Review } from '../db/reviews';
import { findSnapshotOfReview } from '../db/snapshots';
import type { ServiceContext } from './context';

export function getReview(ctx: ServiceContext, reviewId: string): Review {
  const review = findReview(ctx.db, reviewId);
  if (!review) throw new AppError('not_found', `No review with id ${reviewId} in this workspace.`);
  return review;
}

/** A review with each planned control's sample items, results, tally and conclusion, in checklist order. */
export function buildReviewView(ctx: ServiceContext, review: Review): ReviewView {
  const samples = listReviewSamples(ctx.db, review.id);
  const controls: ControlReview[] = Object.entries(review.plan.controls).map(([controlId, plan]) => {
    const items = samples.get(controlId) ?? [];
    return {
      controlId,
      frequency: plan.frequency,
      population: plan.population,
      size: plan.size,
      base: plan.base,
      prorated: plan.prorated,
      reason: plan.reason,
      samples: items,
      ...concludeSample(items.map((s) => s.result)),
    };
  });
  const sum = (pick: (c: ControlReview) => number) => controls.reduce((a, c) => a + pick(c), 0);
  return {
    id: review.id,
    assessmentId: review.assessmentId,
    asOf: review.asOf,
    seed: review.seed,
    status: review.status,
    startedAt: review.startedAt,
    completedAt: review.completedAt,
    sizes: review.plan.sizes,
    controls,
    totals: {
      controls: controls.length,
      items: sum((c) => c.items),
      tested: sum((c) => c.tested),
      passed: sum((c) => c.passed),
      exceptions: sum((c) => c.exceptions),
      untested: sum((c) => c.untested),
    },
    snapshotId: findSnapshotOfReview(ctx.db, review.id) ?? null,
  };
}

export function reviewStatus(ctx: ServiceContext, reviewId: string): ReviewView {
  return buildReviewView(ctx, getReview(ctx, reviewId));
}

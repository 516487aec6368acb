import { randomUUID } from 'node:crypto';
import type { Assessment } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import type { Conclusion } from '../../shared/sampling/conclude';
import { diffSnapshots, type SnapshotDiff } from '../../shared/snapshots/diff';
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotControl, type SnapshotData, type SnapshotSummary } from '../../shared/snapshots/types';
import { listControls } from '../db/controls';
import { findLatestReview, findReview } from '../db/reviews';
import { findSnapshot, insertSnapshot, listSnapshots } from '../db/snapshots';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { coverageFor, measuresOperating, resolveAsOf } from './coverage';
import { buildReviewView } from './review-view';
import { scoreOf } from './score';

export const MAX_LABEL_LENGTH = 120;

export interface FreezeOptions {
  label: string;
  /** Default: today, capped at the window end. */
  asOf?: string;
  /** The review this snapshot closes; its conclusions are frozen. Default: none (the latest review's conclusions are used). */
  reviewId?: string | null;
}

function cleanLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LABEL_LENGTH) {
    throw new AppError('invalid_input', `A snapshot label is 1 to ${MAX_LABEL_LENGTH} characters, e.g. "Baseline" or "Pre-fieldwork".`);
  }
  return trimmed;
}

/**
 * Freezes every figure of an assessment as of a date: scores (design and operating), each control's status,
 * coverage, gaps and review conclusion. Call inside the caller's transaction when it must be atomic with
 * other writes (completing a review).
 */
export function freezeSnapshot(ctx: ServiceContext, assessment: Assessment, options: FreezeOptions): SnapshotSummary {
  const label = cleanLabel(options.label);
  const asOf = resolveAsOf(ctx, assessment, options.asOf);
  const score = scoreOf(ctx, assessment.id, asOf);
  const checklist = listControls(ctx.db, assessment.id);
  const coverage = measuresOperating(assessment)
    ? new Map(coverageFor(ctx, assessment, asOf, checklist).map((c) => [c.controlId, c]))
    : new Map<string, never>();
  const review = options.reviewId ? findReview(ctx.db, options.reviewId) : findLatestReview(ctx.db, assessment.id, asOf);
  const conclusions = new Map<string, Conclusion>(
    review ? buildReviewView(ctx, review).controls.map((c) => [c.controlId, c.conclusion]) : [],
  );
  const byId = new Map(checklist.map((c) => [c.controlId, c]));
  const controls: SnapshotControl[] = score.controls.map((c) => {
    const detail = coverage.get(c.id);
    return {
      id: c.id,
      status: c.status,
      frequency: byId.get(c.id)?.frequency ?? 'annually',
      ownerName: byId.get(c.id)?.ownerName ?? '',
      design: c.design,
      coverage: c.coverage,
      operating: c.operating,
      samplePassRate: c.samplePassRate,
      coverageDetail: detail
        ? { coverage: detail.coverage, expected: detail.expected, evidenced: detail.evidenced, unit: detail.unit, gaps: detail.gaps, pointInTimeOnly: detail.pointInTimeOnly, notes: detail.notes }
        : null,
      conclusion: conclusions.get(c.id) ?? null,
    };
  });
  const { id, organisation, systemName, reportType, categories, windowStart, windowEnd, reviewDate, catalogVersion } = assessment;
  const data: SnapshotData = {
    format: SNAPSHOT_FORMAT,
    assessment: { id, organisation, systemName, reportType, categories, windowStart, windowEnd, reviewDate, catalogVersion },
    asOf,
    reviewId: options.reviewId ?? null,
    score,
    controls,
  };
  const row = {
    id: randomUUID(),
    assessment_id: assessment.id,
    review_id: options.reviewId ?? null,
    label,
    as_of: asOf,
    taken_at: ctx.now().toISOString(),
    data: JSON.stringify(data),
  };
  insertSnapshot(ctx.db, row);
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    reviewId: row.review_id,
    label,
    asOf,
    takenAt: row.taken_at,
    design: score.overall.design,
    operating: score.overall.operating,
  };
}

/** A manual snapshot (baseline, pre-fieldwork…), as of today capped at the window end. */
export function takeSnapshot(ctx: ServiceContext, assessmentId: string, label: string): SnapshotSummary {
  const assessment = getAssessment(ctx, assessmentId);
  return ctx.db.transaction(() => freezeSnapshot(ctx, assessment, { label }))();
}

export function listSnapshotsOf(ctx: ServiceContext, assessmentId: string): SnapshotSummary[] {
  getAssessment(ctx, assessmentId);
  return listSnapshots(ctx.db, assessmentId);
}

export function getSnapshot(ctx: ServiceContext, id: string): Snapshot {
  const snapshot = findSnapshot(ctx.db, id);
  if (!snapshot) throw new AppError('not_found', `No snapshot with id ${id} in this workspace.`);
  return snapshot;
}

/** Changes from snapshot `fromId` to snapshot `toId`, both of the same assessment. */
export function diffSnapshotsOf(ctx: ServiceContext, fromId: string, toId: string): SnapshotDiff {
  const a = getSnapshot(ctx, fromId);
  const b = getSnapshot(ctx, toId);
  if (a.assessmentId !== b.assessmentId) {
    throw new AppError('invalid_input', 'These two snapshots belong to different assessments; compare snapshots of the same assessment.');
  }
  return diffSnapshots(a, b);
}

import { randomUUID } from 'node:crypto';
import { CatalogIndex } from '../../shared/catalog/lookup';
import type { Assessment } from '../../shared/domain';
import { buildAssessmentResults } from '../../shared/oscal/assessment-results';
import type { OscalCommonInput, OscalResultInput, OscalSample } from '../../shared/oscal/input';
import { buildPoam } from '../../shared/oscal/poam';
import type { OscalAssessmentResults, OscalPoam } from '../../shared/oscal/types';
import type { Conclusion } from '../../shared/sampling/conclude';
import type { SnapshotControl } from '../../shared/snapshots/types';
import { listControls } from '../db/controls';
import { listEvidence } from '../db/evidence';
import { listRemediation } from '../db/remediation';
import { findLatestReview, findReview, listReviewSamples, type Review } from '../db/reviews';
import { findSnapshot, listSnapshots } from '../db/snapshots';
import { getAssessment } from '../services/assessments';
import { pinnedCatalog } from '../services/catalog-versions';
import type { ServiceContext } from '../services/context';
import { coverageFor, measuresOperating, resolveAsOf } from '../services/coverage';
import { findingsOf } from '../services/findings';
import { buildReviewView } from '../services/review-view';
import { scoreOf } from '../services/score';

/** Gathers what the pure OSCAL builders (shared/oscal) need from the workspace. */

export interface OscalOptions {
  appVersion: string;
  /** Default crypto.randomUUID (v4). */
  uuid?: () => string;
}

function testedSamples(ctx: ServiceContext, review: Review): OscalSample[] {
  const samples: OscalSample[] = [];
  for (const [controlId, list] of listReviewSamples(ctx.db, review.id)) {
    for (const s of list) {
      if (s.result === 'untested') continue;
      samples.push({
        controlId,
        seq: s.seq,
        item: s.item,
        result: s.result,
        note: s.note,
        evidenceId: s.evidenceId,
        updatedAt: s.updatedAt,
      });
    }
  }
  return samples;
}

/** The assessment as it stands now, computed the way a snapshot freezes it (services/snapshots.ts). */
export function currentResult(ctx: ServiceContext, assessment: Assessment): OscalResultInput {
  const asOf = resolveAsOf(ctx, assessment);
  const score = scoreOf(ctx, assessment.id, asOf);
  const checklist = new Map(listControls(ctx.db, assessment.id).map((c) => [c.controlId, c]));
  const coverage = measuresOperating(assessment)
    ? new Map(coverageFor(ctx, assessment, asOf, [...checklist.values()]).map((c) => [c.controlId, c]))
    : new Map<string, never>();
  const review = findLatestReview(ctx.db, assessment.id, asOf);
  const conclusions = new Map<string, Conclusion>(
    review ? buildReviewView(ctx, review).controls.map((c) => [c.controlId, c.conclusion]) : [],
  );
  const controls: SnapshotControl[] = score.controls.map((c) => {
    const detail = coverage.get(c.id);
    return {
      id: c.id,
      status: c.status,
      frequency: checklist.get(c.id)?.frequency ?? 'annually',
      ownerName: checklist.get(c.id)?.ownerName ?? '',
      design: c.design,
      coverage: c.coverage,
      operating: c.operating,
      samplePassRate: c.samplePassRate,
      coverageDetail: detail
        ? {
            coverage: detail.coverage,
            expected: detail.expected,
            evidenced: detail.evidenced,
            unit: detail.unit,
            gaps: detail.gaps,
            pointInTimeOnly: detail.pointInTimeOnly,
            notes: detail.notes,
          }
        : null,
      conclusion: conclusions.get(c.id) ?? null,
    };
  });
  const now = ctx.now().toISOString();
  return {
    kind: 'current',
    label: 'Current state',
    snapshotId: null,
    reviewId: review?.id ?? null,
    seed: review?.seed ?? null,
    asOf,
    start: now,
    end: null,
    score,
    controls,
    samples: review ? testedSamples(ctx, review) : [],
    evidenceUpTo: now,
  };
}

/** One result per snapshot (a completed review always froze one), oldest first; the current state when there is none. */
export function recordedResults(ctx: ServiceContext, assessment: Assessment): OscalResultInput[] {
  const results: OscalResultInput[] = [];
  for (const summary of listSnapshots(ctx.db, assessment.id)) {
    const snapshot = findSnapshot(ctx.db, summary.id);
    if (!snapshot) continue;
    const review = snapshot.reviewId ? findReview(ctx.db, snapshot.reviewId) : undefined;
    const completed = review?.status === 'completed' ? review : undefined;
    results.push({
      kind: completed ? 'review' : 'snapshot',
      label: snapshot.label,
      snapshotId: snapshot.id,
      reviewId: completed?.id ?? null,
      seed: completed?.seed ?? null,
      asOf: snapshot.asOf,
      start: completed?.startedAt ?? snapshot.takenAt,
      end: completed?.completedAt ?? null,
      score: snapshot.data.score,
      controls: snapshot.data.controls,
      samples: completed ? testedSamples(ctx, completed) : [],
      evidenceUpTo: snapshot.takenAt,
    });
  }
  return results.length > 0 ? results : [currentResult(ctx, assessment)];
}

function commonInput(ctx: ServiceContext, assessment: Assessment, options: OscalOptions): OscalCommonInput {
  const catalog = pinnedCatalog(ctx, assessment);
  const index = new CatalogIndex(catalog);
  return {
    assessment,
    generatedAt: ctx.now().toISOString(),
    appVersion: options.appVersion,
    uuid: options.uuid ?? (() => randomUUID()),
    controls: listControls(ctx.db, assessment.id).map((c) => ({
      id: c.controlId,
      title: index.titleOf(c, 'en'),
      source: c.source,
    })),
    criteria: catalog.criteria.map((c) => ({ id: c.id, title: c.title.en })),
    evidence: listEvidence(ctx.db, assessment.id),
  };
}

export function assessmentResultsOf(
  ctx: ServiceContext,
  assessmentId: string,
  options: OscalOptions,
): OscalAssessmentResults {
  const assessment = getAssessment(ctx, assessmentId);
  return buildAssessmentResults({
    ...commonInput(ctx, assessment, options),
    results: recordedResults(ctx, assessment),
  });
}

export function poamOf(ctx: ServiceContext, assessmentId: string, options: OscalOptions): OscalPoam {
  const assessment = getAssessment(ctx, assessmentId);
  return buildPoam({
    ...commonInput(ctx, assessment, options),
    remediation: listRemediation(ctx.db, assessmentId),
    current: currentResult(ctx, assessment),
    findings: findingsOf(ctx, assessmentId).findings,
  });
}

/** Whether the assessment has a remediation plan to export as a POA&M. */
export function hasRemediationPlan(ctx: ServiceContext, assessmentId: string): boolean {
  return listRemediation(ctx.db, assessmentId).length > 0;
}

import type { Assessment, EvidenceItem, IsoDate } from '../domain';
import type { CriterionScore, ScoreResult } from '../scoring/types';
import type { SnapshotControl } from '../snapshots/types';
import type { ObjectiveState } from './types';

/** What the OSCAL builders are given: plain data gathered from the workspace (main/interchange/oscal-data.ts). */

export interface OscalControlInfo {
  id: string;
  title: string;
  source: 'catalog' | 'custom';
}

export interface OscalCriterionInfo {
  id: string;
  title: string;
}

/** A tested sample item of a review. */
export interface OscalSample {
  controlId: string;
  seq: number;
  item: string;
  result: 'passed' | 'exception';
  note: string;
  evidenceId: string | null;
  updatedAt: string;
}

export type ResultKind = 'review' | 'snapshot' | 'current';

/** One OSCAL `result`: a completed review (with its frozen snapshot), a manual snapshot, or the current state. */
export interface OscalResultInput {
  kind: ResultKind;
  label: string;
  snapshotId: string | null;
  reviewId: string | null;
  seed: string | null;
  asOf: IsoDate;
  /** ISO instants: when the review started (or the snapshot was taken), and when it ended. */
  start: string;
  end: string | null;
  score: ScoreResult;
  controls: readonly SnapshotControl[];
  samples: readonly OscalSample[];
  /** Evidence recorded up to this instant is part of the result. */
  evidenceUpTo: string;
}

export interface OscalCommonInput {
  assessment: Assessment;
  generatedAt: string;
  appVersion: string;
  /** A fresh v4 UUID per call (crypto.randomUUID in main; a counter in tests that need stable output). */
  uuid: () => string;
  controls: readonly OscalControlInfo[];
  criteria: readonly OscalCriterionInfo[];
  evidence: readonly EvidenceItem[];
}

export interface AssessmentResultsInput extends OscalCommonInput {
  results: readonly OscalResultInput[];
}

export interface CriterionProblem {
  controlId: string | null;
  severity: 'fail' | 'other';
  text: string;
}

export interface CriterionAssessment {
  state: ObjectiveState;
  reason: 'pass' | 'fail' | 'other';
  problems: CriterionProblem[];
  /** Controls concluded "exceptions noted" (within tolerance): reported, not failing. */
  exceptionsNoted: string[];
}

const STATUS_TEXT = {
  not_assessed: 'is not assessed',
  not_implemented: 'is not implemented',
  partial: 'is only partially implemented',
} as const;

/**
 * Whether a criterion is satisfied in a result. Documented rule: it is satisfied when at least one
 * applicable control addresses it, every applicable control mapped to it is implemented, none was
 * concluded "not effective" or "incomplete" by the result's review, and — when operating effectiveness is
 * measured (Type II) — each has some evidence coverage of the elapsed window. Any failure that proves a gap
 * (not implemented, partial, not effective, no coverage, unaddressed) gives the reason "fail"; when only
 * unknowns remain (not assessed, sample incomplete) the reason is "other".
 */
export function assessCriterion(
  criterion: CriterionScore,
  controls: ReadonlyMap<string, SnapshotControl>,
  measured: boolean,
): CriterionAssessment {
  const problems: CriterionProblem[] = [];
  const exceptionsNoted: string[] = [];
  if (criterion.unaddressed)
    problems.push({ controlId: null, severity: 'fail', text: 'No applicable control addresses this criterion.' });
  for (const id of criterion.controls) {
    const control = controls.get(id);
    if (!control) continue;
    if (control.status !== 'implemented' && control.status !== 'not_applicable') {
      problems.push({
        controlId: id,
        severity: control.status === 'not_assessed' ? 'other' : 'fail',
        text: `${id} ${STATUS_TEXT[control.status]}.`,
      });
    }
    if (control.conclusion === 'not_effective')
      problems.push({
        controlId: id,
        severity: 'fail',
        text: `${id} was concluded not effective in the review sample.`,
      });
    if (control.conclusion === 'incomplete')
      problems.push({
        controlId: id,
        severity: 'other',
        text: `${id} has untested sample items, so no conclusion was reached.`,
      });
    if (control.conclusion === 'exceptions_noted') exceptionsNoted.push(id);
    if (measured && control.coverage === 0)
      problems.push({
        controlId: id,
        severity: 'fail',
        text: `${id} has no evidence covering the elapsed observation window.`,
      });
  }
  if (problems.length === 0) return { state: 'satisfied', reason: 'pass', problems, exceptionsNoted };
  return {
    state: 'not-satisfied',
    reason: problems.some((p) => p.severity === 'fail') ? 'fail' : 'other',
    problems,
    exceptionsNoted,
  };
}

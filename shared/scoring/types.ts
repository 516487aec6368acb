import type { CategoryKey, ControlStatus } from '../domain';

/**
 * The score document. `fieldwork score --json` prints exactly this, so it is a public interface:
 * add fields, never rename or remove them. Every figure is a fraction from 0 to 1, unrounded.
 */
export const SCORING_METHOD = 'fieldwork-readiness/1';

export type StatusCounts = Record<ControlStatus, number>;

export interface ControlScore {
  id: string;
  status: ControlStatus;
  key: boolean;
  /** 2 for key controls, 1 otherwise. */
  weight: number;
  /** False only for not_applicable controls, which are excluded from every average. */
  applicable: boolean;
  /** Design value: implemented 1, partial 0.5, not implemented 0, not assessed 0; null when N/A. */
  design: number | null;
  /** Type II evidence coverage of the elapsed window (0–1); null when operating effectiveness is not measured. */
  coverage: number | null;
  /** Share of the latest review's tested sample items that passed; null when none was tested (counts as 1). */
  samplePassRate: number | null;
  /** design × coverage × sample pass rate; null when operating effectiveness is not measured. */
  operating: number | null;
  /** In-scope criteria this control maps to. */
  criteria: string[];
}

export interface CriterionScore {
  id: string;
  category: CategoryKey;
  group: string;
  design: number;
  operating: number | null;
  /** True when no applicable control maps to this in-scope criterion; it then scores 0. */
  unaddressed: boolean;
  /** Applicable controls counted in the weighted mean. */
  controls: string[];
  /** Mapped controls excluded as not applicable. */
  excluded: string[];
  /** Sum of the weights of the applicable controls (the mean's denominator). */
  weight: number;
}

export interface CategoryScore {
  id: CategoryKey;
  design: number;
  operating: number | null;
  criteria: number;
  unaddressedCriteria: number;
  /** Controls mapped to at least one criterion of this category. */
  controls: number;
  controlsByStatus: StatusCounts;
  unassessedControls: number;
}

export interface OverallScore {
  id: 'overall';
  design: number;
  operating: number | null;
  criteria: number;
  unaddressedCriteria: number;
  controls: number;
  controlsByStatus: StatusCounts;
  unassessedControls: number;
}

export interface ScoreResult {
  method: typeof SCORING_METHOD;
  assessmentId: string;
  /** Type II: the date coverage was measured to (the date asked for or today, capped at the window end). */
  asOf?: string;
  overall: OverallScore;
  categories: CategoryScore[];
  criteria: CriterionScore[];
  controls: ControlScore[];
}

/** What scoring needs to know of a control. */
export interface ScoringControl {
  id: string;
  status: ControlStatus;
  isKey: boolean;
  criteria: readonly string[];
  /** Evidence coverage (0–1) when operating effectiveness is measured. */
  coverage?: number | null;
  /** Share of tested samples that passed, when samples were tested. */
  samplePassRate?: number | null;
}

export interface ScoringInput {
  assessmentId: string;
  categories: readonly CategoryKey[];
  controls: readonly ScoringControl[];
  /** Whether the operating figure is measured (Type II with evidence tracking). */
  measureOperating: boolean;
}

import type {
  Assessment,
  ControlStatus,
  EvidenceItem,
  Frequency,
  IsoDate,
  OwnerFunction,
  PipelineStage,
} from '../domain';
import type { CriterionScore } from '../scoring/types';
import type { BoundaryComponent } from '../boundary/types';
import type { Vendor } from '../vendors/types';
import type { RankedGap, RANKING_METHOD } from './rank';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'FW-AI-01',
  'FW-AI-02',
  'FW-AI-03',
  'FW-AI-04',
  'FW-AI-05',
  'FW-AI-06',
  'FW-AI-07',
  'FW-AI-08',
  'FW-AI-09',
  'FW-AI-10',
  'FW-AI-11',
  'FW-AI-12',
  'FW-AI-13',
  'FW-AI-14',
  'FW-AI-15',
  'FW-AI-16',
  'FW-AI-17',
  'FW-AI-18',
  'FW-AI-19',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_FAMILIES = [
  'boundary',
  'vendors',
  'ownership',
  'evidence',
  'operations',
  'governance',
  'criteria',
] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export const RECORD_TYPES = ['control', 'vendor', 'component', 'criterion', 'assessment'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A record a finding points at. */
export interface RecordRef {
  type: RecordType;
  id: string;
}

/** A checklist control joined with its catalog metadata, as the rules and the ownership matrix see it. */
export interface ReadinessControl {
  controlId: string;
  status: ControlStatus;
  stage: PipelineStage;
  frequency: Frequency;
  /** In-scope criteria only; empty when the control maps to none (then it is out of scope). */
  criteria: string[];
  isKey: boolean;
  /** Catalog flag; custom controls count as AI-specific when their stage is an ML pipeline stage. */
  aiSpecific: boolean;
  /** Catalog topics; empty for custom controls. */
  tags: string[];
  ownerName: string;
  ownerFunction: OwnerFunction | null;
  retired: boolean;
}

/** One evidence-coverage gap: consecutive unevidenced periods (days, for continuous controls). */
export interface CoverageGapFact {
  from: IsoDate;
  to: IsoDate;
  periods: number;
  unit: 'periods' | 'days';
}

/** Type II coverage of one control, as the rules need it (filled from shared/coverage by the service). */
export interface CoverageFact {
  controlId: string;
  /** True when no evidence item counts for the elapsed window (coverage 0; no dated gap to speak of). */
  noEvidence: boolean;
  pointInTimeOnly: boolean;
  gaps: CoverageGapFact[];
}

export interface ReviewFact {
  asOf: IsoDate;
  status: 'in_progress' | 'completed';
}

export type RuleEvidence = Pick<EvidenceItem, 'id' | 'kind' | 'periodFrom' | 'periodTo' | 'collectedAt' | 'controlIds'>;

/** Everything the rules read: plain data, the clock included. */
export interface RuleInput {
  today: IsoDate;
  assessment: Pick<Assessment, 'id' | 'reportType' | 'categories' | 'windowStart' | 'windowEnd' | 'reviewDate'>;
  controls: readonly ReadinessControl[];
  /** The score's criteria (unaddressed ones are findings). */
  criteria: readonly Pick<CriterionScore, 'id' | 'unaddressed'>[];
  components: readonly BoundaryComponent[];
  vendors: readonly Vendor[];
  evidence: readonly RuleEvidence[];
  coverage: readonly CoverageFact[];
  reviews: readonly ReviewFact[];
}

export type TextParam = string | number | readonly string[];
export type TextParams = Readonly<Record<string, TextParam>>;

/** What one rule reports before texts and keys are attached. */
export interface RuleHit {
  records: RecordRef[];
  params: TextParams;
}

export interface Rule {
  id: RuleId;
  family: RuleFamily;
  severity: Severity;
  /** Criteria the failure pattern puts at risk besides those of the controls a finding names. */
  criteria: readonly string[];
  evaluate(input: RuleInput): RuleHit[];
}

export interface Finding {
  /** Stable: rule id + the records, e.g. `FW-AI-05|vendor:3f2a…`. Mutes are keyed by it. */
  key: string;
  ruleId: RuleId;
  family: RuleFamily;
  severity: Severity;
  title: string;
  explanation: string;
  records: RecordRef[];
  /** In-scope criteria the finding touches, in canonical order. */
  criteria: string[];
}

export interface FindingMute {
  justification: string;
  mutedAt: string;
}

/** A finding with its mute state: muted findings stay listed (and go to the report). */
export interface FindingView extends Finding {
  muted: FindingMute | null;
}

/** What `findings:list` and `fieldwork findings --json` return. */
export interface FindingsResult {
  assessmentId: string;
  asOf: IsoDate;
  findings: FindingView[];
  rankingMethod: typeof RANKING_METHOD;
  /** Every gap, ranked: findings not muted, unaddressed criteria, weak controls. */
  gaps: RankedGap[];
  topFive: RankedGap[];
}

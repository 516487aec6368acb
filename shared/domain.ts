/** Domain vocabulary shared by every zone. Pure data: no electron, node or DOM. */

export const CATEGORY_KEYS = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export const CONTROL_STATUSES = [
  'not_assessed',
  'not_implemented',
  'partial',
  'implemented',
  'not_applicable',
] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const OWNER_FUNCTIONS = [
  'engineering',
  'data_science',
  'security',
  'compliance',
  'legal',
  'product',
  'other',
] as const;
export type OwnerFunction = (typeof OWNER_FUNCTIONS)[number];

export const REPORT_TYPES = ['I', 'II'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const PIPELINE_STAGES = [
  'data_collection',
  'data_preparation',
  'training',
  'evaluation',
  'model_registry',
  'deployment',
  'inference_serving',
  'monitoring',
  'third_party_ai',
  'organisation_wide',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annually',
  'per_event',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const CONTROL_TYPES = ['preventive', 'detective', 'corrective'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

export const EVIDENCE_KINDS = [
  'log_export',
  'system_report',
  'config_export',
  'ticket',
  'policy',
  'screenshot',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const TEST_METHODS = ['inquiry', 'inspection', 'observation', 'reperformance'] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Assessment {
  id: string;
  organisation: string;
  systemName: string;
  reportType: ReportType;
  /** Always contains 'security'. Ordered as CATEGORY_KEYS. */
  categories: CategoryKey[];
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  /** The day-60 internal readiness review date (derived from windowStart, editable). */
  reviewDate: IsoDate | null;
  assessors: string[];
  catalogVersion: string;
  createdAt: string;
  updatedAt: string;
}

/** A control as instantiated in one assessment's checklist. */
export interface AssessmentControl {
  assessmentId: string;
  /** Catalog id (e.g. `AI-REG-02`) or a user id for custom controls (e.g. `CUS-001`). */
  controlId: string;
  source: 'catalog' | 'custom';
  /** For custom controls; catalog controls take their texts from the catalog. */
  title: string | null;
  description: string | null;
  criteria: string[];
  stage: PipelineStage;
  frequency: Frequency;
  status: ControlStatus;
  justification: string;
  ownerName: string;
  ownerFunction: OwnerFunction | null;
  notes: string;
  isKey: boolean;
  /** Set when a newer catalog no longer ships this control; never removed silently. */
  retired: boolean;
  updatedAt: string;
}

/** A file kept in the workspace's evidence store, attached to one or more controls of an assessment. */
export interface EvidenceItem {
  id: string;
  assessmentId: string;
  sha256: string;
  size: number;
  originalName: string;
  kind: EvidenceKind;
  sourceSystem: string;
  collectedBy: string;
  /** The day the evidence was collected. */
  collectedAt: IsoDate;
  /** The period the evidence covers; from = to for a point-in-time item (e.g. a screenshot). */
  periodFrom: IsoDate;
  periodTo: IsoDate;
  notes: string;
  createdAt: string;
  /** Controls this evidence supports. */
  controlIds: string[];
}

/** For per-event controls: how many events occurred so far, and how many of them are evidenced. */
export interface ControlPopulation {
  controlId: string;
  population: number;
  evidenced: number;
}

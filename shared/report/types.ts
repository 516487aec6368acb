import type { BoundaryComponent } from '../boundary/types';
import type { TrendSnapshot } from '../charts/readiness-trend';
import type { ControlCoverageEntry } from '../coverage/assessment';
import type { Assessment, AssessmentControl, EvidenceItem } from '../domain';
import type { Locale } from '../format';
import type { OwnershipMatrix } from '../ownership/matrix';
import type { RemediationItemView } from '../remediation/plan';
import type { ReviewView } from '../review/types';
import type { FindingsResult } from '../rules/types';
import type { ScoreResult } from '../scoring/types';
import type { SnapshotSummary } from '../snapshots/types';
import type { VendorView } from '../vendors/staleness';
import type { ResolvedReportOptions } from './options';

/** Everything the readiness report shows, gathered by main and handed to the pure document builder. */
export interface ReportData {
  assessment: Assessment;
  score: ScoreResult;
  /** Checklist controls in scope, with their title resolved in the report's language. */
  controls: Array<AssessmentControl & { displayTitle: string }>;
  /** In-scope criteria with our own short title in the report's language. */
  criteria: Array<{ id: string; title: string }>;
  /** ISO timestamp of generation (injected clock). */
  generatedAt: string;
  appVersion: string;
  catalogVersion: string;
  locale: Locale;
  options: ResolvedReportOptions;
  /** Evidence items of the assessment with the controls they support, oldest period first. */
  evidence: EvidenceItem[];
  /** Type II coverage of every checklist control as of score.asOf; empty when operating effectiveness is not measured. */
  coverage: ControlCoverageEntry[];
  /** The open day-60 review, else the latest one; null when none was started. */
  review: ReviewView | null;
  /** Frozen snapshots, oldest first. */
  snapshots: SnapshotSummary[];
  /** The same snapshots with their frozen scores, for the trend chart. */
  trend: Array<TrendSnapshot & { reviewId: string | null }>;
  boundary: BoundaryComponent[];
  /** The vendor inventory with staleness as of the generation date. */
  vendors: VendorView[];
  ownership: OwnershipMatrix;
  /** Findings (muted ones included), ranked gaps and the top five, with texts in the report's language. */
  findings: FindingsResult;
  /** The remediation plan in working order, flags as of the generation date, warnings in the report's language. */
  remediation: RemediationItemView[];
  /** The workspace is encrypted and this PDF is not: the cover says so (absent: plain workspace). */
  fromEncryptedWorkspace?: boolean;
}

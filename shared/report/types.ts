import type { Assessment, AssessmentControl } from '../domain';
import type { Locale } from '../format';
import type { ScoreResult } from '../scoring/types';

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
}

import type { RemediationItemView } from '../remediation/plan';
import type { FindingView } from '../rules/types';
import type { OverallScore } from '../scoring/types';

export const VERDICT_METHOD = 'fieldwork-verdict/1';

export const VERDICTS = ['ready', 'ready_with_gaps', 'not_ready'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The thresholds of the verdict, as fractions; quoted in the report's methodology appendix. */
export const VERDICT_THRESHOLDS = {
  readyDesign: 0.85,
  readyOperating: 0.75,
  notReadyDesign: 0.6,
  notReadyOperating: 0.5,
  /** Share of the in-scope criteria that may be unaddressed before the verdict is "not ready". */
  notReadyUnaddressedShare: 0.1,
  /** Open (not muted) critical findings from which the verdict is "not ready". */
  notReadyCriticalFindings: 3,
} as const;

/** Why the verdict is not better: each condition that held it back, with the figure that failed it. */
export type VerdictReason =
  | { code: 'design_below'; value: number; threshold: number }
  | { code: 'operating_below'; value: number; threshold: number }
  | { code: 'unaddressed_share_above'; count: number; total: number; threshold: number }
  | { code: 'unaddressed_present'; count: number }
  | { code: 'critical_findings_at_least'; count: number; threshold: number }
  | { code: 'critical_findings_present'; count: number }
  | { code: 'overdue_remediation'; count: number };

export interface VerdictResult {
  method: typeof VERDICT_METHOD;
  verdict: Verdict;
  /** For "not ready": the conditions that made it so; for "ready with gaps": those that kept it from "ready". */
  reasons: VerdictReason[];
}

export interface VerdictInput {
  overall: Pick<OverallScore, 'design' | 'operating' | 'criteria' | 'unaddressedCriteria'>;
  findings: readonly Pick<FindingView, 'severity' | 'muted'>[];
  remediation: readonly Pick<RemediationItemView, 'overdue'>[];
}

/**
 * The readiness verdict (method fieldwork-verdict/1), our own rule of thumb for the day-60 conversation:
 * - Not ready when any of these holds: overall design readiness below 60%; overall operating readiness
 *   below 50% (Type II, once measured); more than 10% of the in-scope criteria unaddressed; three or more
 *   critical findings open (not muted).
 * - Ready for fieldwork when all of these hold: overall design readiness at least 85%; overall operating
 *   readiness at least 75% (Type II, once measured); no unaddressed criterion; no critical finding open;
 *   no remediation item overdue.
 * - Ready with gaps otherwise.
 * Figures are compared unrounded; the reasons list every condition that failed.
 */
export function readinessVerdict(input: VerdictInput): VerdictResult {
  const t = VERDICT_THRESHOLDS;
  const { design, operating, criteria, unaddressedCriteria } = input.overall;
  const critical = input.findings.filter((f) => f.severity === 'critical' && f.muted === null).length;
  const overdue = input.remediation.filter((r) => r.overdue).length;

  const blocking: VerdictReason[] = [];
  if (design < t.notReadyDesign) blocking.push({ code: 'design_below', value: design, threshold: t.notReadyDesign });
  if (operating !== null && operating < t.notReadyOperating) {
    blocking.push({ code: 'operating_below', value: operating, threshold: t.notReadyOperating });
  }
  if (criteria > 0 && unaddressedCriteria > t.notReadyUnaddressedShare * criteria) {
    blocking.push({
      code: 'unaddressed_share_above',
      count: unaddressedCriteria,
      total: criteria,
      threshold: t.notReadyUnaddressedShare,
    });
  }
  if (critical >= t.notReadyCriticalFindings) {
    blocking.push({ code: 'critical_findings_at_least', count: critical, threshold: t.notReadyCriticalFindings });
  }
  if (blocking.length > 0) return { method: VERDICT_METHOD, verdict: 'not_ready', reasons: blocking };

  const gaps: VerdictReason[] = [];
  if (design < t.readyDesign) gaps.push({ code: 'design_below', value: design, threshold: t.readyDesign });
  if (operating !== null && operating < t.readyOperating) {
    gaps.push({ code: 'operating_below', value: operating, threshold: t.readyOperating });
  }
  if (unaddressedCriteria > 0) gaps.push({ code: 'unaddressed_present', count: unaddressedCriteria });
  if (critical > 0) gaps.push({ code: 'critical_findings_present', count: critical });
  if (overdue > 0) gaps.push({ code: 'overdue_remediation', count: overdue });
  return { method: VERDICT_METHOD, verdict: gaps.length > 0 ? 'ready_with_gaps' : 'ready', reasons: gaps };
}

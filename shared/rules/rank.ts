import type { CriterionScore } from '../scoring/types';
import { findingKey } from './engine';
import { byCodePoint, inScope } from './helpers';
import { AI_READINESS_STRINGS_EN, fillText, type AiReadinessStrings } from './strings.en';
import type { FindingView, ReadinessControl, RecordRef, RuleId, Severity } from './types';

export const RANKING_METHOD = 'fieldwork-gap-rank/1';

export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };
/** Criteria beyond this many add nothing, so one sprawling gap cannot outrank every focused one. */
export const MAX_COUNTED_CRITERIA = 4;
export const TOP_COUNT = 5;

/**
 * The ranking, as quoted in the README, the app and the report:
 *
 * Gaps are (1) the rule findings that are not muted, (2) the in-scope criteria with no applicable control
 * that no finding already names, and (3) weak controls: key controls not implemented (high) or partial
 * (medium), and other controls not implemented (low); a control already named by an unmuted finding is
 * represented by that finding and not listed again.
 * score = severity weight × criterion impact, where severity weight is critical 4, high 3, medium 2, low 1,
 * and criterion impact = 1 + min(number of distinct in-scope criteria the gap touches, 4), so 1 to 5.
 * Ties: higher severity first, then more criteria touched, then findings before criteria before controls,
 * then the gap key in code-point order.
 * Top five: walk the ranked list and take each gap whose group (its rule id; weak controls form one group)
 * is not taken yet, until five are taken; when fewer than five groups exist, fill up with the highest-ranked
 * gaps not yet taken. The top five keeps the ranked order.
 */
export function criterionImpact(criteriaTouched: number): number {
  return 1 + Math.min(criteriaTouched, MAX_COUNTED_CRITERIA);
}

export type GapSource = 'finding' | 'criterion' | 'control';
const SOURCE_ORDER: Record<GapSource, number> = { finding: 0, criterion: 1, control: 2 };
export const WEAK_CONTROL_GROUP = 'weak-control';

export interface RankedGap {
  rank: number;
  key: string;
  source: GapSource;
  /** The rule id, or `weak-control`. */
  group: string;
  ruleId: RuleId | null;
  severity: Severity;
  title: string;
  records: RecordRef[];
  criteria: string[];
  severityWeight: number;
  impact: number;
  score: number;
}

export interface Ranking {
  method: typeof RANKING_METHOD;
  ranked: RankedGap[];
  topFive: RankedGap[];
}

export interface RankInput {
  findings: readonly FindingView[];
  criteria: readonly Pick<CriterionScore, 'id' | 'unaddressed'>[];
  controls: readonly ReadinessControl[];
}

type Unranked = Omit<RankedGap, 'rank' | 'severityWeight' | 'impact' | 'score'>;

function weakControlGap(control: ReadinessControl, strings: AiReadinessStrings): Unranked | null {
  const template =
    control.status === 'not_implemented'
      ? control.isKey
        ? strings.gaps.keyNotImplemented
        : strings.gaps.notImplemented
      : control.status === 'partial' && control.isKey
        ? strings.gaps.keyPartial
        : null;
  if (template === null) return null;
  const severity: Severity = control.status === 'partial' ? 'medium' : control.isKey ? 'high' : 'low';
  return {
    key: `${WEAK_CONTROL_GROUP}|control:${control.controlId}`,
    source: 'control',
    group: WEAK_CONTROL_GROUP,
    ruleId: null,
    severity,
    title: fillText(template, { control: control.controlId }),
    records: [{ type: 'control', id: control.controlId }],
    criteria: control.criteria,
  };
}

function compare(a: RankedGap, b: RankedGap): number {
  return (
    b.score - a.score ||
    b.severityWeight - a.severityWeight ||
    b.criteria.length - a.criteria.length ||
    SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
    byCodePoint(a.key, b.key)
  );
}

export function selectTopFive(ranked: readonly RankedGap[]): RankedGap[] {
  const taken = new Set<string>();
  const groups = new Set<string>();
  for (const gap of ranked) {
    if (taken.size === TOP_COUNT) break;
    if (groups.has(gap.group)) continue;
    groups.add(gap.group);
    taken.add(gap.key);
  }
  for (const gap of ranked) {
    if (taken.size === TOP_COUNT) break;
    taken.add(gap.key);
  }
  return ranked.filter((g) => taken.has(g.key));
}

export function rankGaps(input: RankInput, strings: AiReadinessStrings = AI_READINESS_STRINGS_EN): Ranking {
  const gaps: Unranked[] = [];
  const allKeys = new Set(input.findings.map((f) => f.key));
  const named = new Set<string>();
  for (const f of input.findings) {
    if (f.muted) continue;
    for (const r of f.records) if (r.type === 'control') named.add(r.id);
    gaps.push({
      key: f.key,
      source: 'finding',
      group: f.ruleId,
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      records: f.records,
      criteria: f.criteria,
    });
  }
  for (const c of input.criteria) {
    const records: RecordRef[] = [{ type: 'criterion', id: c.id }];
    const key = findingKey('FW-AI-18', records);
    if (!c.unaddressed || allKeys.has(key)) continue;
    const title = fillText(strings.gaps.criterion, { criterion: c.id });
    gaps.push({
      key,
      source: 'criterion',
      group: 'FW-AI-18',
      ruleId: 'FW-AI-18',
      severity: 'high',
      title,
      records,
      criteria: [c.id],
    });
  }
  for (const control of input.controls) {
    if (!inScope(control) || named.has(control.controlId)) continue;
    const gap = weakControlGap(control, strings);
    if (gap) gaps.push(gap);
  }
  const ranked = gaps
    .map((g) => {
      const severityWeight = SEVERITY_WEIGHT[g.severity];
      const impact = criterionImpact(g.criteria.length);
      return { ...g, rank: 0, severityWeight, impact, score: severityWeight * impact };
    })
    .sort(compare)
    .map((g, i) => ({ ...g, rank: i + 1 }));
  return { method: RANKING_METHOD, ranked, topFive: selectTopFive(ranked) };
}

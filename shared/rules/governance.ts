import { daysBetween } from '../dates';
import { addMonths } from '../vendors/staleness';
import { assessmentRef, controlRefs, idsOf, tagged } from './helpers';
import type { Rule, RuleHit } from './types';

/** Governance rules: the five AI policies exist and are current; the day-60 review is held; criteria are addressed. */

/** The AI-specific policies an auditor of an AI system expects (seed: "AI-Specific Policies Required"). */
export const AI_POLICY_TAGS = [
  'policy-ai-ethics-bias',
  'policy-model-development',
  'policy-ml-data-governance',
  'policy-transparency-explainability',
  'policy-ai-risk-management',
] as const;

/** A policy counts as reviewed when a policy document linked to one of its controls covers a date this recent. */
export const POLICY_REVIEW_MONTHS = 12;

export const aiPolicyMissing: Rule = {
  id: 'FW-AI-15',
  family: 'governance',
  severity: 'high',
  criteria: ['CC5.3'],
  evaluate: (input) => {
    const hits: RuleHit[] = [];
    const absent: string[] = [];
    for (const tag of AI_POLICY_TAGS) {
      const controls = tagged(input.controls, tag);
      if (controls.length === 0) absent.push(tag);
      else if (!controls.some((c) => c.status === 'implemented'))
        hits.push({ records: controlRefs(controls), params: { policy: tag, controls: idsOf(controls) } });
    }
    // Policies no checklist control carries: one finding on the assessment (its key must not depend on the tag).
    if (absent.length > 0) hits.push({ records: assessmentRef(input), params: { policy: absent, controls: [] } });
    return hits;
  },
};

export const aiPolicyNotReviewed: Rule = {
  id: 'FW-AI-16',
  family: 'governance',
  severity: 'medium',
  criteria: ['CC5.3'],
  evaluate: (input) => {
    const since = addMonths(input.today, -POLICY_REVIEW_MONTHS);
    const hits: RuleHit[] = [];
    for (const tag of AI_POLICY_TAGS) {
      const controls = tagged(input.controls, tag);
      if (!controls.some((c) => c.status === 'implemented')) continue;
      const ids = new Set(idsOf(controls));
      const current = input.evidence.some(
        (e) => e.kind === 'policy' && e.periodTo >= since && e.controlIds.some((id) => ids.has(id)),
      );
      if (!current) hits.push({ records: controlRefs(controls), params: { policy: tag, since, controls: [...ids] } });
    }
    return hits;
  },
};

export const reviewNotHeld: Rule = {
  id: 'FW-AI-17',
  family: 'governance',
  severity: 'medium',
  criteria: ['CC4.1'],
  evaluate: (input) => {
    const due = input.assessment.reviewDate;
    if (due === null || input.today <= due || input.reviews.some((r) => r.status === 'completed')) return [];
    return [{ records: assessmentRef(input), params: { reviewDate: due, days: daysBetween(due, input.today) } }];
  },
};

export const criterionUnaddressed: Rule = {
  id: 'FW-AI-18',
  family: 'criteria',
  severity: 'high',
  criteria: [],
  evaluate: (input) =>
    input.criteria
      .filter((c) => c.unaddressed)
      .map((c) => ({ records: [{ type: 'criterion' as const, id: c.id }], params: { criterion: c.id } })),
};

export const GOVERNANCE_RULES: readonly Rule[] = [
  aiPolicyMissing,
  aiPolicyNotReviewed,
  reviewNotHeld,
  criterionUnaddressed,
];

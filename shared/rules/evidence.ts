import { applicable, isTypeII } from './helpers';
import type { CoverageGapFact, ReadinessControl, Rule, RuleInput } from './types';

/** Type II evidence rules, on the coverage facts computed by shared/coverage. */

function factsOfApplicable(input: RuleInput) {
  const controls = new Map<string, ReadinessControl>(input.controls.filter(applicable).map((c) => [c.controlId, c]));
  return input.coverage.flatMap((fact) => {
    const control = controls.get(fact.controlId);
    return control ? [{ fact, control }] : [];
  });
}

export const pointInTimeOnly: Rule = {
  id: 'FW-AI-11',
  family: 'evidence',
  severity: 'critical',
  criteria: [],
  evaluate: (input) =>
    isTypeII(input)
      ? factsOfApplicable(input)
          .filter(({ fact }) => fact.pointInTimeOnly)
          .map(({ control }) => ({
            records: [{ type: 'control' as const, id: control.controlId }],
            params: { control: control.controlId },
          }))
      : [],
};

/** Longest first; the earliest of equally long gaps. */
function longest(gaps: readonly CoverageGapFact[]): CoverageGapFact | undefined {
  return [...gaps].sort((a, b) => b.periods - a.periods || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))[0];
}

/**
 * Holes in evidence that exists: a control with no evidence at all shows as zero coverage in the operating
 * score instead, so that a checklist early in its window is not buried under one finding per control.
 */
export const coverageGap: Rule = {
  id: 'FW-AI-12',
  family: 'evidence',
  severity: 'high',
  criteria: [],
  evaluate: (input) =>
    isTypeII(input)
      ? factsOfApplicable(input).flatMap(({ fact, control }) => {
          if (fact.noEvidence) return [];
          const gap = longest(fact.gaps.filter((g) => g.periods > 1));
          if (!gap) return [];
          return [
            {
              records: [{ type: 'control' as const, id: control.controlId }],
              params: {
                control: control.controlId,
                frequency: control.frequency,
                periods: gap.periods,
                unit: gap.unit,
                from: gap.from,
                to: gap.to,
              },
            },
          ];
        })
      : [],
};

export const EVIDENCE_RULES: readonly Rule[] = [pointInTimeOnly, coverageGap];

import type { RankedGap } from '../../../../shared/rules/rank';
import { fillText, type AiReadinessStrings } from '../../../../shared/rules/strings.en';
import type { RuleId } from '../../../../shared/rules/types';

/** A rule's title in the UI's language (main's findings carry English ones). */
export function ruleTitle(ruleId: RuleId, strings: AiReadinessStrings): string {
  return strings.rules[ruleId].title;
}

/**
 * A ranked gap's title in the UI's language, from the same templates rank.ts fills: a finding's rule title,
 * an unaddressed criterion, or a weak control (high = key not implemented, medium = key partial, low = not
 * implemented, as rank.ts assigns them).
 */
export function gapTitle(gap: RankedGap, strings: AiReadinessStrings): string {
  if (gap.source === 'finding' && gap.ruleId) return ruleTitle(gap.ruleId, strings);
  const id = gap.records[0]?.id ?? '';
  if (gap.source === 'criterion') return fillText(strings.gaps.criterion, { criterion: id });
  const template =
    gap.severity === 'high'
      ? strings.gaps.keyNotImplemented
      : gap.severity === 'medium'
        ? strings.gaps.keyPartial
        : strings.gaps.notImplemented;
  return fillText(template, { control: id });
}

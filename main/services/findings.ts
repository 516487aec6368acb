import type { Locale } from '../../shared/format';
import { AppError } from '../../shared/ipc/result';
import { buildOwnershipMatrix, type OwnershipMatrix } from '../../shared/ownership/matrix';
import { runRules, withMutes } from '../../shared/rules/engine';
import { rankGaps } from '../../shared/rules/rank';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../../shared/rules/strings.fr';
import type { FindingsResult, FindingView } from '../../shared/rules/types';
import { deleteMute, listMutes, writeMute } from '../db/findings';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { readinessControls, ruleInputOf } from './readiness-input';

export const MUTE_JUSTIFICATION_MAX = 4_000;

/**
 * Findings of the failure-pattern rules with their mute state, and the ranked gaps with the top five; titles
 * and explanations in `lang` (keys, order and figures do not depend on it).
 */
export function findingsOf(ctx: ServiceContext, assessmentId: string, lang: Locale = 'en'): FindingsResult {
  const strings = lang === 'fr' ? AI_READINESS_STRINGS_FR : AI_READINESS_STRINGS_EN;
  const input = ruleInputOf(ctx, assessmentId);
  const findings = withMutes(runRules(input, { strings }), listMutes(ctx.db, assessmentId));
  const ranking = rankGaps({ findings, criteria: input.criteria, controls: input.controls }, strings);
  return {
    assessmentId,
    asOf: input.today,
    findings,
    rankingMethod: ranking.method,
    gaps: ranking.ranked,
    topFive: ranking.topFive,
  };
}

/**
 * Mutes a current finding with a justification (required: an accepted gap must say why). The mute is
 * kept by key; the finding stays listed as muted and leaves the ranking.
 */
export function muteFinding(
  ctx: ServiceContext,
  assessmentId: string,
  key: string,
  justification: string,
): FindingView {
  const reason = justification.trim();
  if (reason.length === 0) {
    throw new AppError(
      'justification_required',
      'Muting a finding needs a justification: say why this gap is accepted or does not apply.',
    );
  }
  if (reason.length > MUTE_JUSTIFICATION_MAX) {
    throw new AppError('invalid_input', `The justification must be at most ${MUTE_JUSTIFICATION_MAX} characters.`);
  }
  return ctx.db.transaction(() => {
    const finding = findingsOf(ctx, assessmentId).findings.find((f) => f.key === key);
    if (!finding) throw new AppError('not_found', `No current finding with key ${key} (see "fieldwork findings").`);
    writeMute(ctx.db, assessmentId, key, reason, ctx.now().toISOString());
    return { ...finding, muted: listMutes(ctx.db, assessmentId).get(key) ?? null };
  })();
}

export function unmuteFinding(ctx: ServiceContext, assessmentId: string, key: string): { unmuted: boolean } {
  getAssessment(ctx, assessmentId);
  return { unmuted: deleteMute(ctx.db, assessmentId, key) > 0 };
}

export function ownershipOf(ctx: ServiceContext, assessmentId: string): OwnershipMatrix {
  return buildOwnershipMatrix(readinessControls(ctx, getAssessment(ctx, assessmentId)));
}

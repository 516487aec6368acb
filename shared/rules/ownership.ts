import type { PipelineStage } from '../domain';
import { buildOwnershipMatrix } from '../ownership/matrix';
import type { RecordRef, Rule, RuleHit } from './types';

/** Ownership rules: a named owner for each AI pipeline stage, and not only engineers. */

function refs(ids: readonly string[]): RecordRef[] {
  return ids.map((id) => ({ type: 'control', id }));
}

export const aiStageWithoutOwner: Rule = {
  id: 'FW-AI-08',
  family: 'ownership',
  severity: 'high',
  criteria: ['CC1.3'],
  evaluate: (input) =>
    buildOwnershipMatrix(input.controls).flags.flatMap((f): RuleHit[] =>
      f.kind === 'stage_without_owner' && f.aiControlIds.length > 0
        ? [{ records: refs(f.aiControlIds), params: { stage: f.stage, controls: f.aiControlIds } }]
        : [],
    ),
};

/** One finding per stage that has some owner but leaves AI controls unowned (stages with none are FW-AI-08). */
export const aiControlsWithoutOwner: Rule = {
  id: 'FW-AI-09',
  family: 'ownership',
  severity: 'medium',
  criteria: ['CC1.3'],
  evaluate: (input) => {
    const flags = buildOwnershipMatrix(input.controls).flags;
    const ownerless = new Set(flags.filter((f) => f.kind === 'stage_without_owner').map((f) => f.stage));
    const byStage = new Map<PipelineStage, string[]>();
    for (const f of flags) {
      if (f.kind !== 'control_without_owner' || !f.aiSpecific || ownerless.has(f.stage)) continue;
      byStage.set(f.stage, [...(byStage.get(f.stage) ?? []), f.controlId]);
    }
    return [...byStage].map(([stage, ids]) => ({
      records: refs(ids),
      params: { stage, count: ids.length, controls: ids },
    }));
  },
};

export const engineeringOnlyStage: Rule = {
  id: 'FW-AI-10',
  family: 'ownership',
  severity: 'high',
  criteria: ['CC1.3'],
  evaluate: (input) =>
    buildOwnershipMatrix(input.controls).flags.flatMap((f): RuleHit[] =>
      f.kind === 'engineering_only_stage'
        ? [{ records: refs(f.controlIds), params: { stage: f.stage, controls: f.controlIds } }]
        : [],
    ),
};

export const OWNERSHIP_RULES: readonly Rule[] = [aiStageWithoutOwner, aiControlsWithoutOwner, engineeringOnlyStage];

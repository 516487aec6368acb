import type { PipelineStage } from '../domain';
import type { AiReadinessStrings } from '../rules/strings.en';
import { DEFAULT_PATHS, KIND_STAGES, type ComponentKind, type ParsedComponentInput } from './types';

/** The starter boundary: one component per AI kind plus the cloud infrastructure, in flow order. */
export const STARTER_KINDS = [
  'data_source',
  'labelling',
  'feature_store',
  'training_pipeline',
  'evaluation',
  'model_registry',
  'serving_endpoint',
  'third_party_ai_api',
  'monitoring',
  'infrastructure',
] as const satisfies readonly ComponentKind[];

export interface StarterControl {
  controlId: string;
  stage: PipelineStage;
  applicable: boolean;
}

/**
 * The starter components whose kind the boundary does not have yet (so offering it twice adds nothing),
 * each in scope, on its default paths, pre-linked to the applicable checklist controls of its stage.
 */
export function starterComponents(
  existingKinds: ReadonlySet<ComponentKind>,
  checklist: readonly StarterControl[],
  strings: Pick<AiReadinessStrings, 'starter'>,
): ParsedComponentInput[] {
  return STARTER_KINDS.filter((kind) => !existingKinds.has(kind)).map((kind) => {
    const stages = new Set<PipelineStage>(KIND_STAGES[kind]);
    return {
      kind,
      name: strings.starter[kind],
      inScope: true,
      scopeReason: '',
      ownerName: '',
      data: { personal: false, confidential: false, customer: false },
      controlIds: checklist.filter((c) => c.applicable && stages.has(c.stage)).map((c) => c.controlId),
      onTrainingPath: DEFAULT_PATHS[kind].training,
      onInferencePath: DEFAULT_PATHS[kind].inference,
      flowOrder: STARTER_KINDS.indexOf(kind),
      notes: '',
    };
  });
}

import { KIND_STAGES, PIPELINE_COMPONENT_KINDS, type ComponentKind } from '../boundary/types';
import type { PipelineStage } from '../domain';
import { applicable, assessmentRef } from './helpers';
import type { Rule, RuleInput } from './types';

/** Boundary rules: the system description must draw the boundary around training, serving and third-party AI APIs. */

function hasInScope(input: RuleInput, kind: ComponentKind): boolean {
  return input.components.some((c) => c.kind === kind && c.inScope);
}

export const trainingPipelineOmitted: Rule = {
  id: 'FW-AI-01',
  family: 'boundary',
  severity: 'high',
  criteria: ['CC2.2', 'CC2.3', 'CC3.2'],
  evaluate: (input) => (hasInScope(input, 'training_pipeline') ? [] : [{ records: assessmentRef(input), params: {} }]),
};

export const servingOmitted: Rule = {
  id: 'FW-AI-02',
  family: 'boundary',
  severity: 'high',
  criteria: ['CC2.3', 'CC3.2', 'CC6.6'],
  evaluate: (input) => (hasInScope(input, 'serving_endpoint') ? [] : [{ records: assessmentRef(input), params: {} }]),
};

export const thirdPartyApiOmitted: Rule = {
  id: 'FW-AI-03',
  family: 'boundary',
  severity: 'high',
  criteria: ['CC2.3', 'CC9.2'],
  evaluate: (input) => {
    const hosted = input.vendors.filter((v) => v.serviceType === 'hosted_model_api');
    if (hosted.length === 0 || hasInScope(input, 'third_party_ai_api')) return [];
    return [
      { records: hosted.map((v) => ({ type: 'vendor', id: v.id })), params: { vendors: hosted.map((v) => v.name) } },
    ];
  },
};

const PIPELINE_KINDS = new Set<ComponentKind>(PIPELINE_COMPONENT_KINDS);

/** The generic-template failure: an in-scope pipeline component that no applicable checklist control covers. */
export const componentWithoutControl: Rule = {
  id: 'FW-AI-04',
  family: 'boundary',
  severity: 'high',
  criteria: ['CC3.2', 'CC5.1'],
  evaluate: (input) => {
    const usable = input.controls.filter(applicable);
    const usableIds = new Set(usable.map((c) => c.controlId));
    const stagesCovered = new Set<PipelineStage>(usable.map((c) => c.stage));
    return input.components
      .filter((c) => c.inScope && PIPELINE_KINDS.has(c.kind))
      .filter(
        (c) => !c.controlIds.some((id) => usableIds.has(id)) && !KIND_STAGES[c.kind].some((s) => stagesCovered.has(s)),
      )
      .map((c) => ({
        records: [{ type: 'component' as const, id: c.id }],
        params: { component: c.name, kind: c.kind, stages: KIND_STAGES[c.kind] },
      }));
  },
};

export const BOUNDARY_RULES: readonly Rule[] = [
  trainingPipelineOmitted,
  servingOmitted,
  thirdPartyApiOmitted,
  componentWithoutControl,
];

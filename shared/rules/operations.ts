import { applicable, assessmentRef, controlRefs, idsOf, tagged } from './helpers';
import type { ReadinessControl, Rule } from './types';

/** ML operations rules: drift monitoring for Processing Integrity, model changes under change management. */

export const DRIFT_TAG = 'drift-monitoring';
export const REGISTRY_TAGS = ['model-registry-promotion', 'model-change-management'] as const;

export const driftMonitoringMissing: Rule = {
  id: 'FW-AI-13',
  family: 'operations',
  severity: 'high',
  criteria: ['PI1.3', 'PI1.4', 'CC7.2'],
  evaluate: (input) => {
    if (!input.assessment.categories.includes('processing-integrity')) return [];
    const drift = tagged(input.controls, DRIFT_TAG);
    if (drift.some((c) => c.status === 'implemented')) return [];
    return [
      { records: drift.length > 0 ? controlRefs(drift) : assessmentRef(input), params: { controls: idsOf(drift) } },
    ];
  },
};

export const registryOutsideChangeManagement: Rule = {
  id: 'FW-AI-14',
  family: 'operations',
  severity: 'critical',
  criteria: ['CC8.1'],
  evaluate: (input) => {
    const weak = input.controls.filter(
      (c: ReadinessControl) =>
        applicable(c) &&
        REGISTRY_TAGS.some((t) => c.tags.includes(t)) &&
        (c.status === 'not_implemented' || c.status === 'partial'),
    );
    return weak.length === 0 ? [] : [{ records: controlRefs(weak), params: { controls: idsOf(weak) } }];
  },
};

export const OPERATIONS_RULES: readonly Rule[] = [driftMonitoringMissing, registryOutsideChangeManagement];

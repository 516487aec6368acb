import type { BoundaryComponent, ComponentKind } from '../../shared/boundary/types';
import type { ReadinessControl, RuleInput } from '../../shared/rules/types';
import type { Vendor } from '../../shared/vendors/types';

/**
 * Hand-built plain inputs for the AI-readiness rules. `cleanInput()` is a Type II assessment on which no
 * rule fires; each test changes one thing to trigger (or not) one rule.
 */

export const TODAY = '2026-11-22';

export function control(controlId: string, overrides: Partial<ReadinessControl> = {}): ReadinessControl {
  return {
    controlId,
    status: 'implemented',
    stage: 'organisation_wide',
    frequency: 'monthly',
    criteria: ['CC1.1'],
    isKey: false,
    aiSpecific: false,
    tags: [],
    ownerName: 'Aisha Bello',
    ownerFunction: 'compliance',
    retired: false,
    ...overrides,
  };
}

export function component(
  id: string,
  kind: ComponentKind,
  overrides: Partial<BoundaryComponent> = {},
): BoundaryComponent {
  return {
    id,
    assessmentId: 'a1',
    kind,
    name: `${kind} ${id}`,
    inScope: true,
    scopeReason: '',
    ownerName: '',
    data: { personal: false, confidential: false, customer: false },
    controlIds: [],
    onTrainingPath: false,
    onInferencePath: false,
    flowOrder: 0,
    notes: '',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    ...overrides,
  };
}

/** An AI vendor every vendor rule is satisfied with as of TODAY. */
export function vendor(id: string, overrides: Partial<Vendor> = {}): Vendor {
  return {
    id,
    assessmentId: 'a1',
    name: `Vendor ${id}`,
    serviceType: 'hosted_model_api',
    purpose: 'Text generation for the assistant',
    models: [{ name: 'model-x', version: '2026-05' }],
    dataSent: { personal: true, confidential: true, customer: true },
    trainingUse: 'does_not_train',
    trainingUseSource: 'Data processing addendum, section 4',
    retentionInputsDays: 30,
    retentionOutputsDays: 30,
    retentionAssessed: true,
    retentionNote: 'Enterprise API terms',
    aiDueDiligence: true,
    aiDueDiligenceDate: '2026-09-15',
    subserviceMethod: 'carve_out',
    subserviceReason: 'The vendor has its own SOC 2 Type 2 report',
    soc2Report: { type: 'type2', periodEnd: '2026-06-30', bridgeLetter: false, bridgeLetterDate: null },
    cuecs: [],
    contract: { dataUseRestriction: true, outputOwnership: true, deletionAtTermination: true, auditRights: true },
    renewalDate: '2026-08-01',
    lastModelVersionChange: '2026-07-01',
    lastReviewed: '2026-09-15',
    notes: '',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    ...overrides,
  };
}

export const POLICY_CONTROLS: readonly [string, string][] = [
  ['AI-GOV-01', 'policy-ai-ethics-bias'],
  ['AI-GOV-02', 'policy-model-development'],
  ['AI-GOV-03', 'policy-ml-data-governance'],
  ['AI-GOV-04', 'policy-transparency-explainability'],
  ['AI-GOV-05', 'policy-ai-risk-management'],
];

export function cleanControls(): ReadinessControl[] {
  return [
    control('AI-DEV-01', {
      stage: 'training',
      aiSpecific: true,
      criteria: ['CC8.1', 'PI1.3'],
      tags: ['model-version-control'],
    }),
    control('AI-SRV-01', { stage: 'inference_serving', aiSpecific: true, criteria: ['CC6.1'] }),
    control('AI-VEN-04', { stage: 'third_party_ai', aiSpecific: true, criteria: ['CC9.2'] }),
    control('AI-MON-03', {
      stage: 'monitoring',
      aiSpecific: true,
      frequency: 'daily',
      criteria: ['PI1.3', 'PI1.4'],
      tags: ['drift-monitoring'],
    }),
    control('AI-REG-02', {
      stage: 'model_registry',
      aiSpecific: true,
      criteria: ['CC8.1'],
      tags: ['model-registry-promotion', 'model-change-management'],
    }),
    ...POLICY_CONTROLS.map(([id, tag]) =>
      control(id, { aiSpecific: true, frequency: 'annually', criteria: ['CC5.3'], tags: [tag] }),
    ),
  ];
}

export function cleanInput(overrides: Partial<RuleInput> = {}): RuleInput {
  return {
    today: TODAY,
    assessment: {
      id: 'a1',
      reportType: 'II',
      categories: ['security', 'processing-integrity'],
      windowStart: '2026-09-01',
      windowEnd: '2027-02-28',
      reviewDate: '2026-10-31',
    },
    controls: cleanControls(),
    criteria: ['CC1.1', 'CC5.3', 'CC6.1', 'CC8.1', 'CC9.2', 'PI1.3', 'PI1.4'].map((id) => ({ id, unaddressed: false })),
    components: [
      component('c-train', 'training_pipeline', { onTrainingPath: true }),
      component('c-serve', 'serving_endpoint', { onInferencePath: true }),
      component('c-api', 'third_party_ai_api', { onInferencePath: true }),
    ],
    vendors: [vendor('v1')],
    evidence: POLICY_CONTROLS.map(([id], i) => ({
      id: `e${i}`,
      kind: 'policy' as const,
      periodFrom: '2026-03-01',
      periodTo: '2026-03-01',
      collectedAt: '2026-09-10',
      controlIds: [id],
    })),
    coverage: [
      {
        controlId: 'AI-MON-03',
        noEvidence: false,
        pointInTimeOnly: false,
        gaps: [{ from: '2026-10-01', to: '2026-10-01', periods: 1, unit: 'periods' }],
      },
    ],
    reviews: [{ asOf: '2026-10-31', status: 'completed' }],
    ...overrides,
  };
}

/** The clean controls with one changed. */
export function withControl(id: string, change: Partial<ReadinessControl>): ReadinessControl[] {
  return cleanControls().map((c) => (c.controlId === id ? { ...c, ...change } : c));
}

import { controlIdsOf } from '../db/controls';
import { addStarterBoundary, listBoundary, saveComponent } from '../services/boundary';
import type { ServiceContext } from '../services/context';
import { saveRemediation } from '../services/remediation';
import { saveVendor } from '../services/vendors';
import { omit } from '../../shared/omit';

/**
 * The demo's AI-readiness data: the starter boundary with one data source out of scope, three vendors
 * (one assessed properly, one treated as generic SaaS, one stale), and two open remediation items.
 * Control statuses are left alone, so the demo's scores do not change.
 */
export function addDemoAiReadiness(ctx: ServiceContext, assessmentId: string): void {
  const present = controlIdsOf(ctx.db, assessmentId);
  const only = (ids: string[]) => ids.filter((id) => present.has(id));
  addStarterBoundary(ctx, assessmentId);
  saveComponent(ctx, assessmentId, {
    kind: 'data_source',
    name: 'Legacy CRM export (2019–2022)',
    inScope: false,
    scopeReason: 'Frozen archive, no longer used to train or evaluate any model; deletion scheduled.',
    data: { personal: true, customer: true },
    onTrainingPath: true,
    flowOrder: 0,
  });
  for (const component of listBoundary(ctx, assessmentId)) {
    if (component.kind !== 'data_source' && component.kind !== 'serving_endpoint') continue;
    if (!component.inScope) continue;
    saveComponent(ctx, assessmentId, {
      ...omit(component, ['assessmentId', 'createdAt', 'updatedAt']),
      data: { personal: true, confidential: true, customer: true },
    });
  }
  saveVendor(ctx, assessmentId, {
    name: 'Northwind LLM API',
    serviceType: 'hosted_model_api',
    purpose: 'Drafts answers in the Copilot assistant',
    models: [{ name: 'nw-chat-large', version: '2026-06' }],
    dataSent: { personal: true, confidential: true, customer: true },
    trainingUse: 'opted_out',
    trainingUseSource: 'Enterprise agreement, section 7.2 (no training on customer content)',
    retentionInputsDays: 0,
    retentionOutputsDays: 30,
    retentionAssessed: true,
    retentionNote: 'Zero-retention addendum for prompts; abuse-monitoring logs kept 30 days',
    aiDueDiligence: true,
    aiDueDiligenceDate: '2026-08-20',
    subserviceMethod: 'carve_out',
    subserviceReason: 'The provider has its own SOC 2 Type 2 report; its controls are excluded from our description',
    soc2Report: { type: 'type2', periodEnd: '2026-03-31', bridgeLetter: false, bridgeLetterDate: null },
    cuecs: [
      {
        description: 'API keys are scoped to the serving account and rotated quarterly',
        controlId: present.has('AI-VEN-04') ? 'AI-VEN-04' : null,
      },
    ],
    contract: { dataUseRestriction: true, outputOwnership: true, deletionAtTermination: true, auditRights: false },
    renewalDate: '2026-07-01',
    lastModelVersionChange: '2026-06-15',
    lastReviewed: '2026-08-20',
  });
  saveVendor(ctx, assessmentId, {
    name: 'VectorVault',
    serviceType: 'vector_database',
    purpose: 'Embeddings index for retrieval',
    dataSent: { confidential: true, customer: true },
    soc2Report: { type: 'type2', periodEnd: '2025-06-30', bridgeLetter: false, bridgeLetterDate: null },
    lastReviewed: '2025-09-01',
    renewalDate: '2026-09-01',
  });
  saveVendor(ctx, assessmentId, {
    name: 'LabelCrowd',
    serviceType: 'labelling_service',
    purpose: 'Human labelling of credit-risk training samples',
    dataSent: { personal: true },
    trainingUse: 'does_not_train',
    trainingUseSource: 'Master services agreement, clause 11',
    aiDueDiligence: true,
    aiDueDiligenceDate: '2026-05-12',
    lastReviewed: '2026-05-12',
  });
  saveRemediation(ctx, assessmentId, {
    action: 'Route model registry promotions through change tickets with approval and rollback evidence',
    ownerName: 'Priya Raman',
    ownerFunction: 'engineering',
    dueDate: '2026-12-15',
    priority: 'critical',
    controlIds: only(['AI-REG-02', 'AI-CHG-02']),
  });
  saveRemediation(ctx, assessmentId, {
    action: 'Complete AI due diligence for VectorVault and record retention answers',
    ownerName: 'Aisha Bello',
    ownerFunction: 'compliance',
    dueDate: '2027-01-31',
    priority: 'high',
  });
}

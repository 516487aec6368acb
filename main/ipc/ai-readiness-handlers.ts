import { renderDataFlowSvg } from '../../shared/boundary/data-flow';
import type { AiReadinessChannel } from '../../shared/ipc/ai-readiness-contract';
import { addStarterBoundary, dataFlowOf, deleteComponent, listBoundary, saveComponent } from '../services/boundary';
import { findingsOf, muteFinding, ownershipOf, unmuteFinding } from '../services/findings';
import { deleteRemediation, listPlan, saveRemediation } from '../services/remediation';
import { deleteVendor, listVendorViews, saveVendor } from '../services/vendors';
import type { Handlers } from './handlers';

/** Handlers of the AI-readiness channels, spread into `handlers` (handlers.ts). */
export const aiReadinessHandlers: Pick<Handlers, AiReadinessChannel> = {
  'boundary:list': (app, { assessmentId }) => listBoundary(app.services, assessmentId),
  'boundary:save': (app, { assessmentId, component }) => saveComponent(app.services, assessmentId, component),
  'boundary:delete': (app, { assessmentId, id }) => {
    deleteComponent(app.services, assessmentId, id);
    return { deleted: true as const };
  },
  'boundary:addStarter': (app, { assessmentId, lang }) => addStarterBoundary(app.services, assessmentId, lang),
  'boundary:dataFlow': (app, { assessmentId }) => {
    const flow = dataFlowOf(app.services, assessmentId);
    return { flow, svg: renderDataFlowSvg(flow) };
  },
  'vendor:list': (app, { assessmentId }) => listVendorViews(app.services, assessmentId),
  'vendor:save': (app, { assessmentId, vendor }) => saveVendor(app.services, assessmentId, vendor),
  'vendor:delete': (app, { assessmentId, id }) => {
    deleteVendor(app.services, assessmentId, id);
    return { deleted: true as const };
  },
  'ownership:get': (app, { assessmentId }) => ownershipOf(app.services, assessmentId),
  'findings:list': (app, { assessmentId, lang }) => findingsOf(app.services, assessmentId, lang),
  'findings:mute': (app, { assessmentId, key, justification }) =>
    muteFinding(app.services, assessmentId, key, justification),
  'findings:unmute': (app, { assessmentId, key }) => unmuteFinding(app.services, assessmentId, key),
  'remediation:list': (app, { assessmentId }) => listPlan(app.services, assessmentId),
  'remediation:save': (app, { assessmentId, item, applyToControls }) =>
    saveRemediation(app.services, assessmentId, item, { applyToControls }),
  'remediation:delete': (app, { assessmentId, id }) => {
    deleteRemediation(app.services, assessmentId, id);
    return { deleted: true as const };
  },
};

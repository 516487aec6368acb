import type { Channel } from '../../shared/ipc/channels';
import type { ChannelOutput, ChannelParsed } from '../../shared/ipc/contract';
import { addCustomControl, bulkUpdateControls, deleteCustomControl, listControls, updateControl } from '../services/controls';
import { createAssessment, getAssessment, listAssessments, updateAssessment } from '../services/assessments';
import { designSummaries, scoreOf } from '../services/score';
import { applyCatalogUpdate, pendingCatalogUpdate } from '../services/catalog-update';
import { saveReport } from '../report/save';
import type { AppState } from './app-state';
import { aiReadinessHandlers } from './ai-readiness-handlers';
import { auditHandlers } from './audit-handlers';
import { workspaceHandlers } from './workspace-handlers';
import { spreadsheetHandlers } from './spreadsheet-handlers';
import { interchangeHandlers } from './interchange-handlers';
import { coverageOf } from '../services/coverage';
import { completeReview, currentReview, getSampleSizes, recordSample, setSampleSizes, startReview } from '../services/review';
import { diffSnapshotsOf, getSnapshot, listSnapshotsOf, takeSnapshot } from '../services/snapshots';
import { addEvidenceFiles, linkEvidence, listEvidenceOf, listPopulationsOf, removeEvidence, setPopulation, unlinkEvidence, verifyEvidence } from '../services/evidence';

type Handler<C extends Channel> = (app: AppState, input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/**
 * Every IPC handler as a plain function of (app state, validated input). Electron's ipcMain and the
 * browser test bridge both call these through `invokeChannel`, so the UI is tested against the real code.
 */
export const handlers: Handlers = {
  'app:info': (app) => ({
    version: app.version,
    catalogVersion: app.services.catalog.version,
    workspacePath: app.workspacePath,
    platform: app.platform,
  }),
  'workspace:openDialog': async (app) => {
    const path = await app.dialogs.chooseWorkspaceToOpen();
    if (!path) return null;
    app.switchWorkspace(path, false);
    return { path };
  },
  'workspace:createDialog': async (app) => {
    const path = await app.dialogs.chooseWorkspaceToCreate();
    if (!path) return null;
    app.switchWorkspace(path, true);
    return { path };
  },
  'assessment:list': (app) => {
    const ctx = app.services;
    const assessments = listAssessments(ctx.db);
    const summaries = designSummaries(ctx, assessments);
    return assessments.map((assessment) => ({ ...assessment, controlCount: 0, design: 0, ...summaries.get(assessment.id) }));
  },
  'assessment:get': (app, { id }) => getAssessment(app.services, id),
  'assessment:create': (app, input) => createAssessment(app.services, input),
  'assessment:update': (app, { id, input }) => updateAssessment(app.services, id, input),
  'control:list': (app, { assessmentId }) => {
    getAssessment(app.services, assessmentId);
    return listControls(app.services.db, assessmentId);
  },
  'control:update': (app, { assessmentId, controlId, patch }) => updateControl(app.services, assessmentId, controlId, patch),
  'control:bulkUpdate': (app, { assessmentId, controlIds, patch }) => ({
    updated: bulkUpdateControls(app.services, assessmentId, controlIds, patch),
  }),
  'control:addCustom': (app, { assessmentId, control }) => addCustomControl(app.services, assessmentId, control),
  'control:deleteCustom': (app, { assessmentId, controlId }) => {
    deleteCustomControl(app.services, assessmentId, controlId);
    return { deleted: true as const };
  },
  'catalog:get': (app) => app.services.catalog,
  'catalog:pendingUpdate': (app, { assessmentId }) => pendingCatalogUpdate(app.services, assessmentId),
  'catalog:applyUpdate': (app, { assessmentId, accept }) => applyCatalogUpdate(app.services, assessmentId, accept),
  'score:get': (app, { assessmentId, asOf }) => scoreOf(app.services, assessmentId, asOf),
  'coverage:get': (app, { assessmentId, asOf }) => coverageOf(app.services, assessmentId, asOf),
  'review:start': (app, { assessmentId }) => startReview(app.services, assessmentId),
  'review:current': (app, { assessmentId }) => currentReview(app.services, assessmentId),
  'review:record': (app, input) => recordSample(app.services, input),
  'review:complete': (app, { reviewId, allowIncomplete }) => completeReview(app.services, reviewId, { allowIncomplete }),
  'snapshot:take': (app, { assessmentId, label }) => takeSnapshot(app.services, assessmentId, label),
  'snapshot:list': (app, { assessmentId }) => listSnapshotsOf(app.services, assessmentId),
  'snapshot:get': (app, { id }) => getSnapshot(app.services, id),
  'snapshot:diff': (app, { from, to }) => diffSnapshotsOf(app.services, from, to),
  'settings:getSampleSizes': (app) => getSampleSizes(app.services),
  'settings:setSampleSizes': (app, { sizes }) => setSampleSizes(app.services, sizes),
  'report:save': (app, { assessmentId, options }) => saveReport(app, assessmentId, options),
  'evidence:list': (app, { assessmentId }) => listEvidenceOf(app.services, assessmentId),
  'evidence:add': (app, input) => addEvidenceFiles(app.services, app.evidenceStoreDir, input),
  'evidence:chooseFiles': (app) => app.dialogs.chooseEvidenceFiles(),
  'evidence:link': (app, { evidenceId, controlId }) => linkEvidence(app.services, evidenceId, controlId),
  'evidence:unlink': (app, { evidenceId, controlId }) => unlinkEvidence(app.services, evidenceId, controlId),
  'evidence:remove': (app, { evidenceId, controlId }) => removeEvidence(app.services, app.evidenceStoreDir, evidenceId, controlId),
  'evidence:verify': (app, { assessmentId }) => verifyEvidence(app.services, app.evidenceStoreDir, assessmentId),
  'evidence:populations': (app, { assessmentId }) => listPopulationsOf(app.services, assessmentId),
  'evidence:setPopulation': (app, { assessmentId, controlId, population, evidenced }) =>
    setPopulation(app.services, assessmentId, controlId, population, evidenced),
  ...aiReadinessHandlers,
  ...workspaceHandlers,
  ...spreadsheetHandlers,
  ...auditHandlers,
  ...interchangeHandlers,
};

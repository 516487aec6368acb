import type { Channel } from '../../shared/ipc/channels';
import type { ChannelOutput, ChannelParsed } from '../../shared/ipc/contract';
import { addCustomControl, bulkUpdateControls, deleteCustomControl, listControls, updateControl } from '../services/controls';
import { createAssessment, getAssessment, listAssessments, updateAssessment } from '../services/assessments';
import { scoreOf } from '../services/score';
import { applyCatalogUpdate, pendingCatalogUpdate } from '../services/catalog-update';
import { saveReport } from '../report/save';
import type { AppState } from './app-state';

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
    return listAssessments(ctx.db).map((assessment) => {
      const score = scoreOf(ctx, assessment.id);
      return { ...assessment, controlCount: score.controls.length, design: score.overall.design };
    });
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
  'score:get': (app, { assessmentId }) => scoreOf(app.services, assessmentId),
  'report:save': (app, { assessmentId, options }) => saveReport(app, assessmentId, options),
};

import type { WorkspaceChannel } from '../../shared/ipc/workspace-contract';
import { backupDirOf, listBackups } from '../backup/backups';
import { changeSessionPassphrase, encryptSession, restoreSession } from '../workspace/operations';
import { summaryOf } from '../workspace/open-path';
import type { Handlers } from './handlers';

/** Handlers of the workspace-protection channels (lock, passphrase, backups, recovery), spread into `handlers`. */
export const workspaceHandlers: Pick<Handlers, WorkspaceChannel> = {
  'workspace:status': (app) => app.session.status(),
  'workspace:unlock': (app, { passphrase, remember }) => {
    const outcome = app.session.unlock(passphrase, remember);
    return { outcome, status: app.session.status() };
  },
  'workspace:unlockRemembered': (app) => {
    const outcome = app.session.unlockRemembered();
    return { outcome, status: app.session.status() };
  },
  'workspace:lock': (app) => {
    app.session.lock('manual');
    return app.session.status();
  },
  'workspace:activity': (app) => {
    app.session.touch();
    return { ok: true as const };
  },
  'workspace:changePassphrase': (app, { current, next }) => {
    const backup = changeSessionPassphrase(app.session, current, next, app.now());
    return { status: app.session.status(), backup };
  },
  'workspace:encrypt': async (app, { passphrase, remember }) => {
    const outcome = await encryptSession(app.session, passphrase, remember, app.now());
    return { ...outcome, status: app.session.status() };
  },
  'workspace:forgetPassphrase': (app) => {
    app.session.forgetPassphrase();
    return app.session.status();
  },
  'workspace:getSettings': (app) => {
    app.session.requireDb();
    return app.session.protection;
  },
  'workspace:setSettings': (app, settings) => app.session.saveSettings(settings),
  'workspace:backups': (app) => {
    app.session.requireDb();
    return {
      backups: listBackups(app.workspacePath).map(summaryOf),
      dir: backupDirOf(app.workspacePath),
      settings: app.session.protection,
      lastError: app.session.lastBackupError,
    };
  },
  'workspace:backupNow': (app) => summaryOf(app.session.backupNow()),
  'workspace:restore': (app, { name, latestGood }) => {
    const outcome = restoreSession(app.session, { name, latestGood }, app.now());
    return { ...outcome, status: app.session.status() };
  },
};

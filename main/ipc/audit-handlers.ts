import { parseAnchor } from '../../shared/audit/types';
import type { AuditChannel } from '../../shared/ipc/audit-contract';
import {
  defaultAuditExportName,
  exportAudit,
  getAuditActor,
  listAudit,
  setAuditActor,
  verifyAudit,
} from '../services/audit';
import type { Handlers } from './handlers';

/** Handlers of the audit-trail channels, spread into `handlers` (handlers.ts). */
export const auditHandlers: Pick<Handlers, AuditChannel> = {
  'audit:list': (app, { filter, beforeSeq, limit }) => listAudit(app.services, filter, beforeSeq, limit),
  'audit:verify': (app, { anchor }) => verifyAudit(app.services, (anchor && parseAnchor(anchor)) || undefined),
  'audit:export': async (app, { format, filter }) => {
    const ctx = app.services;
    const path = await app.dialogs.chooseExportPath(defaultAuditExportName(ctx.now(), format), format);
    if (!path) return null;
    const result = exportAudit(ctx, path, format, filter);
    return {
      path: result.path,
      entries: result.entries,
      verified: result.verification.ok,
      head: result.verification.head,
    };
  },
  'audit:getActor': (app) => getAuditActor(app.services),
  'audit:setActor': (app, { name }) => setAuditActor(app.services, name),
};

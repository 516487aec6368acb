import { randomUUID } from 'node:crypto';
import { isoDateOf } from '../../shared/dates';
import type { Assessment } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { omit } from '../../shared/omit';
import {
  assessRemediationItem,
  orderPlan,
  remediationInputSchema,
  type RemediationItem,
  type RemediationItemView,
} from '../../shared/remediation/plan';
import { deleteRemediationRow, findRemediation, listRemediation, writeRemediation } from '../db/remediation';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { updateControl } from './controls';
import { findingsOf } from './findings';
import { normaliseControlIds, parseOrThrow, requireChecklistControls } from './ai-input';

/**
 * The remediation plan. "The plan updates the scores as items close": saving an item as done with
 * `applyToControls` sets every control it links to `implemented` in the same transaction as the closure,
 * so the readiness score moves at once (and both are rolled back together if either fails). Re-opening an
 * item does not revert its controls: their status is edited in the checklist.
 */

export interface SaveOptions {
  applyToControls?: boolean;
}

function view(ctx: ServiceContext, assessment: Assessment, item: RemediationItem): RemediationItemView {
  return assessRemediationItem(item, { today: isoDateOf(ctx.now()), windowEnd: assessment.windowEnd });
}

export function listPlan(ctx: ServiceContext, assessmentId: string): RemediationItemView[] {
  const assessment = getAssessment(ctx, assessmentId);
  return orderPlan(listRemediation(ctx.db, assessmentId).map((item) => view(ctx, assessment, item)));
}

export function getRemediation(ctx: ServiceContext, assessmentId: string, id: string): RemediationItem {
  const item = findRemediation(ctx.db, getAssessment(ctx, assessmentId).id, id);
  if (!item) throw new AppError('not_found', `No remediation item with id ${id} in this assessment.`);
  return item;
}

/** Adds an item (no id) or replaces one (with its id); newly linked finding keys must be current findings. */
export function saveRemediation(
  ctx: ServiceContext,
  assessmentId: string,
  raw: unknown,
  options: SaveOptions = {},
): RemediationItemView {
  const input = parseOrThrow(remediationInputSchema, raw, 'The remediation item');
  return ctx.db.transaction(() => {
    const assessment = getAssessment(ctx, assessmentId);
    const existing = input.id === undefined ? undefined : getRemediation(ctx, assessmentId, input.id);
    const controlIds = normaliseControlIds(input.controlIds);
    requireChecklistControls(ctx, assessmentId, controlIds);
    const findingKeys = [...new Set(input.findingKeys)];
    const added = findingKeys.filter((k) => !existing?.findingKeys.includes(k));
    if (added.length > 0) {
      const current = new Set(findingsOf(ctx, assessmentId).findings.map((f) => f.key));
      const unknown = added.filter((k) => !current.has(k));
      if (unknown.length > 0)
        throw new AppError('invalid_input', `Not a current finding: ${unknown.join(', ')} (see "fieldwork findings").`);
    }
    const now = ctx.now().toISOString();
    const done = input.status === 'done';
    const id = existing?.id ?? randomUUID();
    writeRemediation(
      ctx.db,
      {
        id,
        assessmentId,
        action: input.action,
        ownerName: input.ownerName,
        ownerFunction: input.ownerFunction,
        dueDate: input.dueDate,
        priority: input.priority,
        status: input.status,
        controlIds,
        findingKeys,
        notes: input.notes,
        createdAt: existing?.createdAt ?? now,
        closedAt: done ? (existing?.status === 'done' ? existing.closedAt : now) : null,
      },
      now,
    );
    if (done && options.applyToControls) {
      for (const controlId of controlIds) updateControl(ctx, assessmentId, controlId, { status: 'implemented' });
    }
    return view(ctx, assessment, getRemediation(ctx, assessmentId, id));
  })();
}

/** Marks an item done (optionally setting its linked controls to implemented, atomically). */
export function closeRemediation(
  ctx: ServiceContext,
  assessmentId: string,
  id: string,
  options: SaveOptions = {},
): RemediationItemView {
  const fields = omit(getRemediation(ctx, assessmentId, id), ['assessmentId', 'createdAt', 'updatedAt', 'closedAt']);
  return saveRemediation(ctx, assessmentId, { ...fields, status: 'done' }, options);
}

export function deleteRemediation(ctx: ServiceContext, assessmentId: string, id: string): void {
  getRemediation(ctx, assessmentId, id);
  deleteRemediationRow(ctx.db, assessmentId, id);
}

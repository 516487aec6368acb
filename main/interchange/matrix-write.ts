import type { AssessmentControl } from '../../shared/domain';
import type { ImportPlan } from '../../shared/interchange/import-types';
import { AppError } from '../../shared/ipc/result';
import { insertControls, listControls, nextSortOrder, writeControls, type NewControl } from '../db/controls';
import type { ServiceContext } from '../services/context';
import { reserveCustomIds } from '../services/controls';

/**
 * Writes a validated import plan (call inside the import's transaction): new custom controls at the end of
 * the checklist, then the updates. Returns the ids of the controls added, in file order.
 */
export function writeImportPlan(ctx: ServiceContext, assessmentId: string, plan: ImportPlan): string[] {
  const now = ctx.now().toISOString();
  const current = new Map(listControls(ctx.db, assessmentId).map((c) => [c.controlId, c]));
  const taken = new Set([...current.keys(), ...plan.creates.flatMap((c) => (c.controlId ? [c.controlId] : []))]);
  const fresh = reserveCustomIds(ctx, assessmentId, taken, plan.creates.filter((c) => c.controlId === null).length);
  let order = nextSortOrder(ctx.db, assessmentId);
  const inserts: NewControl[] = plan.creates.map((create) => {
    const controlId = create.controlId ?? fresh.shift();
    if (!controlId) throw new AppError('internal', 'No control id was reserved for an imported row.');
    return {
      assessmentId,
      controlId,
      source: 'custom',
      title: create.title,
      description: create.description,
      criteria: create.criteria,
      stage: create.stage,
      frequency: create.frequency,
      status: create.status,
      justification: create.justification,
      ownerName: create.ownerName,
      ownerFunction: create.ownerFunction,
      notes: create.notes,
      isKey: create.isKey,
      sortOrder: order++,
    };
  });
  insertControls(ctx.db, inserts, now);
  const writes = plan.updates.map((update): AssessmentControl => {
    const control = current.get(update.controlId);
    if (!control)
      throw new AppError(
        'not_found',
        `Row ${update.row}: ${update.controlId} is no longer in the checklist; nothing was imported.`,
      );
    const next: AssessmentControl = { ...control, ...update.patch };
    if (next.status === 'not_applicable' && next.justification.trim() === '') {
      throw new AppError(
        'justification_required',
        `Row ${update.row}: ${update.controlId} would be not applicable without a justification; nothing was imported.`,
      );
    }
    return next;
  });
  writeControls(ctx.db, writes, now);
  const ids = inserts.map((c) => c.controlId);
  return ids;
}

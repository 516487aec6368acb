import type { AssessmentControl } from '../../shared/domain';
import { CRITERION_IDS } from '../../shared/catalog/criteria-ids';
import type { ControlPatch, CustomControlInput } from '../../shared/ipc/contract';
import { customControlSchema } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { findControl, insertControl, listControls, nextSortOrder, writeControl, deleteControlRow, controlIdsOf } from '../db/controls';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';

const KNOWN_CRITERIA = new Set(CRITERION_IDS);

export { listControls };

/** Normalises criterion ids typed by people (`cc6.1 ` → `CC6.1`) and rejects unknown ones. */
export function normaliseCriteria(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of ids) {
    const id = raw.trim().toUpperCase();
    if (!KNOWN_CRITERIA.has(id)) {
      throw new AppError('invalid_input', `Unknown criterion "${raw}". Use Trust Services Criteria ids such as CC6.1, A1.2 or P4.1.`);
    }
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

export function getControl(ctx: ServiceContext, assessmentId: string, controlId: string): AssessmentControl {
  getAssessment(ctx, assessmentId);
  const control = findControl(ctx.db, assessmentId, controlId);
  if (!control) throw new AppError('not_found', `No control ${controlId} in this assessment.`);
  return control;
}

function applyPatch(control: AssessmentControl, patch: ControlPatch): AssessmentControl {
  const next: AssessmentControl = { ...control };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.justification !== undefined) next.justification = patch.justification.trim();
  if (patch.ownerName !== undefined) next.ownerName = patch.ownerName.trim();
  if (patch.ownerFunction !== undefined) next.ownerFunction = patch.ownerFunction;
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.isKey !== undefined) next.isKey = patch.isKey;
  const customOnly = patch.title !== undefined || patch.description !== undefined || patch.criteria !== undefined;
  if (customOnly && control.source !== 'custom') {
    throw new AppError('invalid_input', `${control.controlId} comes from the catalog: its title, description and criteria are fixed. Add a custom control instead.`);
  }
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.criteria !== undefined) next.criteria = normaliseCriteria(patch.criteria);
  if (next.status === 'not_applicable' && next.justification.length === 0) {
    throw new AppError('justification_required', `Marking ${control.controlId} not applicable needs a justification (why the control does not apply to this system).`);
  }
  return next;
}

export function updateControl(ctx: ServiceContext, assessmentId: string, controlId: string, patch: ControlPatch): AssessmentControl {
  return ctx.db.transaction(() => {
    const next = applyPatch(getControl(ctx, assessmentId, controlId), patch);
    writeControl(ctx.db, next, ctx.now().toISOString());
    return getControl(ctx, assessmentId, controlId);
  })();
}

/** Applies one patch to many controls, all or nothing. */
export function bulkUpdateControls(ctx: ServiceContext, assessmentId: string, controlIds: readonly string[], patch: ControlPatch): number {
  return ctx.db.transaction(() => {
    const now = ctx.now().toISOString();
    for (const controlId of controlIds) {
      writeControl(ctx.db, applyPatch(getControl(ctx, assessmentId, controlId), patch), now);
    }
    return controlIds.length;
  })();
}

/**
 * The next CUS-nn id above every custom id this assessment has ever used (a high-water mark kept in
 * `meta`), so an id that was deleted is never given to a different control.
 */
function nextCustomId(ctx: ServiceContext, assessmentId: string, existing: ReadonlySet<string>): string {
  return reserveCustomIds(ctx, assessmentId, existing, 1)[0] ?? 'CUS-01';
}

/** `count` consecutive CUS-nn ids above the high-water mark and every id in `existing` (call inside a transaction). */
export function reserveCustomIds(
  ctx: ServiceContext,
  assessmentId: string,
  existing: ReadonlySet<string>,
  count: number,
): string[] {
  const key = `custom_control_seq:${assessmentId}`;
  const stored = Number(ctx.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) ?? 0);
  let highest = Math.max(stored, 0);
  for (const id of existing) highest = Math.max(highest, Number(/^CUS-(\d+)$/.exec(id)?.[1] ?? 0));
  if (count <= 0) return [];
  ctx.db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, String(highest + count));
  return Array.from({ length: count }, (_, i) => `CUS-${String(highest + i + 1).padStart(2, '0')}`);
}

export function addCustomControl(ctx: ServiceContext, assessmentId: string, raw: CustomControlInput): AssessmentControl {
  const parsed = customControlSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', `The custom control is not valid: ${issue?.path.join('.') || 'input'} ${issue?.message ?? ''}.`);
  }
  const input = parsed.data;
  return ctx.db.transaction(() => {
    getAssessment(ctx, assessmentId);
    const existing = controlIdsOf(ctx.db, assessmentId);
    const controlId = input.controlId?.trim().toUpperCase() ?? nextCustomId(ctx, assessmentId, existing);
    if (existing.has(controlId) || ctx.catalog.controls.some((c) => c.id === controlId)) {
      throw new AppError('duplicate', `A control with id ${controlId} already exists; choose another id.`);
    }
    insertControl(
      ctx.db,
      {
        assessmentId,
        controlId,
        source: 'custom',
        title: input.title,
        description: input.description,
        criteria: normaliseCriteria(input.criteria),
        stage: input.stage,
        frequency: input.frequency,
        status: 'not_assessed',
        justification: '',
        ownerName: '',
        ownerFunction: null,
        notes: '',
        isKey: input.isKey,
        sortOrder: nextSortOrder(ctx.db, assessmentId),
      },
      ctx.now().toISOString(),
    );
    return getControl(ctx, assessmentId, controlId);
  })();
}

export function deleteCustomControl(ctx: ServiceContext, assessmentId: string, controlId: string): void {
  const control = getControl(ctx, assessmentId, controlId);
  if (control.source !== 'custom') {
    throw new AppError('invalid_input', `${controlId} comes from the catalog and cannot be deleted; mark it not applicable with a justification instead.`);
  }
  deleteControlRow(ctx.db, assessmentId, controlId);
}

import { randomUUID } from 'node:crypto';
import { isoDateOf } from '../../shared/dates';
import type { IsoDate } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { omit } from '../../shared/omit';
import { withStaleness, type VendorView } from '../../shared/vendors/staleness';
import { vendorInputSchema, vendorToInput, type Vendor } from '../../shared/vendors/types';
import { deleteVendorRow, findVendor, findVendorByName, listVendors, writeVendor } from '../db/vendors';
import { getAssessment } from './assessments';
import type { ServiceContext } from './context';
import { normaliseControlIds, parseOrThrow, requireChecklistControls } from './ai-input';

/** The third-party (AI) vendor inventory of an assessment. */

export function listVendorViews(ctx: ServiceContext, assessmentId: string, asOf?: IsoDate): VendorView[] {
  getAssessment(ctx, assessmentId);
  const date = asOf ?? isoDateOf(ctx.now());
  return listVendors(ctx.db, assessmentId).map((v) => withStaleness(v, date));
}

export function getVendor(ctx: ServiceContext, assessmentId: string, id: string): Vendor {
  const vendor = findVendor(ctx.db, getAssessment(ctx, assessmentId).id, id);
  if (!vendor) throw new AppError('not_found', `No vendor with id ${id} in this assessment.`);
  return vendor;
}

/** A vendor by id, or by name (case-insensitive) when no vendor has that id. */
export function resolveVendor(ctx: ServiceContext, assessmentId: string, idOrName: string): Vendor {
  getAssessment(ctx, assessmentId);
  const vendor = findVendor(ctx.db, assessmentId, idOrName) ?? findVendorByName(ctx.db, assessmentId, idOrName);
  if (!vendor)
    throw new AppError('not_found', `No vendor "${idOrName}" in this assessment (see "fieldwork vendor list").`);
  return vendor;
}

/**
 * Adds a vendor (no id) or replaces one (with its id). Validation: the schema's field and cross-field
 * rules (vendors/types.ts), a unique name per assessment, and CUECs mapped to controls of the checklist.
 */
export function saveVendor(ctx: ServiceContext, assessmentId: string, raw: unknown): VendorView {
  const input = parseOrThrow(vendorInputSchema, raw, 'The vendor');
  return ctx.db.transaction(() => {
    getAssessment(ctx, assessmentId);
    const existing = input.id === undefined ? undefined : getVendor(ctx, assessmentId, input.id);
    const clash = findVendorByName(ctx.db, assessmentId, input.name);
    if (clash && clash.id !== existing?.id) {
      throw new AppError(
        'duplicate',
        `A vendor named "${clash.name}" is already in the inventory; update it instead of adding it twice.`,
      );
    }
    const cuecs = input.cuecs.map((c) => ({
      description: c.description,
      controlId: c.controlId === null ? null : (normaliseControlIds([c.controlId])[0] ?? null),
    }));
    requireChecklistControls(
      ctx,
      assessmentId,
      cuecs.flatMap((c) => (c.controlId ? [c.controlId] : [])),
    );
    const id = existing?.id ?? randomUUID();
    writeVendor(ctx.db, { ...omit(input, ['id']), cuecs, id, assessmentId }, ctx.now().toISOString());
    return withStaleness(getVendor(ctx, assessmentId, id), isoDateOf(ctx.now()));
  })();
}

/** Applies a partial change to an existing vendor (nested objects merge one level deep), then saves it. */
export function updateVendor(
  ctx: ServiceContext,
  assessmentId: string,
  idOrName: string,
  patch: Record<string, unknown>,
): VendorView {
  const current = vendorToInput(resolveVendor(ctx, assessmentId, idOrName));
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const before = merged[key];
    const nested =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      before !== null &&
      typeof before === 'object' &&
      !Array.isArray(before);
    merged[key] = nested ? { ...before, ...value } : value;
  }
  return saveVendor(ctx, assessmentId, { ...merged, id: current.id });
}

export function deleteVendor(ctx: ServiceContext, assessmentId: string, idOrName: string): Vendor {
  const vendor = resolveVendor(ctx, assessmentId, idOrName);
  deleteVendorRow(ctx.db, assessmentId, vendor.id);
  return vendor;
}

import type { Assessment } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import type { CatalogUpdate } from '../../shared/ipc/contract';
import type { Localised } from '../../shared/catalog/schema';
import { loadCatalogVersion } from '../db/catalog-versions';
import { listControls } from '../db/controls';
import { getAssessment, instantiateCatalogControls } from './assessments';
import { compareVersions, inScopeCriteria, pinnedCatalog, recordShippedCatalog } from './catalog-versions';
import type { ServiceContext } from './context';


export function pendingCatalogUpdate(ctx: ServiceContext, assessmentId: string): CatalogUpdate | null {
  const assessment = getAssessment(ctx, assessmentId);
  if (compareVersions(ctx.catalog.version, assessment.catalogVersion) <= 0) return null;
  const inScope = inScopeCriteria(assessment);
  const checklist = listControls(ctx.db, assessmentId);
  const present = new Set(checklist.map((c) => c.controlId));
  const shipped = new Set(ctx.catalog.controls.map((c) => c.id));
  const retired = checklist.filter((c) => c.source === 'catalog' && !c.retired && !shipped.has(c.controlId)).map((c) => c.controlId);
  const pinned = loadCatalogVersion(ctx.db, assessment.catalogVersion);
  const retiredTitles: Record<string, Localised> = {};
  for (const id of retired) {
    const title = pinned?.controls.find((c) => c.id === id)?.title;
    if (title) retiredTitles[id] = title;
  }
  return {
    assessmentId,
    from: assessment.catalogVersion,
    to: ctx.catalog.version,
    offered: ctx.catalog.controls.filter((c) => !present.has(c.id) && c.criteria.some((id) => inScope.has(id))).map((c) => c.id),
    retired,
    retiredTitles,
  };
}

/**
 * Moves an assessment to the shipped catalog: adds the accepted new controls, flags retired ones (keeping
 * their status, owner, notes and a copy of their title), and keeps every user edit. All or nothing.
 */
export function applyCatalogUpdate(ctx: ServiceContext, assessmentId: string, accept: readonly string[]): Assessment {
  return ctx.db.transaction(() => {
    const update = pendingCatalogUpdate(ctx, assessmentId);
    if (!update) throw new AppError('up_to_date', 'This assessment already uses the newest catalog.');
    const offered = new Set(update.offered);
    const unknown = accept.filter((id) => !offered.has(id));
    if (unknown.length > 0) {
      throw new AppError('invalid_input', `Not offered by the catalog update: ${unknown.join(', ')}.`);
    }
    const old = pinnedCatalog(ctx, getAssessment(ctx, assessmentId));
    const retire = ctx.db.prepare(
      `UPDATE assessment_controls SET retired = 1, title = coalesce(title, ?), description = coalesce(description, ?)
       WHERE assessment_id = ? AND control_id = ?`,
    );
    for (const id of update.retired) {
      const before = old.controls.find((c) => c.id === id);
      retire.run(before?.title.en ?? id, before?.description.en ?? '', assessmentId, id);
    }
    recordShippedCatalog(ctx);
    ctx.db
      .prepare('UPDATE assessments SET catalog_version = ?, updated_at = ? WHERE id = ?')
      .run(update.to, ctx.now().toISOString(), assessmentId);
    const assessment = getAssessment(ctx, assessmentId);
    instantiateCatalogControls(ctx, assessment, new Set(accept));
    return assessment;
  })();
}

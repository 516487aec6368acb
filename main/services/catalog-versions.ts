import type { Assessment } from '../../shared/domain';
import type { Catalog } from '../../shared/catalog/schema';
import { CRITERION_REFS } from '../../shared/catalog/criteria-ids';
import { AppError } from '../../shared/ipc/result';
import { loadCatalogVersion, storeCatalogVersion } from '../db/catalog-versions';
import type { ServiceContext } from './context';

/** Compares semantic versions `1.2.3`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Records the shipped catalog in the workspace (idempotent); called whenever a workspace is opened. */
export function recordShippedCatalog(ctx: ServiceContext): void {
  storeCatalogVersion(ctx.db, ctx.catalog, ctx.now().toISOString());
}

/** The catalog an assessment is pinned to: the shipped one, or the older version stored in the workspace. */
export function pinnedCatalog(ctx: ServiceContext, assessment: Pick<Assessment, 'catalogVersion'>): Catalog {
  if (assessment.catalogVersion === ctx.catalog.version) return ctx.catalog;
  const stored = loadCatalogVersion(ctx.db, assessment.catalogVersion);
  if (!stored) {
    throw new AppError('catalog_missing', `This assessment uses catalog ${assessment.catalogVersion}, which is not stored in the workspace.`);
  }
  return stored;
}

export function inScopeCriteria(assessment: Pick<Assessment, 'categories'>): Set<string> {
  const scope = new Set(assessment.categories);
  return new Set(CRITERION_REFS.filter((c) => scope.has(c.category)).map((c) => c.id));
}

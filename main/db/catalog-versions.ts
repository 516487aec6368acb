import type { Catalog } from '../../shared/catalog/schema';
import type { Db } from './open';

/** Stores a catalog version in the workspace, once, so assessments pinned to it keep their reference data. */
export function storeCatalogVersion(db: Db, catalog: Catalog, now: string): void {
  db.prepare(
    'INSERT INTO catalog_versions (version, released, data, loaded_at) VALUES (?, ?, ?, ?) ON CONFLICT (version) DO NOTHING',
  ).run(catalog.version, catalog.released, JSON.stringify(catalog), now);
}

export function loadCatalogVersion(db: Db, version: string): Catalog | undefined {
  const data = db.prepare('SELECT data FROM catalog_versions WHERE version = ?').pluck().get(version) as string | undefined;
  return data === undefined ? undefined : (JSON.parse(data) as Catalog);
}

export function listCatalogVersions(db: Db): string[] {
  return db.prepare('SELECT version FROM catalog_versions ORDER BY loaded_at, version').pluck().all() as string[];
}

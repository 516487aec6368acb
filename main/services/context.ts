import type { Catalog } from '../../shared/catalog/schema';
import type { Db } from '../db/open';

/** What every service needs: the open workspace, the shipped catalog, and an injected clock. */
export interface ServiceContext {
  db: Db;
  catalog: Catalog;
  now: () => Date;
}

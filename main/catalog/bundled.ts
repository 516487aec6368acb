import manifest from '../../assets/catalog/manifest.json';
import criteriaFile from '../../assets/catalog/criteria.json';
import cc1to5 from '../../assets/catalog/controls/common-criteria-cc1-cc5.json';
import cc6to9 from '../../assets/catalog/controls/common-criteria-cc6-cc9.json';
import otherCategories from '../../assets/catalog/controls/privacy-availability-integrity-confidentiality.json';
import aiData from '../../assets/catalog/controls/ai-data-and-model-lifecycle.json';
import aiOps from '../../assets/catalog/controls/ai-operations-vendors-governance.json';
import {
  catalogManifestSchema,
  controlsFileSchema,
  criteriaFileSchema,
  type Catalog,
} from '../../shared/catalog/schema';
import { validateCatalog } from '../../shared/catalog/validate';

/** The raw catalog files as shipped in assets/catalog, bundled into the app at build time. */
export const CATALOG_FILES = { manifest, criteriaFile, controlFiles: [cc1to5, cc6to9, otherCategories, aiData, aiOps] };

let cached: Catalog | undefined;

/** The catalog this build ships, parsed and checked once. */
export function bundledCatalog(): Catalog {
  if (cached) return cached;
  const meta = catalogManifestSchema.parse(CATALOG_FILES.manifest);
  const { criteria } = criteriaFileSchema.parse(CATALOG_FILES.criteriaFile);
  const controls = CATALOG_FILES.controlFiles.flatMap((file) => controlsFileSchema.parse(file).controls);
  const catalog: Catalog = { ...meta, criteria, controls };
  const problems = validateCatalog(catalog);
  if (problems.length > 0) throw new Error(`The shipped catalog is inconsistent: ${problems.join('; ')}`);
  cached = catalog;
  return catalog;
}

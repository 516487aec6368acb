import type { EvidenceItem, EvidenceKind } from '../../../../shared/domain';
import type { Locale } from '../../../../shared/format';

export interface EvidenceFilters {
  query: string;
  kind: EvidenceKind | '';
  controlId: string;
}

export const NO_EVIDENCE_FILTERS: EvidenceFilters = { query: '', kind: '', controlId: '' };

export type EvidenceSortColumn = 'name' | 'covers' | 'collected' | 'size';
export interface EvidenceSort {
  column: EvidenceSortColumn;
  direction: 1 | -1;
}

/** Items matching the filters (search over name, source, collector, notes and hash), sorted. */
export function filterEvidence(
  items: readonly EvidenceItem[],
  filters: EvidenceFilters,
  sort: EvidenceSort,
): EvidenceItem[] {
  const q = filters.query.trim().toLowerCase();
  const shown = items.filter(
    (e) =>
      (filters.kind === '' || e.kind === filters.kind) &&
      (filters.controlId === '' || e.controlIds.includes(filters.controlId)) &&
      (q === '' ||
        [e.originalName, e.sourceSystem, e.collectedBy, e.notes, e.sha256].some((v) => v.toLowerCase().includes(q))),
  );
  const key = (e: EvidenceItem): string | number => {
    switch (sort.column) {
      case 'name':
        return e.originalName.toLowerCase();
      case 'covers':
        return `${e.periodFrom}${e.periodTo}`;
      case 'collected':
        return e.collectedAt;
      case 'size':
        return e.size;
    }
  };
  return shown.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : a.originalName.localeCompare(b.originalName)) * sort.direction;
  });
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
/** French sizes count octets: o, Ko, Mo… */
const UNITS_FR = ['o', 'Ko', 'Mo', 'Go', 'To'] as const;

/** A file size for people, in powers of 1024: `512 B`, `1.5 MB` (`1,5 Mo` in French). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
  return locale === 'fr' ? `${text}\u00a0${UNITS_FR[unit] ?? 'o'}` : `${text} ${UNITS[unit] ?? 'B'}`;
}

/** The first 12 hex digits: enough to tell files apart at a glance; the full hash is in the tooltip. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../../shared/domain';
import { NO_EVIDENCE_FILTERS, type EvidenceFilters as Filters } from './evidence-view';

interface EvidenceFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Control ids that have evidence, for the control filter. */
  controlIds: readonly string[];
  shown: number;
  total: number;
}

/** Search, kind and control filters, and how many rows they hide. */
export function EvidenceFilters({ filters, onChange, controlIds, shown, total }: EvidenceFiltersProps) {
  const { t } = useTranslation();
  const hidden = total - shown;
  return (
    <div className="filters" role="search">
      <label className="filter filter-search">
        <span className="filter-label">{t('evidence.filters.search')}</span>
        <input
          type="search"
          placeholder={t('evidence.filters.searchPlaceholder')}
          value={filters.query}
          onChange={(e) => onChange({ ...filters, query: e.target.value })}
        />
      </label>
      <label className="filter">
        <span className="filter-label">{t('evidence.filters.kind')}</span>
        <select
          value={filters.kind}
          onChange={(e) => onChange({ ...filters, kind: e.target.value as EvidenceKind | '' })}
        >
          <option value="">{t('evidence.filters.allKinds')}</option>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`evidenceKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('evidence.filters.control')}</span>
        <select value={filters.controlId} onChange={(e) => onChange({ ...filters, controlId: e.target.value })}>
          <option value="">{t('evidence.filters.allControls')}</option>
          {controlIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      {hidden > 0 && (
        <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(NO_EVIDENCE_FILTERS)}>
          {t('evidence.filters.clear')}
        </button>
      )}
      <p className="filter-count" aria-live="polite">
        {hidden > 0 ? (
          <>
            {t('evidence.filters.showing', { shown, total })}{' '}
            <strong>{t('evidence.filters.hidden', { count: hidden })}</strong>
          </>
        ) : (
          t('evidence.filters.all', { count: total })
        )}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import {
  CONTROL_STATUSES,
  OWNER_FUNCTIONS,
  PIPELINE_STAGES,
  type ControlStatus,
  type OwnerFunction,
  type PipelineStage,
} from '../../../../shared/domain';
import { isFiltered, NO_FILTERS, type Filters } from './rows';

interface ChecklistFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
  total: number;
}

/** Search and filters, with how many controls they hide. */
export function ChecklistFilters({ filters, onChange, shown, total }: ChecklistFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const hidden = total - shown;
  return (
    <div className="filters" role="search" aria-label={t('checklist.search')}>
      <label className="filter filter-search">
        <span className="filter-label">{t('checklist.search')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('checklist.searchPlaceholder')}
          onChange={(e) => set({ search: e.target.value })}
          data-testid="checklist-search"
        />
      </label>
      <label className="filter">
        <span className="filter-label">{t('checklist.filterStatus')}</span>
        <select
          value={filters.status}
          onChange={(e) => set({ status: e.target.value as ControlStatus | '' })}
          data-testid="filter-status"
        >
          <option value="">{t('checklist.any')}</option>
          {CONTROL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusLong.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('checklist.filterStage')}</span>
        <select
          value={filters.stage}
          onChange={(e) => set({ stage: e.target.value as PipelineStage | '' })}
          data-testid="filter-stage"
        >
          <option value="">{t('checklist.any')}</option>
          {PIPELINE_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('checklist.filterFunction')}</span>
        <select
          value={filters.ownerFunction}
          onChange={(e) => set({ ownerFunction: e.target.value as OwnerFunction | 'none' | '' })}
        >
          <option value="">{t('checklist.any')}</option>
          {OWNER_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {t(`ownerFunction.${f}`)}
            </option>
          ))}
          <option value="none">{t('checklist.noFunction')}</option>
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('checklist.filterOwnership')}</span>
        <select
          value={filters.ownership}
          onChange={(e) => set({ ownership: e.target.value as Filters['ownership'] })}
          data-testid="filter-ownership"
        >
          <option value="">{t('checklist.any')}</option>
          <option value="named">{t('checklist.ownershipNamed')}</option>
          <option value="unowned">{t('checklist.ownershipUnowned')}</option>
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('checklist.filterOwner')}</span>
        <input
          type="text"
          value={filters.owner}
          placeholder={t('checklist.filterOwnerPlaceholder')}
          onChange={(e) => set({ owner: e.target.value })}
        />
      </label>
      <label className="filter filter-check">
        <input
          type="checkbox"
          checked={filters.unassessedOnly}
          onChange={(e) => set({ unassessedOnly: e.target.checked })}
        />
        {t('checklist.filterUnassessed')}
      </label>
      <p className="filter-count" aria-live="polite" data-testid="filter-count">
        {t('checklist.showing', { shown, total })}
        {hidden > 0 && (
          <>
            {' · '}
            <strong>{t('checklist.hidden', { count: hidden })}</strong>
          </>
        )}
        {isFiltered(filters) && (
          <button type="button" className="btn btn-link" onClick={() => onChange(NO_FILTERS)}>
            {t('checklist.clearFilters')}
          </button>
        )}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDITED_TABLE_NAMES } from '../../../../shared/audit/types';
import type { AssessmentSummary } from '../../../../shared/ipc/contract';
import { isFiltered, NO_FILTERS, type FilterForm } from './filters';
import { tableLabel } from './values';

interface AuditFiltersProps {
  form: FilterForm;
  onChange: (form: FilterForm) => void;
  assessments: readonly AssessmentSummary[];
  actors: readonly string[];
  shown: number;
  matching: number;
  total: number;
}

/** Assessment, area, action, who, date range and text; with how many entries the filters hide. */
export function AuditFilters({ form, onChange, assessments, actors, shown, matching, total }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<FilterForm>) => onChange({ ...form, ...patch });
  const hidden = total - matching;
  return (
    <div className="filters audit-filters" role="search" aria-label={t('audit.filters.label')}>
      <label className="filter filter-search">
        <span className="filter-label">{t('audit.filters.text')}</span>
        <input
          type="search"
          value={form.text}
          maxLength={200}
          placeholder={t('audit.filters.textPlaceholder')}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.assessment')}</span>
        <select value={form.assessmentId} onChange={(e) => set({ assessmentId: e.target.value })}>
          <option value="">{t('audit.filters.anyAssessment')}</option>
          {assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {a.systemName} — {a.organisation}
            </option>
          ))}
          <option value="workspace">{t('audit.filters.workspace')}</option>
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.area')}</span>
        <select value={form.table} onChange={(e) => set({ table: e.target.value })}>
          <option value="">{t('audit.filters.anyArea')}</option>
          {AUDITED_TABLE_NAMES.map((name) => (
            <option key={name} value={name}>
              {tableLabel(t, name)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.action')}</span>
        <select value={form.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t('audit.filters.anyAction')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.action.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.actor')}</span>
        <select value={form.actor} onChange={(e) => set({ actor: e.target.value })}>
          <option value="">{t('audit.filters.anyActor')}</option>
          {actors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.from')}</span>
        <input type="date" value={form.fromDay} onChange={(e) => set({ fromDay: e.target.value })} />
      </label>
      <label className="filter">
        <span className="filter-label">{t('audit.filters.to')}</span>
        <input
          type="date"
          value={form.toDay}
          min={form.fromDay || undefined}
          onChange={(e) => set({ toDay: e.target.value })}
        />
      </label>
      <p className="filter-count" aria-live="polite" data-testid="audit-count">
        {t('audit.filters.showing', { shown, matching })}
        {hidden > 0 && (
          <>
            {' · '}
            <strong>{t('audit.filters.hidden', { count: hidden })}</strong>
          </>
        )}
        {isFiltered(form) && (
          <button type="button" className="btn btn-link" onClick={() => onChange(NO_FILTERS)}>
            {t('audit.filters.clear')}
          </button>
        )}
      </p>
    </div>
  );
}

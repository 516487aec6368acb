import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACETS,
  facetOptions,
  isFiltered,
  NO_CATALOG_FILTERS,
  type CatalogFilters as Filters,
  type Facet,
  type FacetOption,
} from '../../../../shared/catalog/browse';
import type { Catalog } from '../../../../shared/catalog/schema';
import { AI_TOPICS, type Topic } from '../../../../shared/catalog/topics';
import type { CategoryKey, Frequency, PipelineStage } from '../../../../shared/domain';
import { useFormat } from '../../i18n/format';
import { FacetSelect } from './FacetSelect';

interface CatalogFiltersProps {
  catalog: Catalog;
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
}

const AI_TOPIC_SET: ReadonlySet<string> = new Set(AI_TOPICS);

/** The catalog's filter bar, with how many controls the filters show and hide. */
export function CatalogFilters({ catalog, filters, onChange, shown }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const options = useMemo(
    () =>
      Object.fromEntries(FACETS.map((f) => [f, facetOptions(catalog, filters, f, locale)])) as Record<
        Facet,
        FacetOption[]
      >,
    [catalog, filters, locale],
  );
  const criterionTitle = useMemo(
    () => new Map(catalog.criteria.map((c) => [c.id, c.title[locale]])),
    [catalog, locale],
  );
  const criterionCategory = useMemo(() => new Map(catalog.criteria.map((c) => [c.id, c.category])), [catalog]);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const total = catalog.controls.length;
  const hidden = total - shown;

  return (
    <div className="filters cb-filters" role="search" aria-label={t('catalogBrowser.filtersLabel')}>
      <label className="filter filter-search">
        <span className="filter-label">{t('catalogBrowser.search')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('catalogBrowser.searchPlaceholder')}
          data-testid="catalog-filter-search"
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      <FacetSelect
        label={t('catalogBrowser.category')}
        value={filters.category}
        options={options.category}
        labelOf={(v) => t(`category.${v as CategoryKey}`)}
        onChange={(v) => set({ category: v as CategoryKey | '', criterion: '' })}
        testId="catalog-filter-category"
      />
      <FacetSelect
        label={t('catalogBrowser.criterion')}
        value={filters.criterion}
        options={options.criterion}
        labelOf={(v) => `${v} — ${criterionTitle.get(v) ?? ''}`}
        groupOf={(v) => t(`category.${criterionCategory.get(v) ?? 'security'}`)}
        onChange={(v) => set({ criterion: v })}
        testId="catalog-filter-criterion"
        wide
      />
      <FacetSelect
        label={t('catalogBrowser.stage')}
        value={filters.stage}
        options={options.stage}
        labelOf={(v) => t(`stage.${v as PipelineStage}`)}
        onChange={(v) => set({ stage: v as PipelineStage | '' })}
        testId="catalog-filter-stage"
      />
      <FacetSelect
        label={t('catalogBrowser.topicFilter')}
        value={filters.topic}
        options={options.topic}
        labelOf={(v) => t(`catalogBrowser.topic.${v as Topic}`)}
        groupOf={(v) => (AI_TOPIC_SET.has(v) ? t('catalogBrowser.aiTopics') : t('catalogBrowser.baselineTopics'))}
        onChange={(v) => set({ topic: v as Topic | '' })}
        testId="catalog-filter-topic"
        wide
      />
      <FacetSelect
        label={t('catalogBrowser.iso')}
        value={filters.iso}
        options={options.iso}
        labelOf={(v) => v}
        onChange={(v) => set({ iso: v })}
        testId="catalog-filter-iso"
      />
      <FacetSelect
        label={t('catalogBrowser.nist')}
        value={filters.nist}
        options={options.nist}
        labelOf={(v) => v}
        onChange={(v) => set({ nist: v })}
        testId="catalog-filter-nist"
      />
      <FacetSelect
        label={t('catalogBrowser.frequency')}
        value={filters.frequency}
        options={options.frequency}
        labelOf={(v) => t(`frequency.${v as Frequency}`)}
        onChange={(v) => set({ frequency: v as Frequency | '' })}
        testId="catalog-filter-frequency"
      />
      <label className="filter filter-check">
        <input
          type="checkbox"
          checked={filters.aiOnly}
          data-testid="catalog-filter-ai"
          onChange={(e) => set({ aiOnly: e.target.checked })}
        />
        {t('catalogBrowser.aiOnly')}
      </label>
      <label className="filter filter-check">
        <input
          type="checkbox"
          checked={filters.keyOnly}
          data-testid="catalog-filter-key"
          onChange={(e) => set({ keyOnly: e.target.checked })}
        />
        {t('catalogBrowser.keyOnly')}
      </label>
      <p className="filter-count" role="status" data-testid="catalog-count">
        {t('catalogBrowser.shown', { shown, total })}
        {hidden > 0 && (
          <>
            {' · '}
            <strong>{t('catalogBrowser.hidden', { count: hidden })}</strong>
          </>
        )}
        {isFiltered(filters) && (
          <button type="button" className="btn btn-link cb-clear" onClick={() => onChange(NO_CATALOG_FILTERS)}>
            {t('catalogBrowser.clearFilters')}
          </button>
        )}
      </p>
    </div>
  );
}

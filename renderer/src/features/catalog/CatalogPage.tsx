import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import { CATEGORY_KEYS, type CategoryKey } from '../../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';
import { CatalogControlPanel } from './CatalogControlPanel';
import { CatalogCriteriaList } from './CatalogCriteriaList';

/** Browse the shipped control library: criteria on the left, their controls on the right. */
export function CatalogPage() {
  const { t } = useTranslation();
  const { locale, date } = useFormat();
  const { catalog } = useWorkspace();
  const [category, setCategory] = useState<CategoryKey | ''>('');
  const [search, setSearch] = useState('');
  const [aiOnly, setAiOnly] = useState(false);
  const [criterionId, setCriterionId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const data = catalog?.catalog;
  const q = search.trim().toLowerCase();
  const criteria = useMemo(
    () =>
      (data?.criteria ?? []).filter(
        (c) =>
          (category === '' || c.category === category) &&
          (!q ||
            c.id.toLowerCase().includes(q) ||
            c.title[locale].toLowerCase().includes(q) ||
            c.summary[locale].toLowerCase().includes(q)),
      ),
    [data, category, q, locale],
  );
  const categoryOf = useMemo(() => new Map((data?.criteria ?? []).map((c) => [c.id, c.category])), [data]);
  const controls = useMemo(
    () =>
      (data?.controls ?? []).filter(
        (c: CatalogControl) =>
          (criterionId ? c.criteria.includes(criterionId) : true) &&
          (category === '' || c.criteria.some((id) => categoryOf.get(id) === category)) &&
          (!aiOnly || c.aiSpecific) &&
          (criterionId !== null || !q || c.id.toLowerCase().includes(q) || c.title[locale].toLowerCase().includes(q)),
      ),
    [data, criterionId, category, categoryOf, aiOnly, q, locale],
  );
  if (!data) return null;
  const open = openId ? catalog.control(openId) : undefined;

  return (
    <section className={`page page-catalog${open ? ' with-panel' : ''}`} aria-labelledby="catalog-title">
      <div className="catalog-main">
        <header className="page-header">
          <div>
            <h1 id="catalog-title">{t('catalog.title')}</h1>
            <p className="page-intro">
              {t('catalog.intro', {
                version: data.version,
                released: date(data.released),
                controls: data.controls.length,
                criteria: data.criteria.length,
              })}
            </p>
          </div>
        </header>
        <div className="filters" role="search" aria-label={t('catalog.search')}>
          <label className="filter filter-search">
            <span className="filter-label">{t('catalog.search')}</span>
            <input
              type="search"
              value={search}
              placeholder={t('catalog.searchPlaceholder')}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <label className="filter">
            <span className="filter-label">{t('catalog.filterCategory')}</span>
            <select
              value={category}
              onChange={(e) => {
                setCategory(e.target.value as CategoryKey | '');
                setCriterionId(null);
              }}
            >
              <option value="">{t('catalog.allCategories')}</option>
              {CATEGORY_KEYS.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="filter filter-check">
            <input type="checkbox" checked={aiOnly} onChange={(e) => setAiOnly(e.target.checked)} />
            {t('catalog.aiOnly')}
          </label>
        </div>
        <div className="catalog-columns">
          <CatalogCriteriaList criteria={criteria} selected={criterionId} onSelect={setCriterionId} />
          <div className="catalog-controls">
            <h2 className="column-title">
              {criterionId ? t('catalog.controlsFor', { id: criterionId }) : t('catalog.controls')}
              <span className="cl-count">{t('catalog.controlsShown', { count: controls.length })}</span>
            </h2>
            {controls.length === 0 ? (
              <p className="muted">{t('catalog.noControls')}</p>
            ) : (
              <ul className="catalog-list" data-testid="catalog-controls">
                {controls.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={`catalog-item${openId === c.id ? ' is-open' : ''}`}
                      onClick={() => setOpenId(c.id)}
                    >
                      <span className="mono">{c.id}</span>
                      <span className="catalog-item-title">{c.title[locale]}</span>
                      <span className="catalog-item-meta">
                        {c.criteria.join(', ')} · {t(`stage.${c.stage}`)}
                        {c.aiSpecific && <span className="tag tag-ai">{t('detail.aiSpecific')}</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>
      {open && <CatalogControlPanel control={open} onClose={() => setOpenId(null)} />}
    </section>
  );
}

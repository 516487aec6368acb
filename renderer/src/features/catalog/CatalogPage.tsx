import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  coverageMatrix,
  filterControls,
  isFiltered,
  matrixCriteria,
  NO_CATALOG_FILTERS,
  type CatalogFilters as Filters,
} from '../../../../shared/catalog/browse';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import type { Topic } from '../../../../shared/catalog/topics';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';
import { CatalogControlList } from './CatalogControlList';
import { CatalogControlPanel } from './CatalogControlPanel';
import { CatalogCriterionPanel } from './CatalogCriterionPanel';
import { CatalogFilters } from './CatalogFilters';
import { CoverageMatrix } from './CoverageMatrix';
import './catalog.css';

type Tab = 'controls' | 'matrix';
type Open = { kind: 'control' | 'criterion'; id: string } | null;
const TABS: readonly Tab[] = ['controls', 'matrix'];

/** The catalog browser: every control with filters and full detail, and the criteria × controls coverage matrix. */
export function CatalogPage() {
  const { t } = useTranslation();
  const { locale, date } = useFormat();
  const { catalog } = useWorkspace();
  const [filters, setFilters] = useState<Filters>(NO_CATALOG_FILTERS);
  const [tab, setTab] = useState<Tab>('controls');
  const [open, setOpen] = useState<Open>(null);

  const data = catalog?.catalog;
  const shown = useMemo(() => (data ? filterControls(data.controls, filters, locale) : []), [data, filters, locale]);
  const matrix = useMemo(
    () => (data && tab === 'matrix' ? coverageMatrix(matrixCriteria(data.criteria, filters), shown) : null),
    [data, tab, filters, shown],
  );
  const byCriterion = useMemo(() => {
    const map = new Map<string, CatalogControl[]>();
    for (const c of data?.controls ?? []) for (const id of c.criteria) map.set(id, [...(map.get(id) ?? []), c]);
    return map;
  }, [data]);

  const openControl = useCallback((id: string) => setOpen({ kind: 'control', id }), []);
  const openCriterion = useCallback((id: string) => setOpen({ kind: 'criterion', id }), []);
  const close = useCallback(() => setOpen(null), []);
  const criterionOf = useCallback((id: string) => catalog?.criterion(id), [catalog]);

  if (!catalog || !data) return null;
  const control = open?.kind === 'control' ? catalog.control(open.id) : undefined;
  const criterion = open?.kind === 'criterion' ? catalog.criterion(open.id) : undefined;

  return (
    <section
      className={`page page-catalog${control || criterion ? ' with-panel' : ''}`}
      aria-labelledby="catalog-title"
    >
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
        <div
          className="cb-tabs"
          role="tablist"
          aria-label={t('catalogBrowser.tabs')}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] ?? 'controls';
            setTab(next);
            document.getElementById(`catalog-tab-${next}`)?.focus();
          }}
        >
          {TABS.map((id) => (
            <button
              key={id}
              id={`catalog-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls="catalog-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              className={`cb-tab${tab === id ? ' is-current' : ''}`}
              onClick={() => setTab(id)}
            >
              {id === 'controls' ? t('catalogBrowser.tabControls') : t('catalogBrowser.tabMatrix')}
            </button>
          ))}
        </div>
        <CatalogFilters catalog={data} filters={filters} onChange={setFilters} shown={shown.length} />
        <div id="catalog-tabpanel" role="tabpanel" aria-labelledby={`catalog-tab-${tab}`} className="cb-tabpanel">
          {tab === 'controls' || !matrix ? (
            <CatalogControlList controls={shown} openId={control?.id ?? null} onOpen={openControl} />
          ) : (
            <CoverageMatrix
              matrix={matrix}
              filtered={isFiltered(filters)}
              openControlId={control?.id ?? null}
              onOpenControl={openControl}
              onOpenCriterion={openCriterion}
            />
          )}
        </div>
      </div>
      {control && (
        <CatalogControlPanel
          control={control}
          criterion={criterionOf}
          onOpenCriterion={openCriterion}
          onFilterTopic={(topic: Topic) => setFilters({ ...NO_CATALOG_FILTERS, topic })}
          onClose={close}
        />
      )}
      {criterion && (
        <CatalogCriterionPanel
          criterion={criterion}
          controls={byCriterion.get(criterion.id) ?? []}
          onOpenControl={openControl}
          onFilter={(id) => {
            setFilters({ ...NO_CATALOG_FILTERS, criterion: id });
            setTab('controls');
          }}
          onClose={close}
        />
      )}
    </section>
  );
}

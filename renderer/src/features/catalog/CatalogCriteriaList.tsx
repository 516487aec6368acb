import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/catalog/schema';
import { useFormat } from '../../i18n/format';

interface CatalogCriteriaListProps {
  criteria: Criterion[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** The criteria column of the catalog: our own short title and summary for each. */
export function CatalogCriteriaList({ criteria, selected, onSelect }: CatalogCriteriaListProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <div className="catalog-criteria">
      <h2 className="column-title">{t('catalog.criteria')}</h2>
      <ul className="catalog-list">
        <li>
          <button
            type="button"
            className={`catalog-item${selected === null ? ' is-open' : ''}`}
            aria-pressed={selected === null}
            onClick={() => onSelect(null)}
          >
            <span className="catalog-item-title">{t('catalog.allCriteria')}</span>
          </button>
        </li>
        {criteria.length === 0 && <li className="muted">{t('catalog.noCriteria')}</li>}
        {criteria.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={`catalog-item${selected === c.id ? ' is-open' : ''}`}
              aria-pressed={selected === c.id}
              onClick={() => onSelect(c.id)}
            >
              <span className="mono">{c.id}</span>
              <span className="catalog-item-title">{c.title[locale]}</span>
              <span className="catalog-item-meta">{c.summary[locale]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

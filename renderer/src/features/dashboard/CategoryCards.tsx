import { useTranslation } from 'react-i18next';
import { CONTROL_STATUSES } from '../../../../shared/domain';
import type { CategoryScore } from '../../../../shared/scoring/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';

function Meter({ value, label }: { value: number; label: string }) {
  return (
    <div
      className="meter"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 1000) / 10}
      aria-label={label}
    >
      <div className="meter-fill" style={{ width: `${Math.min(100, value * 100)}%` }} />
    </div>
  );
}

/** One card per category in scope: its figure, its criteria and its controls by status. */
export function CategoryCards({ categories }: { categories: CategoryScore[] }) {
  const { t } = useTranslation();
  const { pct } = useFormat();
  return (
    <div className="category-grid">
      {categories.map((c) => (
        <article
          key={c.id}
          className="card category-card"
          data-testid={`category-${c.id}`}
          aria-labelledby={`cat-${c.id}`}
        >
          <header className="category-head">
            <h3 id={`cat-${c.id}`}>{t(`category.${c.id}`)}</h3>
            <span className="figure-small">{pct(c.design)}</span>
          </header>
          <Meter value={c.design} label={`${t(`category.${c.id}`)} ${pct(c.design)}`} />
          <p className="category-facts">
            <span>{t('dashboard.categoryCriteria', { count: c.criteria })}</span>
            <span className={c.unaddressedCriteria > 0 ? 'warn-text' : 'muted'}>
              {c.unaddressedCriteria > 0
                ? t('dashboard.categoryUnaddressed', { count: c.unaddressedCriteria })
                : t('dashboard.allAddressed')}
            </span>
          </p>
          <p className="category-facts">
            <span>{t('dashboard.categoryControls', { count: c.controls })}</span>
            <span className={c.unassessedControls > 0 ? 'warn-text' : 'muted'}>
              {t('dashboard.categoryUnassessed', { count: c.unassessedControls })}
            </span>
          </p>
          <ul className="status-counts">
            {CONTROL_STATUSES.map((status) => (
              <li key={status}>
                <StatusBadge status={status} />
                <span className="count">{c.controlsByStatus[status]}</span>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}

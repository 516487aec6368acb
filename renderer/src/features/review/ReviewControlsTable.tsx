import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../../../shared/review/types';
import { ConclusionBadge } from './ConclusionBadge';
import { filterControls, REVIEW_FILTERS, type ReviewFilter } from './review-view';

interface ReviewControlsTableProps {
  review: ReviewView;
  selectedId: string | null;
  onSelect: (controlId: string) => void;
  titleOf: (controlId: string) => string;
}

/** Every sampled control: its population, sample size, progress and conclusion; a row opens its sample. */
export function ReviewControlsTable({ review, selectedId, onSelect, titleOf }: ReviewControlsTableProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const rows = filterControls(review.controls, filter);
  const hidden = review.controls.length - rows.length;
  return (
    <>
      <div className="filters">
        <label className="filter">
          <span className="filter-label">{t('review.table.show')}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as ReviewFilter)}>
            {REVIEW_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`review.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="filter-count" aria-live="polite">
          {hidden > 0 ? (
            <>
              {t('review.table.showing', { shown: rows.length, total: review.controls.length })}{' '}
              <strong>{t('review.table.hidden', { count: hidden })}</strong>
            </>
          ) : (
            t('review.table.all', { count: review.controls.length })
          )}
        </p>
      </div>
      <div className="table-wrap review-table-wrap">
        <table className="data-table review-table" data-testid="review-table">
          <thead>
            <tr>
              <th scope="col">{t('review.table.control')}</th>
              <th scope="col" className="col-optional">
                {t('review.table.frequency')}
              </th>
              <th scope="col" className="num col-optional">
                {t('review.table.population')}
              </th>
              <th scope="col" className="num">
                {t('review.table.sample')}
              </th>
              <th scope="col" className="num">
                {t('review.table.tested')}
              </th>
              <th scope="col" className="num">
                {t('review.table.exceptions')}
              </th>
              <th scope="col">{t('review.table.conclusion')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('review.table.none')}
                </td>
              </tr>
            )}
            {rows.map((c) => (
              <tr
                key={c.controlId}
                className={`review-row${c.controlId === selectedId ? ' is-open' : ''}`}
                data-testid={`review-row-${c.controlId}`}
                onClick={() => onSelect(c.controlId)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-open"
                    aria-expanded={c.controlId === selectedId}
                    onClick={() => onSelect(c.controlId)}
                  >
                    <span className="mono">{c.controlId}</span>
                  </button>
                  <span className="block small review-title">{titleOf(c.controlId)}</span>
                </th>
                <td className="nowrap col-optional">{t(`frequency.${c.frequency}`)}</td>
                <td className="num col-optional">{c.population}</td>
                <td className="num">
                  {c.size}
                  {c.prorated && (
                    <span className="block muted small">{t('review.table.prorated', { base: c.base })}</span>
                  )}
                </td>
                <td className="num">
                  {c.tested}/{c.items}
                </td>
                <td className={`num${c.exceptions > 0 ? ' warn-text' : ''}`}>{c.exceptions}</td>
                <td>
                  <ConclusionBadge conclusion={c.conclusion} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { THIN_COVERAGE, type CoverageMatrix as Matrix } from '../../../../shared/catalog/browse';
import { CELL, GROUP_GAP, MatrixRow } from './MatrixRow';

/** A stage group at least this wide (px) has room for its name written across. */
const WIDE_STAGE = 160;

interface CoverageMatrixProps {
  matrix: Matrix;
  /** Whether filters narrow the controls counted. */
  filtered: boolean;
  openControlId: string | null;
  onOpenControl: (id: string) => void;
  onOpenCriterion: (id: string) => void;
}

/**
 * Criteria × controls at a glance: one row per criterion (grouped by category) with its count as number and
 * colour, thin coverage highlighted, and one cell per mapped control in columns grouped by pipeline stage.
 */
export function CoverageMatrix({
  matrix,
  filtered,
  openControlId,
  onOpenControl,
  onOpenCriterion,
}: CoverageMatrixProps) {
  const { t } = useTranslation();
  const { groups, sections, thin, rowCount, columnCount } = matrix;
  const width = groups.reduce((w, g) => w + g.controls.length * CELL + GROUP_GAP, 0);
  return (
    <div className="mx" data-testid="coverage-matrix">
      <div className="mx-summary" data-testid="thin-criteria">
        {thin.length === 0 ? (
          <p>{t('catalogBrowser.thinNone', { limit: THIN_COVERAGE })}</p>
        ) : (
          <>
            <p>{t('catalogBrowser.thinSummary', { count: thin.length, total: rowCount, limit: THIN_COVERAGE })}</p>
            <ul className="cb-chips">
              {thin.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="cb-chip cb-chip-thin mono"
                    data-criterion-id={id}
                    onClick={() => onOpenCriterion(id)}
                  >
                    {id}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ul className="mx-legend">
        <li>{t('catalogBrowser.matrixIntro')}</li>
        {filtered && (
          <li>
            <strong>{t('catalogBrowser.matrixFiltered', { count: columnCount })}</strong>
          </li>
        )}
        <li aria-hidden="true">
          <span className="mx-swatch mx-ai" /> {t('catalogBrowser.legendAi')}
        </li>
        <li aria-hidden="true">
          <span className="mx-swatch" /> {t('catalogBrowser.legendBaseline')}
        </li>
        <li aria-hidden="true">
          <span className="mx-swatch mx-level-thin" /> {t('catalogBrowser.legendThin', { limit: THIN_COVERAGE })}
        </li>
      </ul>
      {rowCount === 0 || columnCount === 0 ? (
        <div className="empty-state small">{t('catalogBrowser.matrixEmpty')}</div>
      ) : (
        <div className="mx-scroll" role="region" aria-label={t('catalogBrowser.matrixLabel')} tabIndex={-1}>
          <div className="mx-table" style={{ width: `calc(var(--mx-head) + ${width}px)` }}>
            <div className="mx-header">
              <div className="mx-corner">
                <span>{t('catalogBrowser.matrixCriterion')}</span>
                <span>{t('catalogBrowser.matrixCount')}</span>
              </div>
              {groups.map((g) => {
                const label = t('catalogBrowser.stageColumn', {
                  stage: t(`stage.${g.stage}`),
                  count: g.controls.length,
                });
                return (
                  <div
                    key={g.stage}
                    className={`mx-stage${g.controls.length * CELL >= WIDE_STAGE ? ' mx-stage-wide' : ''}`}
                    style={{ width: g.controls.length * CELL }}
                    title={label}
                  >
                    <span className="mx-stage-count">{g.controls.length}</span>
                    <span className="mx-stage-name">{t(`stage.${g.stage}`)}</span>
                  </div>
                );
              })}
            </div>
            {sections.map((section) => (
              <Fragment key={section.category}>
                <div className="mx-section">
                  <span>
                    {t(`category.${section.category}`)} ·{' '}
                    {t('dashboard.categoryCriteria', { count: section.rows.length })}
                    {section.thin > 0 && ` · ${t('catalogBrowser.thinSummaryShort', { count: section.thin })}`}
                  </span>
                </div>
                {section.rows.map((row) => (
                  <MatrixRow
                    key={row.criterion.id}
                    row={row}
                    groups={groups}
                    openControlId={openControlId}
                    onOpenControl={onOpenControl}
                    onOpenCriterion={onOpenCriterion}
                  />
                ))}
              </Fragment>
            ))}
          </div>
        </div>
      )}
      <p className="shortcuts muted small">{t('catalogBrowser.matrixKeys')}</p>
    </div>
  );
}

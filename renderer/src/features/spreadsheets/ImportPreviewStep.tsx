import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/interchange/import-types';
import { Notice } from '../../components/Notice';
import { issueText } from './issue-text';

type Filter = 'all' | 'error' | 'warning';

/** Step 3: what the import would do, and the validation report row by row. */
export function ImportPreviewStep({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const c = report.counts;
  const [filter, setFilter] = useState<Filter>(c.errors > 0 ? 'error' : 'all');
  const shown = report.issues.filter((i) => filter === 'all' || i.severity === filter);
  const total = filter === 'all' ? c.errors + c.warnings : filter === 'error' ? c.errors : c.warnings;
  const skipped = c.emptyRows + c.sectionRows + c.repeatedHeaders + c.skippedRows;
  return (
    <div className="import-preview" data-testid="import-preview">
      <dl className="import-figures" aria-label={t('spreadsheets.summaryCaption')}>
        <div>
          <dt>{t('spreadsheets.toAdd')}</dt>
          <dd data-testid="import-creates">{c.creates}</dd>
        </div>
        <div>
          <dt>{t('spreadsheets.toUpdate')}</dt>
          <dd data-testid="import-updates">{c.updates}</dd>
          <dd className="small muted">
            {t('spreadsheets.toUpdateDetail', { catalog: c.updatesCatalog, custom: c.updatesCustom })}
          </dd>
        </div>
        <div>
          <dt>{t('spreadsheets.skipped')}</dt>
          <dd>{skipped}</dd>
          <dd className="small muted">
            {t('spreadsheets.skippedDetail', {
              empty: c.emptyRows,
              sections: c.sectionRows,
              headers: c.repeatedHeaders,
              outOfScope: c.skippedRows,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('spreadsheets.merged')}</dt>
          <dd>{c.mergedRows}</dd>
        </div>
        <div className={c.errors > 0 ? 'import-figure-error' : undefined}>
          <dt>{t('spreadsheets.errors')}</dt>
          <dd data-testid="import-errors">{c.errors}</dd>
        </div>
        <div>
          <dt>{t('spreadsheets.warnings')}</dt>
          <dd data-testid="import-warnings">{c.warnings}</dd>
        </div>
      </dl>
      {report.canApply ? (
        <Notice tone="success">{t('spreadsheets.canApply')}</Notice>
      ) : (
        <Notice tone="error">{t('spreadsheets.cannotApply', { count: c.errors })}</Notice>
      )}
      <div className="import-issues-head">
        <h3 className="section-title">{t('spreadsheets.issuesCaption')}</h3>
        <div role="radiogroup" aria-label={t('spreadsheets.issueFilter')} className="import-filter">
          {(['all', 'error', 'warning'] as const).map((f) => (
            <label key={f} className="choice">
              <input type="radio" name="issue-filter" checked={filter === f} onChange={() => setFilter(f)} />
              {f === 'all'
                ? t('spreadsheets.filterAll', { count: c.errors + c.warnings })
                : f === 'error'
                  ? t('spreadsheets.filterErrors', { count: c.errors })
                  : t('spreadsheets.filterWarnings', { count: c.warnings })}
            </label>
          ))}
        </div>
      </div>
      {total === 0 ? (
        <p className="muted">{t('spreadsheets.noIssues')}</p>
      ) : (
        <div className="table-wrap import-issues">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('spreadsheets.colRow')}</th>
                <th scope="col">{t('spreadsheets.colSeverity')}</th>
                <th scope="col">{t('spreadsheets.colProblem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, i) => (
                <tr key={`${issue.row}-${issue.code}-${i}`} data-code={issue.code}>
                  <td className="num">{issue.row}</td>
                  <td>
                    <span className={`badge import-${issue.severity}`}>
                      <span className="badge-mark" aria-hidden="true" />
                      {t(`spreadsheets.severity.${issue.severity}`)}
                    </span>
                  </td>
                  <td>{issueText(t, issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < total && (
        <p className="small muted">{t('spreadsheets.moreIssues', { shown: shown.length, total })}</p>
      )}
    </div>
  );
}

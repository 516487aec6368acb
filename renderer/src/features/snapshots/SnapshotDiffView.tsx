import { useTranslation } from 'react-i18next';
import type { FigureChange, SnapshotDiff } from '../../../../shared/snapshots/diff';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { ConclusionBadge } from '../review/ConclusionBadge';

/** A figure's change: from → to, and the difference in percentage points with an arrow (not colour alone). */
function Change({ change }: { change: FigureChange }) {
  const { t } = useTranslation();
  const { pct, locale } = useFormat();
  const side = (v: number | null) => (v === null ? '—' : pct(v));
  const points =
    change.delta === null
      ? null
      : new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
          signDisplay: 'exceptZero',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(Math.round(change.delta * 1000) / 10);
  const direction =
    change.delta === null ? 'none' : change.delta > 1e-9 ? 'up' : change.delta < -1e-9 ? 'down' : 'same';
  return (
    <span className="change">
      {side(change.from)} → {side(change.to)}
      {points !== null && (
        <span className={`delta delta-${direction}`}>
          <span aria-hidden="true">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span>
          {t('snapshots.diff.points', { value: points })}
        </span>
      )}
    </span>
  );
}

/** What changed between two snapshots: overall, per category, and the criteria and controls that moved. */
export function SnapshotDiffView({ diff, onClose }: { diff: SnapshotDiff; onClose: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const head = (s: SnapshotDiff['from']) => t('snapshots.diff.side', { label: s.label, date: date(s.asOf) });
  return (
    <div className="snapshot-diff" data-testid="snapshot-diff">
      <div className="card-head">
        <h3>{t('snapshots.diff.title', { from: head(diff.from), to: head(diff.to) })}</h3>
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('snapshots.diff.scope')}</th>
            <th scope="col">{t('snapshots.col.design')}</th>
            <th scope="col">{t('snapshots.col.operating')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="strong">
            <th scope="row">{t('category.overall')}</th>
            <td>
              <Change change={diff.overall.design} />
            </td>
            <td>
              <Change change={diff.overall.operating} />
            </td>
          </tr>
          {diff.categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {t(`category.${c.id}`)}
                {c.presence !== 'both' && <span className="tag">{t(`snapshots.diff.${c.presence}`)}</span>}
              </th>
              <td>
                <Change change={c.design} />
              </td>
              <td>
                <Change change={c.operating} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="diff-heading">{t('snapshots.diff.criteria', { count: diff.criteria.length })}</h4>
      {diff.criteria.length === 0 ? (
        <p className="muted small">{t('snapshots.diff.noCriteria')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('snapshots.diff.criterion')}</th>
              <th scope="col">{t('snapshots.col.design')}</th>
              <th scope="col">{t('snapshots.col.operating')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="mono">
                  {c.id}
                </th>
                <td>
                  <Change change={c.design} />
                </td>
                <td>
                  <Change change={c.operating} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="diff-heading">{t('snapshots.diff.controls', { count: diff.controls.length })}</h4>
      {diff.controls.length === 0 ? (
        <p className="muted small">{t('snapshots.diff.noControls')}</p>
      ) : (
        <div className="table-wrap diff-controls">
          <table className="data-table compact" data-testid="diff-controls">
            <thead>
              <tr>
                <th scope="col">{t('snapshots.diff.control')}</th>
                <th scope="col">{t('snapshots.diff.status')}</th>
                <th scope="col">{t('snapshots.diff.coverage')}</th>
                <th scope="col">{t('snapshots.col.operating')}</th>
                <th scope="col">{t('snapshots.diff.conclusion')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.controls.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="mono">
                    {c.id}
                    {c.presence !== 'both' && <span className="tag">{t(`snapshots.diff.${c.presence}`)}</span>}
                  </th>
                  <td className="nowrap">
                    {c.status.from === c.status.to ? (
                      c.status.to && <StatusBadge status={c.status.to} />
                    ) : (
                      <>
                        {c.status.from ? <StatusBadge status={c.status.from} /> : '—'} →{' '}
                        {c.status.to ? <StatusBadge status={c.status.to} /> : '—'}
                      </>
                    )}
                  </td>
                  <td>
                    <Change change={c.coverage} />
                  </td>
                  <td>
                    <Change change={c.operating} />
                  </td>
                  <td className="nowrap">
                    {c.conclusion.from === c.conclusion.to ? (
                      c.conclusion.to ? (
                        <ConclusionBadge conclusion={c.conclusion.to} />
                      ) : (
                        '—'
                      )
                    ) : (
                      <>
                        {c.conclusion.from ? <ConclusionBadge conclusion={c.conclusion.from} /> : '—'} →{' '}
                        {c.conclusion.to ? <ConclusionBadge conclusion={c.conclusion.to} /> : '—'}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

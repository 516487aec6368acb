import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessTrendData, type TrendSnapshot } from '../../../../shared/charts/readiness-trend';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { TrendChart } from './TrendChart';
import { useSnapshots } from './useSnapshots';
import './snapshots.css';

/** The Overview's trend: readiness per category across the assessment's snapshots (baseline → day 60 → …). */
export function TrendCard() {
  const { t } = useTranslation();
  const { date, pct } = useFormat();
  const { assessment } = useAssessment();
  const { go } = useNavigation();
  const list = useSnapshots(assessment?.id ?? '', 0);
  const ids = useMemo(() => (list.snapshots ?? []).map((s) => s.id).join(','), [list.snapshots]);
  const [loaded, setLoaded] = useState<{ ids: string; points: TrendSnapshot[]; error: string | null } | null>(null);

  useEffect(() => {
    if (ids === '') return undefined;
    let live = true;
    Promise.all(ids.split(',').map((id) => api.snapshot.get({ id }))).then(
      (full) => {
        if (live)
          setLoaded({
            ids,
            points: full.map((s) => ({ label: s.label, asOf: s.asOf, score: s.data.score })),
            error: null,
          });
      },
      (e: unknown) => {
        if (live) setLoaded({ ids, points: [], error: errorMessage(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [ids]);

  const current = loaded?.ids === ids ? loaded : null;
  const data = useMemo(
    () => (current ? readinessTrendData(current.points, (s) => `${s.label} · ${date(s.asOf)}`) : null),
    [current, date],
  );
  if (!assessment) return null;
  const error = list.error ?? current?.error ?? null;
  return (
    <article className="card trend-card" aria-labelledby="trend-title" data-testid="trend-card">
      <h2 id="trend-title" className="card-title">
        {t('snapshots.trend.title')}
      </h2>
      {error ? (
        <p className="field-error">{error}</p>
      ) : list.snapshots !== null && list.snapshots.length === 0 ? (
        <div className="muted">
          <p>{t('snapshots.trend.empty')}</p>
          <button type="button" className="btn btn-small" onClick={() => go('review')}>
            {t('snapshots.trend.goReview')}
          </button>
        </div>
      ) : !data ? (
        <p className="muted" role="status">
          {t('snapshots.trend.loading')}
        </p>
      ) : (
        <>
          <p className="muted small">{t('snapshots.trend.help')}</p>
          <TrendChart data={data} />
          <details className="trend-table">
            <summary>{t('snapshots.trend.asTable')}</summary>
            <div className="table-wrap">
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('snapshots.trend.figure')}</th>
                    {data.points.map((p, i) => (
                      <th key={i} scope="col" className="num">
                        {p}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.series.map((s) => (
                    <tr key={`${s.key}:${s.measure}`}>
                      <th scope="row">
                        {t('snapshots.trend.series', {
                          category: t(`category.${s.key}`),
                          measure: t(`snapshots.trend.${s.measure}`),
                        })}
                      </th>
                      {s.values.map((v, i) => (
                        <td key={i} className="num">
                          {v === null ? '—' : pct(v / 100)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </article>
  );
}

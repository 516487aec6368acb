import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotDiff } from '../../../../shared/snapshots/diff';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { SnapshotDiffView } from './SnapshotDiffView';
import { useSnapshots } from './useSnapshots';
import './snapshots.css';

const SUGGESTED = ['baseline', 'preFieldwork'] as const;

/** Frozen, read-only copies of every figure: taken by hand or by completing a review, listed and compared. */
export function SnapshotsSection({ assessmentId, refreshKey }: { assessmentId: string; refreshKey: number }) {
  const { t } = useTranslation();
  const { date, pct } = useFormat();
  const list = useSnapshots(assessmentId, refreshKey);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pick, setPick] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [diff, setDiff] = useState<SnapshotDiff | null>(null);
  const snapshots = list.snapshots ?? [];
  const from = pick.from || snapshots.at(-2)?.id || '';
  const to = pick.to || snapshots.at(-1)?.id || '';

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') {
      setMessage({ tone: 'error', text: t('snapshots.labelRequired') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const taken = await api.snapshot.take({ assessmentId, label: label.trim() });
      setLabel('');
      setMessage({ tone: 'success', text: t('snapshots.taken', { label: taken.label, date: date(taken.asOf) }) });
      await list.reload();
    } catch (error) {
      setMessage({ tone: 'error', text: t('snapshots.takeFailed', { message: errorMessage(error) }) });
    }
    setBusy(false);
  };

  const compare = async () => {
    setMessage(null);
    try {
      setDiff(await api.snapshot.diff({ from, to }));
    } catch (error) {
      setMessage({ tone: 'error', text: t('snapshots.diffFailed', { message: errorMessage(error) }) });
    }
  };

  const time = (iso: string) => `${date(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
  return (
    <section className="card snapshots" aria-labelledby="snapshots-title" data-testid="snapshots">
      <h2 id="snapshots-title" className="card-title">
        {t('snapshots.title')}
      </h2>
      <p className="muted small">{t('snapshots.intro')}</p>
      <form className="snapshot-take" onSubmit={(e) => void take(e)}>
        <label className="filter">
          <span className="filter-label">{t('snapshots.label')}</span>
          <input
            type="text"
            value={label}
            maxLength={120}
            placeholder={t('snapshots.labelPlaceholder')}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        {SUGGESTED.map((s) => (
          <button
            key={s}
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => setLabel(t(`snapshots.suggest.${s}`))}
          >
            {t(`snapshots.suggest.${s}`)}
          </button>
        ))}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('snapshots.take')}
        </button>
      </form>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      {list.error && <Notice tone="error">{list.error}</Notice>}
      {list.snapshots !== null && snapshots.length === 0 && <p className="muted">{t('snapshots.none')}</p>}
      {snapshots.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="snapshot-table">
            <thead>
              <tr>
                <th scope="col">{t('snapshots.col.label')}</th>
                <th scope="col">{t('snapshots.col.asOf')}</th>
                <th scope="col">{t('snapshots.col.takenAt')}</th>
                <th scope="col" className="num">
                  {t('snapshots.col.design')}
                </th>
                <th scope="col" className="num">
                  {t('snapshots.col.operating')}
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id} data-testid="snapshot-row">
                  <th scope="row">
                    {s.label}
                    {s.reviewId && <span className="tag tag-key">{t('snapshots.fromReview')}</span>}
                  </th>
                  <td className="nowrap">{date(s.asOf)}</td>
                  <td className="nowrap">{time(s.takenAt)}</td>
                  <td className="num">{pct(s.design)}</td>
                  <td className="num">{s.operating === null ? '—' : pct(s.operating)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {snapshots.length >= 2 && (
        <div className="snapshot-compare">
          <label className="filter">
            <span className="filter-label">{t('snapshots.compareFrom')}</span>
            <select value={from} onChange={(e) => setPick((p) => ({ ...p, from: e.target.value }))}>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label} · {time(s.takenAt)}
                </option>
              ))}
            </select>
          </label>
          <label className="filter">
            <span className="filter-label">{t('snapshots.compareTo')}</span>
            <select value={to} onChange={(e) => setPick((p) => ({ ...p, to: e.target.value }))}>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label} · {time(s.takenAt)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" disabled={from === to} onClick={() => void compare()}>
            {t('snapshots.compare')}
          </button>
        </div>
      )}
      {diff && <SnapshotDiffView diff={diff} onClose={() => setDiff(null)} />}
    </section>
  );
}

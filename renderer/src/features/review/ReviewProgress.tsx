import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../../../shared/review/types';
import type { SnapshotSummary } from '../../../../shared/snapshots/types';
import { api, errorMessage } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { ConclusionBadge } from './ConclusionBadge';
import { conclusionCounts, controlsToTest } from './review-view';

interface ReviewProgressProps {
  review: ReviewView;
  onCompleted: (review: ReviewView, snapshot: SnapshotSummary) => void;
}

function CompleteModal({ review, onCompleted, onCancel }: ReviewProgressProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const untested = review.totals.untested;
  const complete = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const done = await api.review.complete({ reviewId: review.id, allowIncomplete: untested > 0 });
      onCompleted(done.review, done.snapshot);
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('review.complete.title')} onClose={onCancel}>
      <div className="form" data-testid="complete-review">
        {untested > 0 && (
          <Notice tone="error">
            {t('review.complete.untested', { count: untested, controls: controlsToTest(review) })}
          </Notice>
        )}
        <p>{t('review.complete.freezes', { date: date(review.asOf) })}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <div className="form-actions">
          <button
            type="button"
            className={`btn ${untested > 0 ? 'btn-danger' : 'btn-primary'}`}
            disabled={busy}
            onClick={() => void complete()}
          >
            {untested > 0 ? t('review.complete.anyway') : t('review.complete.confirm')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={onCancel}>
            {t('review.complete.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** Where the review stands: items tested, conclusions so far, and the way to complete it. */
export function ReviewProgress({ review, onCompleted }: ReviewProgressProps) {
  const { t } = useTranslation();
  const { date, pct } = useFormat();
  const [confirming, setConfirming] = useState(false);
  const { totals } = review;
  const done = totals.items === 0 ? 1 : totals.tested / totals.items;
  const open = review.status === 'in_progress';
  return (
    <article className="card review-progress" data-testid="review-progress">
      <div className="review-progress-head">
        <div>
          <h2 className="card-title">
            {open
              ? t('review.progress.open', { date: date(review.startedAt.slice(0, 10)) })
              : t('review.progress.completed', { date: date((review.completedAt ?? review.startedAt).slice(0, 10)) })}
          </h2>
          <p className="muted small">
            {t('review.progress.facts', { asOf: date(review.asOf), controls: totals.controls })}{' '}
            <span title={t('review.progress.seedHelp')}>
              {t('review.progress.seed')} <code>{review.seed}</code>
            </span>
          </p>
        </div>
        {open && (
          <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)}>
            {t('review.complete.button')}
          </button>
        )}
      </div>
      <div className="progress-line">
        <div
          className="meter meter-large"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={totals.items}
          aria-valuenow={totals.tested}
          aria-label={t('review.progress.label')}
        >
          <div className="meter-fill" style={{ width: `${done * 100}%` }} />
        </div>
        <span className="strong" data-testid="review-tested">
          {t('review.progress.tested', { tested: totals.tested, items: totals.items, pct: pct(done) })}
        </span>
      </div>
      <p className="small">
        {t('review.progress.results', {
          passed: totals.passed,
          exceptions: totals.exceptions,
          untested: totals.untested,
        })}
      </p>
      <ul className="conclusion-counts" aria-label={t('review.progress.conclusions')}>
        {conclusionCounts(review)
          .filter((c) => c.count > 0)
          .map((c) => (
            <li key={c.conclusion}>
              <ConclusionBadge conclusion={c.conclusion} /> <span className="count">{c.count}</span>
            </li>
          ))}
      </ul>
      {confirming && (
        <CompleteModal
          review={review}
          onCompleted={(r, snapshot) => {
            setConfirming(false);
            onCompleted(r, snapshot);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}

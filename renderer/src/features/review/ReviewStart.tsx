import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultReviewDate } from '../../../../shared/dates';
import type { AssessmentSummary } from '../../../../shared/ipc/contract';
import type { ReviewView } from '../../../../shared/review/types';
import { api, errorMessage } from '../../api';
import { daysFromToday } from '../../app/dates';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';

interface ReviewStartProps {
  assessment: AssessmentSummary & { windowStart: string };
  /** The latest completed review, when there is one. */
  previous: ReviewView | null;
  onStarted: (review: ReviewView) => void;
}

/** The review date, its countdown, what starting does, and the button (main decides whether it is time). */
export function ReviewStart({ assessment, previous, onStarted }: ReviewStartProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reviewDate = assessment.reviewDate ?? defaultReviewDate(assessment.windowStart);
  const days = daysFromToday(reviewDate);
  const due = days <= 0;

  const start = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      onStarted(await api.review.start({ assessmentId: assessment.id }));
    } catch (error) {
      setRefusal(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <article className={`card review-start${due && !previous ? ' review-due' : ''}`} data-testid="review-start">
      <div className="review-date-line">
        <span className="label-caps">{t('review.start.dateLabel')}</span>
        <span className="review-date" data-testid="review-page-date">
          {date(reviewDate)}
        </span>
        <span className={`countdown${days < 0 ? ' countdown-past' : days <= 14 ? ' countdown-soon' : ''}`}>
          {days === 0
            ? t('topbar.today')
            : days > 0
              ? t('topbar.inDays', { count: days })
              : t('topbar.daysAgo', { count: -days })}
        </span>
      </div>
      {previous && (
        <p>{t('review.start.previous', { date: date(previous.completedAt?.slice(0, 10) ?? previous.asOf) })}</p>
      )}
      {due ? (
        <p>{t('review.start.due', { start: date(assessment.windowStart) })}</p>
      ) : (
        <p>{t('review.start.notYet', { date: date(reviewDate), count: days })}</p>
      )}
      <p className="muted small">{t('review.start.what')}</p>
      {refusal && <Notice tone="error">{refusal}</Notice>}
      <button
        type="button"
        className={`btn${due && !previous ? ' btn-primary' : ''}`}
        disabled={busy}
        onClick={() => void start()}
      >
        {busy ? t('review.start.starting') : previous ? t('review.start.again') : t('review.start.button')}
      </button>
    </article>
  );
}

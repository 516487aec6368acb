import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/ipc/contract';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { useEvidenceData } from '../evidence/useEvidenceData';
import { SnapshotsSection } from '../snapshots/SnapshotsSection';
import { ReviewControlsTable } from './ReviewControlsTable';
import { ReviewProgress } from './ReviewProgress';
import { ReviewStart } from './ReviewStart';
import { SamplePanel } from './SamplePanel';
import { SampleSizesCard } from './SampleSizesCard';
import { useReviewData } from './useReviewData';
import './review.css';

/** Review: the day-60 internal readiness review, held as an auditor would, and the snapshots it freezes. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessment();
  if (!assessment) return null;
  if (assessment.reportType !== 'II' || assessment.windowStart === null) {
    return (
      <section className="page page-narrow" aria-labelledby="review-title">
        <div className="empty-state">
          <h1 id="review-title">{t('review.typeOne.title')}</h1>
          <p>{t('review.typeOne.body')}</p>
          <p>{t('review.typeOne.next')}</p>
        </div>
        <SnapshotsSection assessmentId={assessment.id} refreshKey={0} />
      </section>
    );
  }
  return <ReviewArea assessment={{ ...assessment, windowStart: assessment.windowStart }} />;
}

function ReviewArea({ assessment }: { assessment: AssessmentSummary & { windowStart: string } }) {
  const { t } = useTranslation();
  const { locale, date } = useFormat();
  const { catalog } = useWorkspace();
  const { controls, reloadAssessment } = useAssessment();
  const data = useReviewData(assessment.id);
  const evidence = useEvidenceData(assessment.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const [snapshots, setSnapshots] = useState(0);
  const [completed, setCompleted] = useState<string | null>(null);
  const review = data.review;
  const titleOf = (id: string) => {
    const control = controls?.find((c) => c.controlId === id);
    return control && catalog ? catalog.titleOf(control, locale) : id;
  };
  const open = review?.controls.find((c) => c.controlId === openId) ?? null;

  return (
    <div className={`page-review${open ? ' with-panel' : ''}`}>
      <section className="review-main" aria-labelledby="review-title" data-testid="review-page" data-scroll-root>
        <header className="page-header">
          <div>
            <h1 id="review-title">{t('review.title')}</h1>
            <p className="page-intro">{t('review.intro')}</p>
          </div>
        </header>
        {data.error && <Notice tone="error">{t('review.loadFailed', { message: data.error })}</Notice>}
        {completed && (
          <Notice tone="success" onDismiss={() => setCompleted(null)}>
            {completed}
          </Notice>
        )}
        {review === undefined && !data.error && (
          <p role="status" className="muted">
            {t('review.loading')}
          </p>
        )}
        {review !== undefined && review?.status !== 'in_progress' && (
          <ReviewStart
            assessment={assessment}
            previous={review}
            onStarted={(started) => {
              setCompleted(null);
              setOpenId(null);
              data.show(started);
            }}
          />
        )}
        {review && (
          <>
            <ReviewProgress
              review={review}
              onCompleted={(done, snapshot) => {
                data.show(done);
                setSnapshots((n) => n + 1);
                setCompleted(t('review.complete.done', { label: snapshot.label, date: date(snapshot.asOf) }));
                void reloadAssessment();
              }}
            />
            <ReviewControlsTable review={review} selectedId={openId} onSelect={setOpenId} titleOf={titleOf} />
          </>
        )}
        <SampleSizesCard />
        <SnapshotsSection assessmentId={assessment.id} refreshKey={snapshots} />
      </section>
      {review && open && (
        <SamplePanel
          review={review}
          control={open}
          title={titleOf(open.controlId)}
          evidence={evidence.evidence ?? []}
          onRecorded={(next) => {
            data.show(next);
            void reloadAssessment();
          }}
          onClose={() => setOpenId(null)}
        />
      )}
    </div>
  );
}

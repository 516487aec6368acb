import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain';
import type { ControlReview, ReviewView } from '../../../../shared/review/types';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { ConclusionBadge } from './ConclusionBadge';
import { SampleItem, type SampleRecord } from './SampleItem';

interface SamplePanelProps {
  review: ReviewView;
  control: ControlReview;
  title: string;
  evidence: readonly EvidenceItem[];
  onRecorded: (review: ReviewView) => void;
  onClose: () => void;
}

/** The side panel of one sampled control: the drawn items to inspect, each marked passed or exception. */
export function SamplePanel({ review, control, title, evidence, onRecorded, onClose }: SamplePanelProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const readOnly = review.status === 'completed';
  const own = evidence.filter((e) => e.controlIds.includes(control.controlId));
  const cited = [...own, ...evidence.filter((e) => !e.controlIds.includes(control.controlId))];

  const record = async (seq: number, value: SampleRecord) => {
    setBusy(true);
    setFailure(null);
    try {
      onRecorded(
        await api.review.record({
          reviewId: review.id,
          controlId: control.controlId,
          seq,
          result: value.result,
          note: value.note,
          evidenceId: value.evidenceId,
        }),
      );
    } catch (error) {
      setFailure(errorMessage(error));
    }
    setBusy(false);
  };

  return (
    <aside
      className="side-panel"
      aria-label={t('review.panel.label', { id: control.controlId })}
      data-testid="sample-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel-header">
        <div className="panel-heading">
          <p className="panel-id">
            <span className="mono">{control.controlId}</span>
          </p>
          <h2 className="panel-title">{title}</h2>
        </div>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={t('review.panel.closeLabel')}
          onClick={onClose}
        >
          {t('review.panel.close')}
        </button>
      </header>
      <div className="panel-status-line">
        <ConclusionBadge conclusion={control.conclusion} />
      </div>
      <div className="panel-body">
        <p className="small">
          {control.reason
            ? t(`review.reason.${control.reason}`)
            : t('review.panel.plan', {
                size: control.size,
                population: control.population,
                frequency: t(`frequency.${control.frequency}`).toLowerCase(),
              })}
          {control.prorated && ` ${t('review.panel.prorated', { base: control.base })}`}
        </p>
        {!readOnly && control.items > 0 && <p className="muted small">{t('review.panel.how')}</p>}
        {failure && <Notice tone="error">{failure}</Notice>}
        <ol className="sample-list">
          {control.samples.map((s) => (
            <SampleItem
              key={`${s.seq}:${s.updatedAt}`}
              sample={s}
              frequency={control.frequency}
              evidence={cited}
              readOnly={readOnly}
              busy={busy}
              onRecord={(value) => void record(s.seq, value)}
            />
          ))}
        </ol>
      </div>
    </aside>
  );
}

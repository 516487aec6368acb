import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, Frequency } from '../../../../shared/domain';
import type { ReviewSample } from '../../../../shared/review/types';
import { useFormat } from '../../i18n/format';
import { eventNumber } from './review-view';

export interface SampleRecord {
  result: 'passed' | 'exception';
  note: string;
  evidenceId: string | null;
}

interface SampleItemProps {
  sample: ReviewSample;
  frequency: Frequency;
  /** Evidence that may be cited, this control's own first. */
  evidence: readonly EvidenceItem[];
  readOnly: boolean;
  busy: boolean;
  onRecord: (record: SampleRecord) => void;
}

/** One sampled occurrence: what to inspect, and its result (an exception needs a note; evidence is optional). */
export function SampleItem({ sample, frequency, evidence, readOnly, busy, onRecord }: SampleItemProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(sample.note);
  const [evidenceId, setEvidenceId] = useState(sample.evidenceId ?? '');
  const [noteMissing, setNoteMissing] = useState(false);
  const event = eventNumber(sample.item);
  const what =
    event !== null
      ? t('review.item.event', { n: event })
      : frequency === 'continuous' || frequency === 'daily'
        ? t('review.item.day', { date: date(sample.item) })
        : t('review.item.period', { date: date(sample.item), frequency: t(`frequency.${frequency}`).toLowerCase() });
  const cited = evidence.find((e) => e.id === sample.evidenceId);

  const saveException = () => {
    if (note.trim() === '') {
      setNoteMissing(true);
      return;
    }
    onRecord({ result: 'exception', note, evidenceId: evidenceId === '' ? null : evidenceId });
    setEditing(false);
  };

  return (
    <li className={`sample sample-${sample.result}`} data-testid={`sample-${sample.seq}`}>
      <div className="sample-head">
        <span className="sample-seq">#{sample.seq}</span>
        <span className="sample-what">{what}</span>
        <span className={`badge result-${sample.result}`}>
          <span aria-hidden="true">{sample.result === 'passed' ? '✓' : sample.result === 'exception' ? '✗' : '○'}</span>
          {t(`review.result.${sample.result}`)}
        </span>
      </div>
      {sample.result === 'exception' && !editing && (
        <p className="sample-note small">
          {sample.note}
          {cited && <span className="block muted">{t('review.item.cites', { name: cited.originalName })}</span>}
        </p>
      )}
      {!readOnly && !editing && (
        <div className="sample-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={sample.result === 'passed'}
            disabled={busy}
            onClick={() => onRecord({ result: 'passed', note: '', evidenceId: null })}
          >
            {t('review.item.pass')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={sample.result === 'exception'}
            disabled={busy}
            onClick={() => setEditing(true)}
          >
            {sample.result === 'exception' ? t('review.item.editException') : t('review.item.exception')}
          </button>
        </div>
      )}
      {editing && (
        <div className="sample-exception-form">
          <label className="field">
            <span className="field-label">{t('review.item.note')}</span>
            <textarea
              rows={2}
              value={note}
              aria-invalid={noteMissing || undefined}
              onChange={(e) => {
                setNote(e.target.value);
                setNoteMissing(false);
              }}
            />
          </label>
          {noteMissing && (
            <p className="field-error" role="alert">
              {t('review.item.noteRequired')}
            </p>
          )}
          <label className="field">
            <span className="field-label">{t('review.item.evidence')}</span>
            <select value={evidenceId} onChange={(e) => setEvidenceId(e.target.value)}>
              <option value="">{t('review.item.noEvidence')}</option>
              {evidence.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.originalName}
                </option>
              ))}
            </select>
          </label>
          <div className="form-actions">
            <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={saveException}>
              {t('review.item.saveException')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setEditing(false)}>
              {t('review.item.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, PIPELINE_STAGES, type Frequency, type PipelineStage } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { CriteriaPicker } from './CriteriaPicker';

interface CustomControlModalProps {
  onClose: () => void;
  onAdded: (controlId: string) => void;
}

/** Adds a control the catalog does not list. */
export function CustomControlModal({ onClose, onAdded }: CustomControlModalProps) {
  const { t } = useTranslation();
  const { assessment, addCustom } = useAssessment();
  const [controlId, setControlId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [criteria, setCriteria] = useState<string[]>([]);
  const [stage, setStage] = useState<PipelineStage>('organisation_wide');
  const [frequency, setFrequency] = useState<Frequency>('quarterly');
  const [isKey, setIsKey] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const titleError = submitted && title.trim() === '' ? t('custom.titleRequired') : undefined;
  const criteriaError = submitted && criteria.length === 0 ? t('custom.criteriaRequired') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (title.trim() === '' || criteria.length === 0) return;
    setBusy(true);
    try {
      const added = await addCustom({
        ...(controlId.trim() ? { controlId: controlId.trim() } : {}),
        title: title.trim(),
        description,
        criteria,
        stage,
        frequency,
        isKey,
      });
      onAdded(added.controlId);
    } catch (error) {
      setServerError(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('custom.title')} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate className="form" data-testid="custom-control-form">
        <p className="muted">{t('custom.intro')}</p>
        {serverError && <Notice tone="error">{t('custom.failed', { message: serverError })}</Notice>}
        <div className="form-grid">
          <Field label={t('custom.controlId')} hint={t('custom.controlIdHint')}>
            <input
              type="text"
              maxLength={40}
              value={controlId}
              onChange={(e) => setControlId(e.target.value)}
              className="mono"
            />
          </Field>
          <Field label={t('custom.controlTitle')} error={titleError}>
            <input type="text" maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
        </div>
        <Field label={t('custom.description')}>
          <textarea rows={3} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <CriteriaPicker
          value={criteria}
          onChange={setCriteria}
          inScope={assessment?.categories ?? []}
          error={criteriaError}
        />
        <div className="form-grid form-grid-3">
          <Field label={t('custom.stage')}>
            <select value={stage} onChange={(e) => setStage(e.target.value as PipelineStage)}>
              {PIPELINE_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('custom.frequency')}>
            <select value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`frequency.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          <label className="choice choice-aligned">
            <input type="checkbox" checked={isKey} onChange={(e) => setIsKey(e.target.checked)} />
            {t('custom.isKey')}
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('custom.add')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('custom.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

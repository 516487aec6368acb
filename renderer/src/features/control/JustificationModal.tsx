import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';

interface JustificationModalProps {
  controlIds: string[];
  onClose: () => void;
  onDone: (message: string | null) => void;
}

/** Asks why before marking one or more controls not applicable. */
export function JustificationModal({ controlIds, onClose, onDone }: JustificationModalProps) {
  const { t } = useTranslation();
  const { updateControl, bulkUpdate } = useAssessment();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const many = controlIds.length > 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('justification.required'));
      return;
    }
    setBusy(true);
    try {
      const patch = { status: 'not_applicable' as const, justification: text.trim() };
      if (many) {
        const count = await bulkUpdate(controlIds, patch);
        onDone(t('bulk.done', { count }));
      } else if (controlIds[0]) {
        await updateControl(controlIds[0], patch);
        onDone(null);
      }
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={
        many
          ? t('justification.titleMany', { count: controlIds.length })
          : `${controlIds[0] ?? ''} — ${t('justification.title')}`
      }
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('justification.help')}</p>
        <Field label={t('justification.label')} error={error ?? undefined}>
          <textarea
            rows={4}
            maxLength={4000}
            value={text}
            autoFocus
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            data-testid="justification-input"
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('justification.confirm')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('justification.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

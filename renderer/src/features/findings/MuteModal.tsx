import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../../shared/rules/types';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useAiStrings } from '../ai-shared/strings';
import { ruleTitle } from './gap-text';

interface MuteModalProps {
  assessmentId: string;
  finding: FindingView;
  onClose: () => void;
  onMuted: () => void;
}

/** Mutes a finding; the justification is required and goes to the audit trail and the report. */
export function MuteModal({ assessmentId, finding, onClose, onMuted }: MuteModalProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('ai.findings.muteModal.required'));
      return;
    }
    setBusy(true);
    try {
      await api.findings.mute({ assessmentId, key: finding.key, justification: text.trim() });
      onMuted();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('ai.findings.muteModal.title', { id: finding.ruleId })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="strong">{ruleTitle(finding.ruleId, strings)}</p>
        <p className="muted">{t('ai.findings.muteModal.help')}</p>
        <Field label={t('ai.findings.muteModal.label')} error={error ?? undefined}>
          <textarea
            rows={4}
            maxLength={4000}
            value={text}
            autoFocus
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            data-testid="mute-justification-input"
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('ai.findings.muteModal.confirm')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('ai.common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../../shared/rules/types';
import { api } from '../../api';
import { ReasonModal } from '../../components/ReasonModal';
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

  const confirm = async (justification: string) => {
    await api.findings.mute({ assessmentId, key: finding.key, justification });
    onMuted();
  };

  return (
    <ReasonModal
      title={t('ai.findings.muteModal.title', { id: finding.ruleId })}
      help={t('ai.findings.muteModal.help')}
      label={t('ai.findings.muteModal.label')}
      requiredMessage={t('ai.findings.muteModal.required')}
      confirmLabel={t('ai.findings.muteModal.confirm')}
      cancelLabel={t('ai.common.cancel')}
      inputTestId="mute-justification-input"
      onClose={onClose}
      onConfirm={confirm}
    >
      <p className="strong">{ruleTitle(finding.ruleId, strings)}</p>
    </ReasonModal>
  );
}

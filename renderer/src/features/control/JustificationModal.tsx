import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { ReasonModal } from '../../components/ReasonModal';

interface JustificationModalProps {
  controlIds: string[];
  onClose: () => void;
  onDone: (message: string | null) => void;
}

/** Asks why before marking one or more controls not applicable. */
export function JustificationModal({ controlIds, onClose, onDone }: JustificationModalProps) {
  const { t } = useTranslation();
  const { updateControl, bulkUpdate } = useAssessment();
  const many = controlIds.length > 1;

  const confirm = async (justification: string) => {
    const patch = { status: 'not_applicable' as const, justification };
    if (many) {
      const count = await bulkUpdate(controlIds, patch);
      onDone(t('bulk.done', { count }));
    } else if (controlIds[0]) {
      await updateControl(controlIds[0], patch);
      onDone(null);
    }
    onClose();
  };

  return (
    <ReasonModal
      title={
        many
          ? t('justification.titleMany', { count: controlIds.length })
          : `${controlIds[0] ?? ''} — ${t('justification.title')}`
      }
      help={t('justification.help')}
      label={t('justification.label')}
      requiredMessage={t('justification.required')}
      confirmLabel={t('justification.confirm')}
      cancelLabel={t('justification.cancel')}
      inputTestId="justification-input"
      onClose={onClose}
      onConfirm={confirm}
    />
  );
}

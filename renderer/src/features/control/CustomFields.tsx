import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentControl } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Field } from '../../components/Field';
import { useDebouncedText, type useControlSaver } from './useControlSaver';

interface CustomFieldsProps {
  control: AssessmentControl;
  saver: ReturnType<typeof useControlSaver>;
  onDeleted: () => void;
}

/** Title and description of a custom control (catalog ones are fixed), and its deletion. */
export function CustomFields({ control, saver, onDeleted }: CustomFieldsProps) {
  const { t } = useTranslation();
  const { deleteCustom } = useAssessment();
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const title = useDebouncedText(control.title ?? '', (value) => {
    if (value.trim() === '') saver.setError('title', t('custom.titleRequired'));
    else void saver.save({ title: value }, 'title');
  });
  const description = useDebouncedText(
    control.description ?? '',
    (value) => void saver.save({ description: value }, 'description'),
  );

  const remove = async () => {
    try {
      await deleteCustom(control.controlId);
      onDeleted();
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  };

  return (
    <div className="editor">
      <Field label={t('detail.customTitle')} error={saver.errors.title}>
        <input
          type="text"
          maxLength={300}
          value={title.value}
          onChange={(e) => title.onChange(e.target.value)}
          onBlur={title.onBlur}
        />
      </Field>
      <Field label={t('detail.customDescription')} error={saver.errors.description}>
        <textarea
          rows={3}
          maxLength={4000}
          value={description.value}
          onChange={(e) => description.onChange(e.target.value)}
          onBlur={description.onBlur}
        />
      </Field>
      {confirming ? (
        <div className="confirm" role="alert">
          <p>{t('detail.deleteConfirm', { id: control.controlId })}</p>
          <button type="button" className="btn btn-danger btn-small" onClick={() => void remove()}>
            {t('detail.deleteCustom')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-small btn-danger-ghost" onClick={() => setConfirming(true)}>
          {t('detail.deleteCustom')}
        </button>
      )}
      {deleteError && <p className="field-error">{deleteError}</p>}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTROL_STATUSES,
  OWNER_FUNCTIONS,
  type AssessmentControl,
  type ControlStatus,
  type OwnerFunction,
} from '../../../../shared/domain';
import { Field } from '../../components/Field';
import { useDebouncedText, type useControlSaver } from './useControlSaver';

interface ControlEditorProps {
  control: AssessmentControl;
  saver: ReturnType<typeof useControlSaver>;
}

/** The assessor's answers for one control; every change is saved at once. */
export function ControlEditor({ control, saver }: ControlEditorProps) {
  const { t } = useTranslation();
  const { save, errors, setError } = saver;
  // N/A chosen but not saved yet: it needs its justification first.
  const [pendingNotApplicable, setPendingNotApplicable] = useState(false);
  const status: ControlStatus = pendingNotApplicable ? 'not_applicable' : control.status;
  const required = t('justification.required');

  const justification = useDebouncedText(control.justification, (value) => {
    if (status !== 'not_applicable') return;
    if (value.trim() === '') {
      setError('justification', required);
      return;
    }
    void save({ status: 'not_applicable', justification: value }, 'justification').then(
      (ok) => ok && setPendingNotApplicable(false),
    );
  });
  const ownerName = useDebouncedText(control.ownerName, (value) => void save({ ownerName: value }, 'ownerName'));
  const notes = useDebouncedText(control.notes, (value) => void save({ notes: value }, 'notes'));

  const onStatus = (next: ControlStatus) => {
    setError('status', undefined);
    const needsJustification = next === 'not_applicable' && justification.value.trim() === '';
    setPendingNotApplicable(next === 'not_applicable');
    if (needsJustification) {
      setError('justification', required);
      return;
    }
    setError('justification', undefined);
    if (next !== 'not_applicable') {
      void save({ status: next }, 'status');
      return;
    }
    void save({ status: next, justification: justification.value }, 'status').then(
      (ok) => ok && setPendingNotApplicable(false),
    );
  };

  return (
    <div className="editor">
      <Field label={t('detail.status')} error={errors.status}>
        <select value={status} onChange={(e) => onStatus(e.target.value as ControlStatus)} data-testid="detail-status">
          {CONTROL_STATUSES.map((s, i) => (
            <option key={s} value={s}>
              {i + 1} · {t(`statusLong.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {status === 'not_applicable' && (
        <Field label={t('detail.justification')} hint={t('detail.justificationHelp')} error={errors.justification}>
          <textarea
            rows={3}
            maxLength={4000}
            value={justification.value}
            onChange={(e) => justification.onChange(e.target.value)}
            onBlur={justification.onBlur}
            data-testid="detail-justification"
          />
        </Field>
      )}
      <div className="form-grid">
        <Field label={t('detail.ownerName')} error={errors.ownerName}>
          <input
            type="text"
            maxLength={120}
            value={ownerName.value}
            onChange={(e) => ownerName.onChange(e.target.value)}
            onBlur={ownerName.onBlur}
            data-testid="detail-owner"
          />
        </Field>
        <Field label={t('detail.ownerFunction')} error={errors.ownerFunction}>
          <select
            value={control.ownerFunction ?? ''}
            onChange={(e) =>
              void save(
                { ownerFunction: e.target.value === '' ? null : (e.target.value as OwnerFunction) },
                'ownerFunction',
              )
            }
          >
            <option value="">{t('ownerFunction.none')}</option>
            {OWNER_FUNCTIONS.map((f) => (
              <option key={f} value={f}>
                {t(`ownerFunction.${f}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={control.isKey}
          onChange={(e) => void save({ isKey: e.target.checked }, 'isKey')}
        />
        {t('detail.isKey')}
      </label>
      {errors.isKey && <p className="field-error">{errors.isKey}</p>}
      <Field label={t('detail.notes')} hint={t('detail.notesHelp')} error={errors.notes}>
        <textarea
          rows={5}
          maxLength={20000}
          value={notes.value}
          onChange={(e) => notes.onChange(e.target.value)}
          onBlur={notes.onBlur}
        />
      </Field>
    </div>
  );
}

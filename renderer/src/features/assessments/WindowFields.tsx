import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { FieldName, FormState } from './form-model';

interface WindowFieldsProps {
  state: FormState;
  errorOf: (field: FieldName) => string | undefined;
  touch: (field: FieldName) => void;
  onStart: (value: string) => void;
  onEnd: (value: string) => void;
  onReview: (value: string) => void;
  onResetReview: () => void;
}

/** Observation window (Type II only) and the review date derived from its start. */
export function WindowFields({ state, errorOf, touch, onStart, onEnd, onReview, onResetReview }: WindowFieldsProps) {
  const { t } = useTranslation();
  const typeTwo = state.reportType === 'II';
  const reviewHint = !typeTwo
    ? t('form.reviewDateTypeOneHint')
    : state.reviewEdited
      ? t('form.reviewDateEdited')
      : t('form.reviewDateHint');
  return (
    <div className="form-grid form-grid-3">
      {typeTwo && (
        <Field label={t('form.windowStart')} error={errorOf('windowStart')}>
          <input
            type="date"
            value={state.windowStart}
            onChange={(e) => onStart(e.target.value)}
            onBlur={() => touch('windowStart')}
          />
        </Field>
      )}
      {typeTwo && (
        <Field label={t('form.windowEnd')} hint={t('form.windowEndHint')} error={errorOf('windowEnd')}>
          <input
            type="date"
            value={state.windowEnd}
            onChange={(e) => onEnd(e.target.value)}
            onBlur={() => touch('windowEnd')}
          />
        </Field>
      )}
      <div className="field-with-action">
        <Field
          label={typeTwo ? t('form.reviewDate') : t('form.reviewDateTypeOne')}
          hint={reviewHint}
          error={errorOf('reviewDate')}
        >
          <input
            type="date"
            value={state.reviewDate}
            onChange={(e) => onReview(e.target.value)}
            onBlur={() => touch('reviewDate')}
          />
        </Field>
        {typeTwo && state.reviewEdited && state.windowStart !== '' && (
          <button type="button" className="btn btn-link" onClick={onResetReview}>
            {t('form.reviewDateReset')}
          </button>
        )}
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { TRAINING_USES } from '../../../../shared/vendors/types';
import { Field } from '../../components/Field';
import type { SectionProps } from './vendor-form';

/**
 * The AI-specific answers, each on its own (the named mistake is to assess them together or not at all):
 * may the vendor train on our data, how long it keeps inputs, how long it keeps outputs; and the AI due diligence.
 */
export function VendorAiFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset ai-section">
      <legend>{t('ai.vendors.editor.aiAnswers')}</legend>
      <p className="field-hint">{t('ai.vendors.editor.aiAnswersHint')}</p>
      <div className="form-grid">
        <Field label={t('ai.vendors.editor.trainingUse')}>
          <select
            value={form.trainingUse}
            onChange={(e) => set({ trainingUse: e.target.value as typeof form.trainingUse })}
          >
            {TRAINING_USES.map((u) => (
              <option key={u} value={u}>
                {t(`ai.vendors.trainingUse.${u}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('ai.vendors.editor.trainingUseSource')}
          hint={t('ai.vendors.editor.trainingUseSourceHint')}
          error={error('trainingUseSource')}
        >
          <input
            type="text"
            value={form.trainingUseSource}
            onChange={(e) => set({ trainingUseSource: e.target.value })}
          />
        </Field>
      </div>
      <div className="form-grid">
        <Field
          label={t('ai.vendors.editor.retentionInputs')}
          hint={t('ai.vendors.editor.retentionHint')}
          error={error('retentionInputsDays')}
        >
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={form.retentionInputsDays}
            onChange={(e) => set({ retentionInputsDays: e.target.value })}
          />
        </Field>
        <Field
          label={t('ai.vendors.editor.retentionOutputs')}
          hint={t('ai.vendors.editor.retentionHint')}
          error={error('retentionOutputsDays')}
        >
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={form.retentionOutputsDays}
            onChange={(e) => set({ retentionOutputsDays: e.target.value })}
          />
        </Field>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={form.retentionAssessed}
          onChange={(e) => set({ retentionAssessed: e.target.checked })}
        />
        {t('ai.vendors.editor.retentionAssessed')}
      </label>
      {error('retentionAssessed') && (
        <p className="field-error" role="alert">
          {error('retentionAssessed')}
        </p>
      )}
      <Field label={t('ai.vendors.editor.retentionNote')}>
        <input type="text" value={form.retentionNote} onChange={(e) => set({ retentionNote: e.target.value })} />
      </Field>
      <div className="form-grid">
        <label className="choice choice-aligned">
          <input
            type="checkbox"
            checked={form.aiDueDiligence}
            onChange={(e) => set({ aiDueDiligence: e.target.checked })}
          />
          {t('ai.vendors.editor.aiDueDiligence')}
        </label>
        <Field label={t('ai.vendors.editor.aiDueDiligenceDate')} error={error('aiDueDiligenceDate')}>
          <input
            type="date"
            value={form.aiDueDiligenceDate}
            onChange={(e) => set({ aiDueDiligenceDate: e.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}

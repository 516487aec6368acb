import { useTranslation } from 'react-i18next';
import { VENDOR_SERVICE_TYPES } from '../../../../shared/vendors/types';
import { Field } from '../../components/Field';
import { DataClassFields } from '../ai-shared/DataClasses';
import { capitalise, useAiStrings } from '../ai-shared/strings';
import type { SectionProps } from './vendor-form';

/** What the vendor is: name, type, purpose, the models and versions used, and the data sent to it. */
export function VendorServiceFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const setModel = (index: number, patch: Partial<{ name: string; version: string }>) =>
    set({ models: form.models.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  return (
    <fieldset className="fieldset ai-section">
      <legend>{t('ai.vendors.editor.service')}</legend>
      <div className="form-grid">
        <Field label={t('ai.vendors.editor.name')} error={error('name')}>
          <input type="text" value={form.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label={t('ai.vendors.editor.serviceType')} hint={t('ai.vendors.editor.serviceTypeHint')}>
          <select
            value={form.serviceType}
            onChange={(e) => set({ serviceType: e.target.value as typeof form.serviceType })}
          >
            {VENDOR_SERVICE_TYPES.map((s) => (
              <option key={s} value={s}>
                {capitalise(strings.serviceTypes[s])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('ai.vendors.editor.purpose')} error={error('purpose')}>
        <textarea rows={2} maxLength={2000} value={form.purpose} onChange={(e) => set({ purpose: e.target.value })} />
      </Field>
      <div className="ai-sublist" role="group" aria-label={t('ai.vendors.editor.models')}>
        <p className="ai-sublist-title">{t('ai.vendors.editor.models')}</p>
        {form.models.length === 0 && <p className="muted small">{t('ai.vendors.editor.noModels')}</p>}
        {form.models.map((m, i) => (
          <div key={i} className="ai-row-fields">
            <Field label={t('ai.vendors.editor.modelName', { n: i + 1 })} error={error(`models.${i}.name`)}>
              <input
                type="text"
                value={m.name}
                maxLength={200}
                onChange={(e) => setModel(i, { name: e.target.value })}
              />
            </Field>
            <Field label={t('ai.vendors.editor.modelVersion', { n: i + 1 })}>
              <input
                type="text"
                value={m.version}
                maxLength={100}
                onChange={(e) => setModel(i, { version: e.target.value })}
              />
            </Field>
            <button
              type="button"
              className="btn btn-danger-ghost btn-small"
              aria-label={t('ai.vendors.editor.removeModel', { n: i + 1 })}
              onClick={() => set({ models: form.models.filter((_, j) => j !== i) })}
            >
              {t('ai.common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set({ models: [...form.models, { name: '', version: '' }] })}
        >
          {t('ai.vendors.editor.addModel')}
        </button>
      </div>
      <DataClassFields
        legend={t('ai.vendors.editor.dataSent')}
        value={form.dataSent}
        onChange={(dataSent) => set({ dataSent })}
      />
    </fieldset>
  );
}

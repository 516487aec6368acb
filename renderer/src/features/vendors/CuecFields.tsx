import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useControlOptions } from '../ai-shared/control-options';
import type { SectionProps } from './vendor-form';

/** The complementary user-entity controls the vendor's report expects from us, each mapped to one of our controls. */
export function CuecFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  const options = useControlOptions();
  const setCuec = (index: number, patch: Partial<{ description: string; controlId: string }>) =>
    set({ cuecs: form.cuecs.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  return (
    <fieldset className="fieldset ai-section">
      <legend>{t('ai.vendors.editor.cuecs')}</legend>
      <p className="field-hint">{t('ai.vendors.editor.cuecsHint')}</p>
      {form.cuecs.length === 0 && <p className="muted small">{t('ai.vendors.editor.noCuecs')}</p>}
      {form.cuecs.map((c, i) => (
        <div key={i} className="ai-row-fields ai-row-fields-wide">
          <Field label={t('ai.vendors.editor.cuecDescription', { n: i + 1 })} error={error(`cuecs.${i}.description`)}>
            <input type="text" value={c.description} onChange={(e) => setCuec(i, { description: e.target.value })} />
          </Field>
          <Field
            label={t('ai.vendors.editor.cuecControl', { n: i + 1 })}
            error={c.controlId === '' ? undefined : error(`cuecs.${i}.controlId`)}
          >
            <select value={c.controlId} onChange={(e) => setCuec(i, { controlId: e.target.value })}>
              <option value="">{t('ai.vendors.editor.cuecUnmapped')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {`${o.id} — ${o.title}`}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="btn btn-danger-ghost btn-small"
            aria-label={t('ai.vendors.editor.removeCuec', { n: i + 1 })}
            onClick={() => set({ cuecs: form.cuecs.filter((_, j) => j !== i) })}
          >
            {t('ai.common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => set({ cuecs: [...form.cuecs, { description: '', controlId: '' }] })}
      >
        {t('ai.vendors.editor.addCuec')}
      </button>
    </fieldset>
  );
}

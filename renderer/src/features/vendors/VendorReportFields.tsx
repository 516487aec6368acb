import { useTranslation } from 'react-i18next';
import { SOC2_REPORT_TYPES, SUBSERVICE_METHODS } from '../../../../shared/vendors/types';
import { Field } from '../../components/Field';
import type { SectionProps } from './vendor-form';

/** The vendor as a subservice organisation: carve-out or inclusive (with why), and its SOC 2 report on file. */
export function VendorReportFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset ai-section">
      <legend>{t('ai.vendors.editor.subservice')}</legend>
      <div className="form-grid">
        <Field label={t('ai.vendors.editor.subserviceMethod')}>
          <select
            value={form.subserviceMethod}
            onChange={(e) => set({ subserviceMethod: e.target.value as typeof form.subserviceMethod })}
          >
            {SUBSERVICE_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`ai.vendors.method.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('ai.vendors.editor.subserviceReason')} error={error('subserviceReason')}>
          <input
            type="text"
            value={form.subserviceReason}
            onChange={(e) => set({ subserviceReason: e.target.value })}
          />
        </Field>
      </div>
      <div className="form-grid form-grid-3">
        <Field label={t('ai.vendors.editor.soc2Type')} error={error('soc2Report.type')}>
          <select value={form.soc2Type} onChange={(e) => set({ soc2Type: e.target.value as typeof form.soc2Type })}>
            {SOC2_REPORT_TYPES.map((r) => (
              <option key={r} value={r}>
                {t(`ai.vendors.soc2.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('ai.vendors.editor.soc2PeriodEnd')}
          hint={t('ai.vendors.editor.soc2PeriodEndHint')}
          error={error('soc2Report.periodEnd')}
        >
          <input type="date" value={form.soc2PeriodEnd} onChange={(e) => set({ soc2PeriodEnd: e.target.value })} />
        </Field>
        <div className="ai-check-cell">
          <label className="choice">
            <input
              type="checkbox"
              checked={form.bridgeLetter}
              onChange={(e) => set({ bridgeLetter: e.target.checked })}
            />
            {t('ai.vendors.editor.bridgeLetter')}
          </label>
          {error('soc2Report.bridgeLetter') && (
            <p className="field-error" role="alert">
              {error('soc2Report.bridgeLetter')}
            </p>
          )}
        </div>
        <Field label={t('ai.vendors.editor.bridgeLetterDate')} error={error('soc2Report.bridgeLetterDate')}>
          <input
            type="date"
            value={form.bridgeLetterDate}
            onChange={(e) => set({ bridgeLetterDate: e.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}

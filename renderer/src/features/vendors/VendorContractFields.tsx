import { useTranslation } from 'react-i18next';
import type { ContractTerms } from '../../../../shared/vendors/types';
import { Field } from '../../components/Field';
import type { SectionProps } from './vendor-form';

const TERMS: readonly (keyof ContractTerms)[] = [
  'dataUseRestriction',
  'outputOwnership',
  'deletionAtTermination',
  'auditRights',
];

/** Contract terms, and the dates that decide whether the record is stale. */
export function VendorContractFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset ai-section">
      <legend>{t('ai.vendors.editor.contract')}</legend>
      <div className="choice-grid">
        {TERMS.map((term) => (
          <label key={term} className="choice">
            <input
              type="checkbox"
              checked={form.contract[term]}
              onChange={(e) => set({ contract: { ...form.contract, [term]: e.target.checked } })}
            />
            {t(`ai.vendors.contract.${term}`)}
          </label>
        ))}
      </div>
      <div className="form-grid form-grid-3">
        <Field label={t('ai.vendors.editor.renewalDate')} error={error('renewalDate')}>
          <input type="date" value={form.renewalDate} onChange={(e) => set({ renewalDate: e.target.value })} />
        </Field>
        <Field label={t('ai.vendors.editor.lastModelVersionChange')} error={error('lastModelVersionChange')}>
          <input
            type="date"
            value={form.lastModelVersionChange}
            onChange={(e) => set({ lastModelVersionChange: e.target.value })}
          />
        </Field>
        <Field label={t('ai.vendors.editor.lastReviewed')} error={error('lastReviewed')}>
          <input type="date" value={form.lastReviewed} onChange={(e) => set({ lastReviewed: e.target.value })} />
        </Field>
      </div>
      <Field label={t('ai.vendors.editor.notes')}>
        <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
      </Field>
    </fieldset>
  );
}

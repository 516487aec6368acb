import { useTranslation } from 'react-i18next';
import type { RecordRef } from '../../../../shared/rules/types';
import { useOpenRecord } from './open-record';

export type RecordNames = ReadonlyMap<string, string>;

/** The key under which a record's display name is looked up (`vendor:<id>`). */
export function recordKey(ref: RecordRef): string {
  return `${ref.type}:${ref.id}`;
}

/** Links to the records a finding or gap names: each opens its control panel, vendor, component or criterion. */
export function RecordLinks({ records, names }: { records: readonly RecordRef[]; names: RecordNames }) {
  const { t } = useTranslation();
  const open = useOpenRecord();
  if (records.length === 0) return null;
  return (
    <ul className="ai-records" aria-label={t('ai.common.recordsLabel')}>
      {records.map((ref) => {
        const name = names.get(recordKey(ref)) ?? ref.id;
        const label =
          ref.type === 'control' || ref.type === 'criterion'
            ? ref.id
            : ref.type === 'assessment'
              ? t('ai.common.record.assessment')
              : name;
        return (
          <li key={recordKey(ref)}>
            <button
              type="button"
              className={`ai-record ai-record-${ref.type}`}
              aria-label={t(`ai.common.openRecord.${ref.type}`, { name: label })}
              title={t(`ai.common.openRecord.${ref.type}`, { name: label })}
              onClick={() => open(ref)}
            >
              <span className="ai-record-type">{t(`ai.common.record.${ref.type}Type`)}</span>
              <span className={ref.type === 'control' || ref.type === 'criterion' ? 'mono' : undefined}>{label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

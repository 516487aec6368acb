import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERION_REFS } from '../../../../shared/catalog/criteria-ids';
import { CATEGORY_KEYS, type CategoryKey } from '../../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { PickerItem } from '../../components/ControlPicker';
import { useFormat } from '../../i18n/format';

interface CriteriaPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  inScope: readonly CategoryKey[];
  error?: string | undefined;
}

/** A filterable multi-select of criterion ids with their titles, grouped by category. */
export function CriteriaPicker({ value, onChange, inScope, error }: CriteriaPickerProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  const [filter, setFilter] = useState('');
  const id = useId();
  const chosen = new Set(value);
  const q = filter.trim().toLowerCase();
  const titleOf = (cid: string) => catalog?.criterion(cid)?.title[locale] ?? '';
  const shown = CRITERION_REFS.filter(
    (c) => !q || c.id.toLowerCase().includes(q) || titleOf(c.id).toLowerCase().includes(q),
  );
  const toggle = (cid: string, on: boolean) =>
    onChange(CRITERION_REFS.map((c) => c.id).filter((x) => (x === cid ? on : chosen.has(x))));

  return (
    <fieldset className={`fieldset criteria-picker${error ? ' field-invalid' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{t('custom.criteria')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('custom.criteriaHint')} · <strong>{t('custom.criteriaChosen', { count: value.length })}</strong>
      </p>
      <label className="visually-hidden" htmlFor={`${id}-filter`}>
        {t('custom.criteriaFilter')}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        placeholder={t('custom.criteriaFilter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <div className="picker-list">
        {CATEGORY_KEYS.map((category) => {
          const items = shown.filter((c) => c.category === category);
          if (items.length === 0) return null;
          return (
            <div key={category} role="group" aria-label={t(`category.${category}`)}>
              <p className="picker-group">
                {t(`category.${category}`)}
                {!inScope.includes(category) && <span className="muted"> — {t('custom.outOfScope')}</span>}
              </p>
              {items.map((c) => (
                <PickerItem
                  key={c.id}
                  option={{ id: c.id, title: titleOf(c.id) }}
                  checked={chosen.has(c.id)}
                  onToggle={(on) => toggle(c.id, on)}
                />
              ))}
            </div>
          );
        })}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import type { FacetOption } from '../../../../shared/catalog/browse';

interface FacetSelectProps {
  label: string;
  value: string;
  options: readonly FacetOption[];
  /** The option's text without its count. */
  labelOf: (value: string) => string;
  /** Puts options under headings (optgroups) when given. */
  groupOf?: (value: string) => string;
  onChange: (value: string) => void;
  testId: string;
  wide?: boolean;
}

/** One filter of the catalog: every value the catalog uses, each with the number of controls it would show. */
export function FacetSelect({ label, value, options, labelOf, groupOf, onChange, testId, wide }: FacetSelectProps) {
  const { t } = useTranslation();
  const render = (o: FacetOption) => (
    <option key={o.value} value={o.value}>
      {t('catalogBrowser.option', { label: labelOf(o.value), count: o.count })}
    </option>
  );
  const groups: Array<{ name: string; options: FacetOption[] }> = [];
  if (groupOf) {
    for (const o of options) {
      const name = groupOf(o.value);
      const last = groups.at(-1);
      if (last?.name === name) last.options.push(o);
      else groups.push({ name, options: [o] });
    }
  }
  return (
    <label className={`filter${wide ? ' cb-filter-wide' : ''}`}>
      <span className="filter-label">{label}</span>
      <select
        value={value}
        data-testid={testId}
        className={value === '' ? undefined : 'cb-active'}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('catalogBrowser.any')}</option>
        {groupOf
          ? groups.map((g) => (
              <optgroup key={g.name} label={g.name}>
                {g.options.map(render)}
              </optgroup>
            ))
          : options.map(render)}
      </select>
    </label>
  );
}

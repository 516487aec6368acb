import { useTranslation } from 'react-i18next';
import type { DataClasses as Classes } from '../../../../shared/boundary/types';

const CLASSES = ['personal', 'confidential', 'customer'] as const;

/** The classes of data a component touches or a vendor receives, as words (none: a dash with its meaning). */
export function DataClasses({ data }: { data: Classes }) {
  const { t } = useTranslation();
  const on = CLASSES.filter((c) => data[c]);
  if (on.length === 0) return <span className="muted">{t('ai.common.dataNone')}</span>;
  return (
    <span className="ai-chips">
      {on.map((c) => (
        <span key={c} className={`tag ai-data ai-data-${c}`}>
          {t(`ai.common.data.${c}`)}
        </span>
      ))}
    </span>
  );
}

interface DataClassFieldsProps {
  legend: string;
  value: Classes;
  onChange: (value: Classes) => void;
}

/** Three checkboxes: personal, confidential, customer data. */
export function DataClassFields({ legend, value, onChange }: DataClassFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="ai-inline-choices">
        {CLASSES.map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" checked={value[c]} onChange={(e) => onChange({ ...value, [c]: e.target.checked })} />
            {t(`ai.common.data.${c}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

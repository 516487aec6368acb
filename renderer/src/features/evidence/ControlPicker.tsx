import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentControl } from '../../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';

interface ControlPickerProps {
  controls: readonly AssessmentControl[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/** A searchable multi-select of the checklist's controls (id or title), with the chosen ones on top. */
export function ControlPicker({ controls, value, onChange, error }: ControlPickerProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  const [query, setQuery] = useState('');
  const id = useId();
  const chosen = new Set(value);
  const titled = useMemo(
    () => controls.map((c) => ({ id: c.controlId, title: catalog ? catalog.titleOf(c, locale) : c.controlId })),
    [controls, catalog, locale],
  );
  const q = query.trim().toLowerCase();
  const shown = titled.filter((c) => !q || c.id.toLowerCase().includes(q) || c.title.toLowerCase().includes(q));
  const toggle = (cid: string, on: boolean) =>
    onChange(titled.map((c) => c.id).filter((x) => (x === cid ? on : chosen.has(x))));

  return (
    <fieldset className={`fieldset control-picker${error ? ' field-invalid' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{t('evidence.form.controls')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('evidence.form.controlsHint')} ·{' '}
        <strong>{t('evidence.form.controlsChosen', { count: value.length })}</strong>
      </p>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={t('evidence.form.controlsChosenLabel')}>
          {value.map((cid) => (
            <li key={cid} className="chip">
              <span className="mono">{cid}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('evidence.form.unchoose', { id: cid })}
                onClick={() => toggle(cid, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {t('evidence.form.controlsSearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={t('evidence.form.controlsSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="picker-list" role="group" aria-label={t('evidence.form.controls')}>
        {shown.length === 0 && <p className="muted small">{t('evidence.form.controlsNoMatch', { query })}</p>}
        {shown.map((c) => (
          <label key={c.id} className="choice picker-item">
            <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            <span className="mono">{c.id}</span> <span>{c.title}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

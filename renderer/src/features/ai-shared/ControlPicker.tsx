import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentControl } from '../../../../shared/domain';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';

/** The checklist's controls with their titles in the UI language, in id order. */
export function useControlOptions(): { id: string; title: string }[] {
  const { controls } = useAssessment();
  const { catalog } = useWorkspace();
  const { locale } = useFormat();
  return useMemo(
    () =>
      [...(controls ?? [])]
        .sort((a: AssessmentControl, b: AssessmentControl) =>
          a.controlId.localeCompare(b.controlId, 'en', { numeric: true }),
        )
        .map((c) => ({ id: c.controlId, title: catalog ? catalog.titleOf(c, locale) : c.controlId })),
    [controls, catalog, locale],
  );
}

interface ControlPickerProps {
  legend: string;
  hint: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/** A searchable multi-select of the checklist's controls, the chosen ones shown as removable chips. */
export function ControlPicker({ legend, hint, value, onChange }: ControlPickerProps) {
  const { t } = useTranslation();
  const options = useControlOptions();
  const [query, setQuery] = useState('');
  const id = useId();
  const chosen = new Set(value);
  const q = query.trim().toLowerCase();
  const shown = options.filter((c) => !q || c.id.toLowerCase().includes(q) || c.title.toLowerCase().includes(q));
  const toggle = (cid: string, on: boolean) => onChange(on ? [...value, cid] : value.filter((x) => x !== cid));

  return (
    <fieldset className="fieldset ai-picker" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint} · <strong>{t('ai.common.picker.chosen', { count: value.length })}</strong>
      </p>
      {value.length > 0 && (
        <ul className="ai-chips ai-chip-list" aria-label={t('ai.common.picker.chosenLabel')}>
          {value.map((cid) => (
            <li key={cid} className="ai-chip">
              <span className="mono">{cid}</span>
              <button
                type="button"
                className="ai-chip-remove"
                aria-label={t('ai.common.picker.remove', { id: cid })}
                onClick={() => toggle(cid, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {t('ai.common.picker.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={t('ai.common.picker.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="picker-list" role="group" aria-label={legend}>
        {shown.length === 0 && <p className="muted small">{t('ai.common.picker.noMatch', { query })}</p>}
        {shown.map((c) => (
          <label key={c.id} className="choice picker-item">
            <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            <span className="mono">{c.id}</span> <span>{c.title}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useId, useMemo, useState } from 'react';
import type { AssessmentControl } from '../../../shared/domain';
import { useWorkspace } from '../app/workspace-context';
import { useFormat } from '../i18n/format';

export interface ControlOption {
  id: string;
  title: string;
}

/** The controls with their titles in the UI language (the id where no catalog is loaded), in the order given. */
export function useTitledControls(controls: readonly AssessmentControl[]): ControlOption[] {
  const { catalog } = useWorkspace();
  const { locale } = useFormat();
  return useMemo(
    () => controls.map((c) => ({ id: c.controlId, title: catalog ? catalog.titleOf(c, locale) : c.controlId })),
    [controls, catalog, locale],
  );
}

/** The picker's texts, already translated by the screen that shows it. */
export interface ControlPickerLabels {
  legend: string;
  hint: string;
  chosen: (count: number) => string;
  chosenList: string;
  remove: (id: string) => string;
  search: string;
  noMatch: (query: string) => string;
}

/** Class names of the picker's parts, so each screen keeps its own look. */
export interface ControlPickerClasses {
  root: string;
  chips: string;
  chip: string;
  remove: string;
}

const CHIP_CLASSES: ControlPickerClasses = {
  root: 'control-picker',
  chips: 'chip-list',
  chip: 'chip',
  remove: 'chip-remove',
};

export interface ControlPickerProps {
  options: readonly ControlOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  labels: ControlPickerLabels;
  classes?: ControlPickerClasses;
  /** Chosen ids follow the order of `options`; otherwise they stay in the order they were picked. */
  keepListOrder?: boolean;
  error?: string | undefined;
}

/** One choice of a picker list: a checkbox, the id, then the title. */
export function PickerItem(props: { option: ControlOption; checked: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label className="choice picker-item">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onToggle(e.target.checked)} />
      <span className="mono">{props.option.id}</span> <span>{props.option.title}</span>
    </label>
  );
}

/** A searchable multi-select of the checklist's controls (id or title), the chosen ones shown as removable chips. */
export function ControlPicker(props: ControlPickerProps) {
  const { options, value, onChange, labels, classes = CHIP_CLASSES, keepListOrder = false, error } = props;
  const [query, setQuery] = useState('');
  const id = useId();
  const chosen = new Set(value);
  const q = query.trim().toLowerCase();
  const shown = options.filter((c) => !q || c.id.toLowerCase().includes(q) || c.title.toLowerCase().includes(q));
  const toggle = (cid: string, on: boolean) => {
    if (keepListOrder) onChange(options.map((c) => c.id).filter((x) => (x === cid ? on : chosen.has(x))));
    else onChange(on ? [...value, cid] : value.filter((x) => x !== cid));
  };

  return (
    <fieldset className={`fieldset ${classes.root}${error ? ' field-invalid' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{labels.legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {labels.hint} · <strong>{labels.chosen(value.length)}</strong>
      </p>
      {value.length > 0 && (
        <ul className={classes.chips} aria-label={labels.chosenList}>
          {value.map((cid) => (
            <li key={cid} className={classes.chip}>
              <span className="mono">{cid}</span>
              <button
                type="button"
                className={classes.remove}
                aria-label={labels.remove(cid)}
                onClick={() => toggle(cid, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {labels.search}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={labels.search}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="picker-list" role="group" aria-label={labels.legend}>
        {shown.length === 0 && <p className="muted small">{labels.noMatch(query)}</p>}
        {shown.map((c) => (
          <PickerItem key={c.id} option={c} checked={chosen.has(c.id)} onToggle={(on) => toggle(c.id, on)} />
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

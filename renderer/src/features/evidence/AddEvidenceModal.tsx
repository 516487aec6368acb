import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_KINDS,
  type AssessmentControl,
  type EvidenceItem,
  type EvidenceKind,
} from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { localToday } from '../../app/dates';
import { ControlPicker, useTitledControls, type ControlPickerLabels } from '../../components/ControlPicker';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import {
  effectiveShape,
  initialEvidenceValues,
  isPointInTimeKind,
  toEvidenceMeta,
  validateEvidenceForm,
  type EvidenceFormError,
  type EvidenceFormValues,
} from './evidence-form';

/** A file waiting to be added: its absolute path on this machine. */
export interface PendingFile {
  path: string;
  name: string;
}

interface AddEvidenceModalProps {
  assessmentId: string;
  windowStart: string | null;
  files: PendingFile[];
  controls: readonly AssessmentControl[];
  initialControlIds?: readonly string[];
  onAdded: (items: EvidenceItem[]) => void;
  onCancel: () => void;
}

/** Describes the chosen or dropped files once (controls, kind, period, source) and adds them as evidence. */
export function AddEvidenceModal(props: AddEvidenceModalProps) {
  const { assessmentId, files, controls, onAdded, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<EvidenceFormValues>(() =>
    initialEvidenceValues(localToday(), props.windowStart, props.initialControlIds ?? []),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = validateEvidenceForm(values);
  const shape = effectiveShape(values);
  const set = <K extends keyof EvidenceFormValues>(key: K, value: EvidenceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (e: EvidenceFormError | undefined) => (showErrors && e ? t(`evidence.form.errors.${e}`) : undefined);
  const options = useTitledControls(controls);
  const pickerLabels: ControlPickerLabels = {
    legend: t('evidence.form.controls'),
    hint: t('evidence.form.controlsHint'),
    chosen: (count) => t('evidence.form.controlsChosen', { count }),
    chosenList: t('evidence.form.controlsChosenLabel'),
    remove: (id) => t('evidence.form.unchoose', { id }),
    search: t('evidence.form.controlsSearch'),
    noMatch: (query) => t('evidence.form.controlsNoMatch', { query }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const items = await api.evidence.add({
        assessmentId,
        filePaths: files.map((f) => f.path),
        ...toEvidenceMeta(values),
      });
      onAdded(items);
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('evidence.form.title', { count: files.length })} onClose={onCancel} wide>
      <form className="form evidence-form" onSubmit={(e) => void submit(e)} noValidate data-testid="add-evidence-form">
        <div>
          <p className="field-hint">{t('evidence.form.filesIntro')}</p>
          <ul className="file-list" data-testid="pending-files">
            {files.map((f) => (
              <li key={f.path} title={f.path}>
                <span className="file-name">{f.name}</span> <span className="muted small mono">{f.path}</span>
              </li>
            ))}
          </ul>
        </div>
        <ControlPicker
          options={options}
          labels={pickerLabels}
          keepListOrder
          value={values.controlIds}
          onChange={(ids) => set('controlIds', ids)}
          error={err(errors.controlIds)}
        />
        <div className="form-grid form-grid-3">
          <Field label={t('evidence.form.kind')} hint={t(`evidence.kindHint.${values.kind}`)}>
            <select value={values.kind} onChange={(e) => set('kind', e.target.value as EvidenceKind)}>
              {EVIDENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidenceKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('evidence.form.sourceSystem')}
            hint={t('evidence.form.sourceSystemHint')}
            error={err(errors.sourceSystem)}
          >
            <input type="text" value={values.sourceSystem} onChange={(e) => set('sourceSystem', e.target.value)} />
          </Field>
          <Field label={t('evidence.form.collectedBy')} error={err(errors.collectedBy)}>
            <input type="text" value={values.collectedBy} onChange={(e) => set('collectedBy', e.target.value)} />
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>{t('evidence.form.covers')}</legend>
          <div className="choice-row">
            <label className="choice">
              <input
                type="radio"
                name="evidence-shape"
                checked={shape === 'period'}
                disabled={isPointInTimeKind(values.kind)}
                onChange={() => set('shape', 'period')}
              />
              {t('evidence.form.shapePeriod')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="evidence-shape"
                checked={shape === 'single'}
                onChange={() => set('shape', 'single')}
              />
              {t('evidence.form.shapeSingle')}
            </label>
          </div>
          <p className="field-hint">
            {isPointInTimeKind(values.kind) ? t('evidence.form.screenshotSingle') : t('evidence.form.shapeHint')}
          </p>
          <div className="form-grid form-grid-3 covers-dates">
            {shape === 'period' ? (
              <>
                <Field label={t('evidence.form.periodFrom')} error={err(errors.periodFrom)}>
                  <input type="date" value={values.periodFrom} onChange={(e) => set('periodFrom', e.target.value)} />
                </Field>
                <Field label={t('evidence.form.periodTo')} error={err(errors.periodTo)}>
                  <input type="date" value={values.periodTo} onChange={(e) => set('periodTo', e.target.value)} />
                </Field>
              </>
            ) : (
              <Field label={t('evidence.form.singleDate')} error={err(errors.singleDate)}>
                <input type="date" value={values.singleDate} onChange={(e) => set('singleDate', e.target.value)} />
              </Field>
            )}
            <Field label={t('evidence.form.collectedAt')} error={err(errors.collectedAt)}>
              <input type="date" value={values.collectedAt} onChange={(e) => set('collectedAt', e.target.value)} />
            </Field>
          </div>
        </fieldset>
        <Field label={t('evidence.form.notes')} error={err(errors.notes)}>
          <textarea rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        </Field>
        {failure && <Notice tone="error">{t('evidence.form.failed', { message: failure })}</Notice>}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('evidence.form.adding') : t('evidence.form.submit', { count: files.length })}
          </button>
          <button type="button" className="btn" onClick={onCancel} disabled={busy}>
            {t('evidence.form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPONENT_KINDS, DEFAULT_PATHS, type BoundaryComponent } from '../../../../shared/boundary/types';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { ControlPicker } from '../../components/ControlPicker';
import { EditorFooter } from '../../components/EditorFooter';
import { Modal } from '../../components/Modal';
import { useAiControlPicker } from '../ai-shared/control-options';
import { DataClassFields } from '../ai-shared/DataClasses';
import { capitalise, useAiStrings } from '../ai-shared/strings';
import { componentErrors, formOf, inputOf, type ComponentForm } from './component-form';

interface ComponentEditorProps {
  assessmentId: string;
  /** The component to edit, or null to add one. */
  component: BoundaryComponent | null;
  onClose: () => void;
  onSaved: (saved: BoundaryComponent) => void;
}

/** Adds or edits one component of the system boundary. */
export function ComponentEditor({ assessmentId, component, onClose, onSaved }: ComponentEditorProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const [form, setForm] = useState<ComponentForm>(() => formOf(component));
  const [pathsTouched, setPathsTouched] = useState(component !== null);
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ComponentForm>) => setForm((f) => ({ ...f, ...patch }));
  const errors = componentErrors(form, (path) =>
    path === 'name'
      ? t('ai.boundary.editor.nameRequired')
      : path === 'scopeReason'
        ? t('ai.boundary.editor.reasonRequired')
        : undefined,
  );
  const shown = (path: string) => (showErrors ? errors[path] : undefined);
  const picker = useAiControlPicker(t('ai.boundary.editor.controls'), t('ai.boundary.editor.controlsHint'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setServerError(null);
    try {
      onSaved(await api.boundary.save({ assessmentId, component: inputOf(form) }));
    } catch (e) {
      setServerError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={component ? t('ai.boundary.editor.editTitle', { name: component.name }) : t('ai.boundary.editor.addTitle')}
      onClose={onClose}
      wide
    >
      <form className="form ai-form" onSubmit={(e) => void submit(e)} noValidate data-testid="component-editor">
        <div className="form-grid">
          <Field label={t('ai.boundary.editor.kind')}>
            <select
              value={form.kind}
              onChange={(e) => {
                const kind = e.target.value as ComponentForm['kind'];
                const paths = DEFAULT_PATHS[kind];
                set(
                  pathsTouched ? { kind } : { kind, onTrainingPath: paths.training, onInferencePath: paths.inference },
                );
              }}
            >
              {COMPONENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {capitalise(strings.componentKinds[k])}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('ai.boundary.editor.name')} error={shown('name')}>
            <input type="text" value={form.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field label={t('ai.boundary.editor.owner')} hint={t('ai.boundary.editor.ownerHint')}>
            <input
              type="text"
              value={form.ownerName}
              maxLength={200}
              onChange={(e) => set({ ownerName: e.target.value })}
            />
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>{t('ai.boundary.editor.scope')}</legend>
          <label className="choice">
            <input type="checkbox" checked={form.inScope} onChange={(e) => set({ inScope: e.target.checked })} />
            {t('ai.boundary.editor.inScope')}
          </label>
          {!form.inScope && (
            <Field
              label={t('ai.boundary.editor.reason')}
              hint={t('ai.boundary.editor.reasonHint')}
              error={shown('scopeReason')}
            >
              <textarea
                rows={2}
                maxLength={2000}
                value={form.scopeReason}
                onChange={(e) => set({ scopeReason: e.target.value })}
              />
            </Field>
          )}
        </fieldset>
        <div className="form-grid">
          <DataClassFields legend={t('ai.boundary.editor.data')} value={form.data} onChange={(data) => set({ data })} />
          <fieldset className="fieldset">
            <legend>{t('ai.boundary.editor.paths')}</legend>
            <div className="ai-inline-choices">
              {(['onTrainingPath', 'onInferencePath'] as const).map((path) => (
                <label key={path} className="choice">
                  <input
                    type="checkbox"
                    checked={form[path]}
                    onChange={(e) => {
                      setPathsTouched(true);
                      set({ [path]: e.target.checked });
                    }}
                  />
                  {t(`ai.boundary.editor.${path}`)}
                </label>
              ))}
            </div>
            <p className="field-hint">{t('ai.boundary.editor.pathsHint')}</p>
          </fieldset>
        </div>
        <ControlPicker {...picker} value={form.controlIds} onChange={(controlIds) => set({ controlIds })} />
        <Field label={t('ai.boundary.editor.notes')}>
          <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <EditorFooter
          saveLabel={component ? t('ai.common.save') : t('ai.boundary.editor.add')}
          cancelLabel={t('ai.common.cancel')}
          onCancel={onClose}
          busy={busy}
          error={serverError && t('ai.boundary.editor.failed', { message: serverError })}
        />
      </form>
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_FUNCTIONS } from '../../../../shared/domain';
import {
  REMEDIATION_PRIORITIES,
  REMEDIATION_STATUSES,
  type RemediationItemView,
} from '../../../../shared/remediation/plan';
import type { FindingView } from '../../../../shared/rules/types';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Field } from '../../components/Field';
import { ControlPicker } from '../../components/ControlPicker';
import { EditorFooter } from '../../components/EditorFooter';
import { Modal } from '../../components/Modal';
import { useFormat } from '../../i18n/format';
import { useAiControlPicker } from '../ai-shared/control-options';
import { LinkedFindings } from './LinkedFindings';
import { formOf, inputOf, remediationErrors, type RemediationDraft, type RemediationForm } from './remediation-form';

interface RemediationEditorProps {
  assessmentId: string;
  item: RemediationItemView | null;
  draft?: RemediationDraft | null;
  findings: readonly FindingView[];
  onClose: () => void;
  onSaved: (item: RemediationItemView, applied: boolean) => void;
}

/** Adds or edits a remediation item; closing one can also mark its linked controls implemented. */
export function RemediationEditor({
  assessmentId,
  item,
  draft = null,
  findings,
  onClose,
  onSaved,
}: RemediationEditorProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { assessment, reloadAssessment } = useAssessment();
  const [form, setForm] = useState<RemediationForm>(() => formOf(item, draft));
  const [apply, setApply] = useState(true);
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RemediationForm>) => setForm((f) => ({ ...f, ...patch }));
  const errors = remediationErrors(form, (path) =>
    path === 'action' ? t('ai.remediation.editor.actionRequired') : undefined,
  );
  const closing = form.status === 'done' && item?.status !== 'done' && form.controlIds.length > 0;
  const windowEnd = assessment?.windowEnd ?? null;
  const picker = useAiControlPicker(t('ai.remediation.editor.controls'), t('ai.remediation.editor.controlsHint'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setServerError(null);
    try {
      const applied = closing && apply;
      const saved = await api.remediation.save({ assessmentId, item: inputOf(form), applyToControls: applied });
      // The linked controls changed: the checklist and the score move at once.
      if (applied) await reloadAssessment();
      onSaved(saved, applied);
    } catch (e) {
      setServerError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={item ? t('ai.remediation.editor.editTitle') : t('ai.remediation.editor.addTitle')}
      onClose={onClose}
      wide
    >
      <form className="form ai-form" onSubmit={(e) => void submit(e)} noValidate data-testid="remediation-editor">
        <Field label={t('ai.remediation.editor.action')} error={showErrors ? errors.action : undefined}>
          <textarea rows={2} maxLength={2000} value={form.action} onChange={(e) => set({ action: e.target.value })} />
        </Field>
        <div className="form-grid form-grid-3">
          <Field label={t('ai.remediation.editor.owner')}>
            <input
              type="text"
              value={form.ownerName}
              maxLength={200}
              onChange={(e) => set({ ownerName: e.target.value })}
            />
          </Field>
          <Field label={t('ai.remediation.editor.ownerFunction')}>
            <select
              value={form.ownerFunction}
              onChange={(e) => set({ ownerFunction: e.target.value as RemediationForm['ownerFunction'] })}
            >
              <option value="">{t('ownerFunction.none')}</option>
              {OWNER_FUNCTIONS.map((f) => (
                <option key={f} value={f}>
                  {t(`ownerFunction.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('ai.remediation.editor.dueDate')}
            hint={
              windowEnd
                ? t('ai.remediation.editor.dueHint', { date: date(windowEnd) })
                : t('ai.remediation.editor.dueHintNoWindow')
            }
            error={showErrors ? errors.dueDate : undefined}
          >
            <input type="date" value={form.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
          </Field>
          <Field label={t('ai.remediation.editor.priority')}>
            <select
              value={form.priority}
              onChange={(e) => set({ priority: e.target.value as RemediationForm['priority'] })}
            >
              {REMEDIATION_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`ai.common.severity.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('ai.remediation.editor.status')}>
            <select value={form.status} onChange={(e) => set({ status: e.target.value as RemediationForm['status'] })}>
              {REMEDIATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`ai.remediation.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {closing && (
          <label className="choice ai-apply">
            <input type="checkbox" checked={apply} onChange={(e) => setApply(e.target.checked)} />
            {t('ai.remediation.close.apply', { count: form.controlIds.length, ids: form.controlIds.join(', ') })}
          </label>
        )}
        <ControlPicker {...picker} value={form.controlIds} onChange={(controlIds) => set({ controlIds })} />
        <LinkedFindings findings={findings} value={form.findingKeys} onChange={(findingKeys) => set({ findingKeys })} />
        <Field label={t('ai.remediation.editor.notes')}>
          <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
        <EditorFooter
          saveLabel={item ? t('ai.common.save') : t('ai.remediation.editor.add')}
          cancelLabel={t('ai.common.cancel')}
          onCancel={onClose}
          busy={busy}
          error={serverError && t('ai.remediation.editor.failed', { message: serverError })}
        />
      </form>
    </Modal>
  );
}

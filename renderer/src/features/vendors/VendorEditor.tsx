import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VendorView } from '../../../../shared/vendors/staleness';
import { api, errorMessage } from '../../api';
import { EditorFooter } from '../../components/EditorFooter';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { CuecFields } from './CuecFields';
import { StalenessBadge } from './StalenessBadge';
import { VendorAiFields } from './VendorAiFields';
import { VendorContractFields } from './VendorContractFields';
import { VendorReportFields } from './VendorReportFields';
import { VendorServiceFields } from './VendorServiceFields';
import { formOf, inputOf, vendorErrors, type VendorForm } from './vendor-form';

interface VendorEditorProps {
  assessmentId: string;
  /** The vendor to edit, or null to add one. */
  vendor: VendorView | null;
  onClose: () => void;
  onSaved: (saved: VendorView) => void;
  onDeleted: (name: string) => void;
}

/** Every field of a vendor record, in the order an AI due-diligence review asks them. */
export function VendorEditor({ assessmentId, vendor, onClose, onSaved, onDeleted }: VendorEditorProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<VendorForm>(() => formOf(vendor));
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = (patch: Partial<VendorForm>) => setForm((f) => ({ ...f, ...patch }));
  const errors = vendorErrors(form, t('ai.vendors.errors', { returnObjects: true }));
  const count = Object.keys(errors).length;
  const error = (path: string) => (showErrors ? errors[path] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (count > 0) return;
    setBusy(true);
    setServerError(null);
    try {
      onSaved(await api.vendor.save({ assessmentId, vendor: inputOf(form) }));
    } catch (e) {
      setServerError(errorMessage(e));
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!vendor) return;
    setBusy(true);
    try {
      await api.vendor.delete({ assessmentId, id: vendor.id });
      onDeleted(vendor.name);
    } catch (e) {
      setServerError(errorMessage(e));
      setBusy(false);
    }
  };

  const sections = { form, set, error };
  return (
    <Modal
      title={vendor ? t('ai.vendors.editor.editTitle', { name: vendor.name }) : t('ai.vendors.editor.addTitle')}
      onClose={onClose}
      wide
    >
      <form className="form ai-form" onSubmit={(e) => void submit(e)} noValidate data-testid="vendor-editor">
        {vendor && (
          <div className="ai-editor-status">
            <StalenessBadge reasons={vendor.staleness} />
          </div>
        )}
        <VendorServiceFields {...sections} />
        <VendorAiFields {...sections} />
        <VendorReportFields {...sections} />
        <CuecFields {...sections} />
        <VendorContractFields {...sections} />
        {showErrors && count > 0 && <Notice tone="error">{t('ai.common.fixErrors', { count })}</Notice>}
        <EditorFooter
          className="ai-sticky-actions"
          saveLabel={vendor ? t('ai.common.save') : t('ai.vendors.editor.add')}
          cancelLabel={t('ai.common.cancel')}
          onCancel={onClose}
          busy={busy}
          error={serverError && t('ai.vendors.editor.failed', { message: serverError })}
          remove={
            vendor && !confirmDelete
              ? { label: t('ai.vendors.deleteVendor'), onClick: () => setConfirmDelete(true) }
              : undefined
          }
        />
        {vendor && confirmDelete && (
          <div className="confirm" role="alert">
            <p>{t('ai.vendors.deleteConfirm', { name: vendor.name })}</p>
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void remove()}>
              {t('ai.common.delete')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
              {t('ai.vendors.keep')}
            </button>
          </div>
        )}
      </form>
    </Modal>
  );
}

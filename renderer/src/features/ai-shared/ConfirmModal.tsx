import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';

interface ConfirmModalProps {
  title: string;
  body: string;
  confirm: string;
  onClose: () => void;
  /** Runs the action; a rejection is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
}

/** Asks before a destructive action, and reports its failure in place. */
export function ConfirmModal({ title, body, confirm, onClose, onConfirm }: ConfirmModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={title} onClose={onClose}>
      <p>{body}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onConfirm().catch((e: unknown) => {
              setError(errorMessage(e));
              setBusy(false);
            });
          }}
        >
          {confirm}
        </button>
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('ai.common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { formatTaken } from './format';

interface Props {
  backup: BackupSummary;
  onClose: () => void;
  onRestored: (message: string) => void;
}

/** Confirms a restore, saying that the current state is backed up first. */
export function RestoreModal({ backup, onClose, onRestored }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const taken = formatTaken(backup.createdAt, date);

  const restore = () => {
    setBusy(true);
    setError(null);
    api.workspace.restore({ name: backup.name }).then(
      (result) => onRestored(t('protection.restored', { date: taken, preserved: result.preserved })),
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <Modal title={t('protection.restoreTitle', { date: taken })} onClose={onClose}>
      <p>{t('protection.restoreExplain')}</p>
      <p className="field-hint">{t('protection.restoreEvidenceNote')}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          {t('protection.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={restore} disabled={busy}>
          {busy ? t('protection.restoring') : t('protection.restoreConfirm')}
        </button>
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { GateIcon } from './GateIcon';
import { useFormat } from '../../i18n/format';
import { formatKiB, formatTaken } from './format';

interface Props {
  status: WorkspaceStatus;
  onStatus: (status: WorkspaceStatus) => void;
}

/** Shown when the workspace file is damaged: what happened, and the two ways on. Nothing is deleted. */
export function RecoveryScreen({ status, onStatus }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const backup = status.latestBackup;

  const restore = () => {
    setBusy(true);
    setError(null);
    api.workspace.restore({ latestGood: true }).then(
      (result) => onStatus(result.status),
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <main className="gate-screen" aria-labelledby="recovery-title" data-testid="recovery-screen">
      <section className="gate-card gate-card-wide card">
        <p className="gate-app">{t('app.name')}</p>
        <h1 id="recovery-title" className="gate-title">
          <GateIcon kind="warning" />
          {t('protection.damagedTitle')}
        </h1>
        <p className="gate-path">{status.path}</p>
        <p>{t('protection.damagedLead')}</p>
        <div className="gate-detail">
          <h2 className="gate-detail-title">{t('protection.damagedDetail')}</h2>
          <p data-testid="damage-detail">
            {status.openedBackup
              ? t('unlockCheck.damaged', { date: formatTaken(status.openedBackup.createdAt, date) })
              : status.damage}
          </p>
        </div>
        <p data-testid="latest-backup">
          {backup
            ? t('protection.latestBackup', {
                date: formatTaken(backup.createdAt, date),
                size: formatKiB(backup.size, t),
              })
            : t('protection.noBackup')}
        </p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="gate-actions">
          {backup ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={restore}>
              {busy ? t('protection.restoring') : t('protection.restoreLatest')}
            </button>
          ) : null}
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void api.workspace.openDialog({}).catch(() => null)}
          >
            {t('protection.openAnother')}
          </button>
        </div>
      </section>
    </main>
  );
}

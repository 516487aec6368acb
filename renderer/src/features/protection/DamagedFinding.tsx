import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../shared/ipc/workspace-contract';
import { api } from '../../api';
import { useFormat } from '../../i18n/format';
import { formatTaken } from './format';

interface Props {
  backup: BackupSummary;
  onRecover: () => void;
}

/**
 * On the unlock screen: the passphrase opened the newest backup but not the workspace file, so the file is
 * damaged (a wrong key and a damaged first page look alike to the cipher). The way on is the recovery screen.
 */
export function DamagedFinding({ backup, onRecover }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="gate-detail gate-finding" role="alert" data-testid="unlock-damaged">
      <h2 className="gate-detail-title">{t('unlockCheck.damagedTitle')}</h2>
      <p>{t('unlockCheck.damaged', { date: formatTaken(backup.createdAt, date) })}</p>
      <p>{t('unlockCheck.damagedNext')}</p>
      <div className="gate-actions">
        <button ref={button} type="button" className="btn btn-primary" onClick={onRecover}>
          {t('unlockCheck.toRecovery')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => void api.workspace.openDialog({}).catch(() => null)}
        >
          {t('protection.openAnother')}
        </button>
      </div>
    </div>
  );
}

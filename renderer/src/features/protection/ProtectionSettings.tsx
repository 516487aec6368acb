import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsView, WorkspaceStatus } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { BackupsSection } from './BackupsSection';
import { SecuritySection } from './SecuritySection';

/** Settings › Security and Backups: loads the workspace's protection once for both sections. */
export function ProtectionSettings() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [backups, setBackups] = useState<BackupsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([api.workspace.status({}), api.workspace.backups({})]).then(
        ([nextStatus, nextBackups]) => {
          setStatus(nextStatus);
          setBackups(nextBackups);
          setError(null);
        },
        (failure: unknown) => setError(errorMessage(failure)),
      ),
    [],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!status || !backups) return <p role="status">{t('protection.checking')}</p>;
  return (
    <>
      <SecuritySection status={status} settings={backups.settings} onChanged={reload} />
      <BackupsSection view={backups} encrypted={status.encrypted} onChanged={reload} />
    </>
  );
}

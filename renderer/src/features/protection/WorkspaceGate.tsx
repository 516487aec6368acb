import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { RecoveryScreen } from './RecoveryScreen';
import { UnlockScreen } from './UnlockScreen';

/** At most one activity report per this many milliseconds: enough to postpone a lock counted in minutes. */
const ACTIVITY_EVERY_MS = 30_000;

/** Tells main the person is using the app (keys, pointer), so an encrypted workspace does not lock under them. */
function useActivityReports(enabled: boolean): void {
  const last = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const report = () => {
      const now = Date.now();
      if (now - last.current < ACTIVITY_EVERY_MS) return;
      last.current = now;
      api.workspace.activity({}).catch(() => {
        // Locked meanwhile: the lock event brings the unlock screen.
      });
    };
    window.addEventListener('keydown', report, true);
    window.addEventListener('pointerdown', report, true);
    return () => {
      window.removeEventListener('keydown', report, true);
      window.removeEventListener('pointerdown', report, true);
    };
  }, [enabled]);
}

/**
 * Shows the workspace only while it is open: the unlock screen while it is locked, the recovery screen
 * while it is damaged. Locking unmounts everything below, so no decrypted data stays on screen.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      api.workspace.status({}).then(
        (next) => {
          setStatus(next);
          setFailure(null);
        },
        (error: unknown) => setFailure(errorMessage(error)),
      ),
    [],
  );

  useEffect(() => {
    void refresh();
    const offLock = api.onEvent('workspace:lockChanged', () => void refresh());
    const offChange = api.onEvent('workspace:changed', () => void refresh());
    return () => {
      offLock();
      offChange();
    };
  }, [refresh]);

  const state = status?.state;
  useEffect(() => {
    // Tests wait on this marker; "ready" is set by the workspace once its data is on screen.
    if (state === 'locked') document.documentElement.dataset.appState = 'locked';
    if (state === 'damaged') document.documentElement.dataset.appState = 'recovery';
  }, [state]);
  useActivityReports(state === 'open' && status?.encrypted === true);

  if (failure !== null) {
    return (
      <div className="fullscreen-state" role="alert">
        <h1>{t('app.loadFailedTitle')}</h1>
        <p className="state-message">{failure}</p>
        <button type="button" className="btn btn-primary" onClick={() => void refresh()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!status) {
    return (
      <div className="fullscreen-state" role="status">
        <p>{t('protection.checking')}</p>
      </div>
    );
  }
  if (status.state === 'locked') return <UnlockScreen status={status} onStatus={setStatus} />;
  if (status.state === 'damaged') return <RecoveryScreen status={status} onStatus={setStatus} />;
  return <>{children}</>;
}

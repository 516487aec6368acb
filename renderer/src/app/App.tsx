import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasBridge } from '../api';
import { AssessmentProvider } from './assessment-context';
import { NavigationProvider } from './navigation';
import { Shell } from './Shell';
import { WorkspaceProvider, useWorkspace } from './workspace-context';
import { WorkspaceGate } from '../features/protection/WorkspaceGate';

function LoadGate() {
  const { t } = useTranslation();
  const { load, reload } = useWorkspace();

  useEffect(() => {
    // Tests wait on this marker instead of sleeping.
    if (load.kind !== 'loading') document.documentElement.dataset.appState = load.kind;
  }, [load.kind]);

  if (load.kind === 'loading') {
    return (
      <div className="fullscreen-state" role="status">
        <p>{t('app.loading')}</p>
      </div>
    );
  }
  if (load.kind === 'error') {
    return (
      <div className="fullscreen-state" role="alert">
        <h1>{t('app.loadFailedTitle')}</h1>
        <p className="state-message">{load.message}</p>
        <p>{t('app.loadFailedHelp')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void reload()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <AssessmentProvider>
      <NavigationProvider>
        <Shell />
      </NavigationProvider>
    </AssessmentProvider>
  );
}

export function App() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
    if (!hasBridge()) document.documentElement.dataset.appState = 'error';
  }, [t]);
  if (!hasBridge()) {
    return (
      <div className="fullscreen-state" role="alert">
        <h1>{t('app.noBridgeTitle')}</h1>
        <p>{t('app.noBridgeHelp')}</p>
      </div>
    );
  }
  return (
    <WorkspaceGate>
      <WorkspaceProvider>
        <LoadGate />
      </WorkspaceProvider>
    </WorkspaceGate>
  );
}

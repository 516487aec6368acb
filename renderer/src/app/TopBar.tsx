import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api';
import { Notice } from '../components/Notice';
import { useAssessment } from './assessment-context';
import { AssessmentContextBar } from './AssessmentContextBar';
import { JumpBox } from './JumpBox';
import { TopBarLanguage } from '../features/settings/LanguageSelect';
import { useWorkspace } from './workspace-context';

type FileMessage = { tone: 'info' | 'error'; text: string } | null;

export function TopBar() {
  const { t } = useTranslation();
  const { info } = useWorkspace();
  const { assessment } = useAssessment();
  const [message, setMessage] = useState<FileMessage>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: 'open' | 'create') => {
    setBusy(true);
    setMessage(null);
    try {
      const chosen = action === 'open' ? await api.workspace.openDialog({}) : await api.workspace.createDialog({});
      if (!chosen) setMessage({ tone: 'info', text: t('topbar.workspaceCancelled') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <header className="topbar">
      <div className="topbar-row">
        <div className="workspace" title={info?.workspacePath}>
          <span className="label-caps">{t('topbar.workspace')}</span>
          {/* Right-to-left box so a long path loses its start, not its file name; the text itself stays LTR. */}
          <span className="workspace-path">
            <bdi dir="ltr" data-testid="workspace-path">
              {info?.workspacePath}
            </bdi>
          </span>
        </div>
        <div className="file-actions">
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void run('open')}>
            {t('topbar.openWorkspace')}
          </button>
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void run('create')}>
            {t('topbar.newWorkspace')}
          </button>
        </div>
        <JumpBox disabled={!assessment} />
        <TopBarLanguage />
      </div>
      <AssessmentContextBar />
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
    </header>
  );
}

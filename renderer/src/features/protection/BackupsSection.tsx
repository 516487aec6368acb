import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTECTION_LIMITS, type BackupSummary, type BackupsView } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { formatKiB, formatTaken } from './format';
import { RestoreModal } from './RestoreModal';

interface Props {
  view: BackupsView;
  /** Whether the workspace is encrypted: only backups in the same state can be restored over it. */
  encrypted: boolean;
  onChanged: () => Promise<void>;
}

/** The backups of the workspace: how often, the list with dates and sizes, back up now, restore. */
export function BackupsSection({ view, encrypted, onChanged }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [interval, setIntervalText] = useState(String(view.settings.backupIntervalMinutes));
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [min, max] = PROTECTION_LIMITS.backupIntervalMinutes;

  const act = (request: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    request().then(
      (text) => {
        setBusy(false);
        setMessage({ tone: 'success', text });
        void onChanged();
      },
      (failure: unknown) => {
        setBusy(false);
        setMessage({ tone: 'error', text: errorMessage(failure) });
      },
    );
  };

  return (
    <article className="card" aria-labelledby="backups-title" data-testid="backup-settings">
      <h2 id="backups-title" className="card-title">
        {t('protection.backupsTitle')}
      </h2>
      <p className="field-hint">
        {t('protection.backupsExplain', { count: view.settings.backupIntervalMinutes, dir: view.dir })}
      </p>
      {view.lastError ? <Notice tone="error">{t('protection.lastError', { message: view.lastError })}</Notice> : null}
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <div className="protection-inline">
        <Field label={t('protection.interval')} hint={t('protection.intervalHint', { min, max })}>
          <input
            type="number"
            min={min}
            max={max}
            step={1}
            value={interval}
            onChange={(event) => setIntervalText(event.target.value)}
          />
        </Field>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() =>
            act(() =>
              api.workspace
                .setSettings({ ...view.settings, backupIntervalMinutes: Number(interval) })
                .then(() => t('protection.settingsSaved')),
            )
          }
        >
          {t('protection.saveSettings')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => act(() => api.workspace.backupNow({}).then((b) => t('protection.backedUp', { name: b.name })))}
        >
          {busy ? t('protection.backingUp') : t('protection.backupNow')}
        </button>
      </div>
      {view.backups.length === 0 ? (
        <p className="empty-state small">{t('protection.noBackups')}</p>
      ) : (
        <div className="table-wrap protection-table">
          <table className="data-table" aria-label={t('protection.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('protection.colTaken')}</th>
                <th scope="col">{t('protection.colKind')}</th>
                <th scope="col" className="num">
                  {t('protection.colSize')}
                </th>
                <th scope="col">{t('protection.colEncrypted')}</th>
                <th scope="col">{t('protection.colAction')}</th>
              </tr>
            </thead>
            <tbody>
              {view.backups.map((backup) => (
                <tr key={backup.name}>
                  <th scope="row">{formatTaken(backup.createdAt, date)}</th>
                  <td>{t(`protection.kind.${backup.kind}`)}</td>
                  <td className="num">{formatKiB(backup.size, t)}</td>
                  <td>{backup.encrypted ? t('protection.yes') : t('protection.no')}</td>
                  <td>
                    {backup.kind === 'damaged' || backup.encrypted !== encrypted ? null : (
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={busy}
                        aria-label={`${t('protection.restore')} ${formatTaken(backup.createdAt, date)}`}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('protection.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring ? (
        <RestoreModal
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(text) => {
            setRestoring(null);
            setMessage({ tone: 'success', text });
            void onChanged();
          }}
        />
      ) : null}
    </article>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROTECTION_LIMITS,
  type ProtectionSettings,
  type WorkspaceStatus,
} from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { ChangePassphraseForm, EncryptForm } from './PassphraseForms';

interface Props {
  status: WorkspaceStatus;
  settings: ProtectionSettings;
  onChanged: () => Promise<void>;
}

/** Encryption state, idle lock, remembered passphrase, change passphrase or encrypt. */
export function SecuritySection({ status, settings, onChanged }: Props) {
  const { t } = useTranslation();
  const [idle, setIdle] = useState(String(settings.idleLockMinutes));
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [min, max] = PROTECTION_LIMITS.idleLockMinutes;

  const act = (request: () => Promise<unknown>, success: string) => {
    setMessage(null);
    request().then(
      () => {
        setMessage({ tone: 'success', text: success });
        void onChanged();
      },
      (failure: unknown) => setMessage({ tone: 'error', text: errorMessage(failure) }),
    );
  };

  const done = (text: string) => {
    setMessage({ tone: 'success', text });
    void onChanged();
  };

  const saveIdle = () =>
    act(() => api.workspace.setSettings({ ...settings, idleLockMinutes: Number(idle) }), t('protection.settingsSaved'));

  return (
    <article className="card" aria-labelledby="security-title" data-testid="security-settings">
      <h2 id="security-title" className="card-title">
        {t('protection.securityTitle')}
      </h2>
      <p className="protection-state">
        <span
          className={`badge ${status.encrypted ? 'protection-on' : 'protection-off'}`}
          data-testid="encryption-state"
        >
          <span className="badge-mark" aria-hidden="true" />
          {status.encrypted ? t('protection.encryptedState') : t('protection.plainState')}
        </span>
      </p>
      <p className="field-hint">{status.encrypted ? t('protection.encryptedExplain') : t('protection.plainExplain')}</p>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      {status.encrypted ? (
        <>
          <div className="protection-inline">
            <Field label={t('protection.idleLock')} hint={t('protection.idleLockHint', { min, max })}>
              <input
                type="number"
                min={min}
                max={max}
                step={1}
                value={idle}
                onChange={(event) => setIdle(event.target.value)}
              />
            </Field>
            <button type="button" className="btn" onClick={saveIdle}>
              {t('protection.saveSettings')}
            </button>
          </div>
          <div className="protection-actions">
            <button type="button" className="btn" onClick={() => void api.workspace.lock({}).catch(() => null)}>
              {t('protection.lockNow')}
            </button>
            {status.remembered ? (
              <>
                <span className="field-hint">{t('protection.rememberedHere')}</span>
                <button
                  type="button"
                  className="btn btn-ghost"
                  onClick={() => act(() => api.workspace.forgetPassphrase({}), t('protection.forgotten'))}
                >
                  {t('protection.forget')}
                </button>
              </>
            ) : null}
          </div>
          <ChangePassphraseForm onDone={done} />
        </>
      ) : (
        <EncryptForm canRemember={status.canRemember} onDone={done} />
      )}
    </article>
  );
}

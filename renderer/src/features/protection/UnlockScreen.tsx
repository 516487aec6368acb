import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockResult, WorkspaceStatus } from '../../../../shared/ipc/workspace-contract';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n/format';
import { DamagedFinding } from './DamagedFinding';
import { GateIcon } from './GateIcon';
import { unlockRefusal } from './unlock-words';

interface Props {
  status: WorkspaceStatus;
  onStatus: (status: WorkspaceStatus) => void;
}

/** The passphrase prompt of an encrypted workspace: at start, after an idle lock or a manual one. */
export function UnlockScreen({ status, onStatus }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  /** The passphrase opened the newest backup but not the file: shown here first, then the recovery screen. */
  const [damaged, setDamaged] = useState<UnlockResult | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const run = (request: () => Promise<UnlockResult>) => {
    setBusy(true);
    setError(null);
    setHint(null);
    request().then(
      (result) => {
        const refusal = unlockRefusal(result.outcome, status.path, t, date);
        if (refusal) {
          setBusy(false);
          setError(refusal.error);
          setHint(refusal.hint);
          input.current?.select();
          return;
        }
        setPassphrase('');
        if (result.outcome.kind !== 'workspace_damaged') {
          onStatus(result.status);
          return;
        }
        setBusy(false);
        setDamaged(result);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
        input.current?.select();
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0) {
      setError(t('protection.passphraseRequired'));
      input.current?.focus();
      return;
    }
    run(() => api.workspace.unlock({ passphrase, remember }));
  };

  const lead =
    status.lockReason === 'idle'
      ? t('protection.lockedIdle', { count: status.idleLockMinutes })
      : status.lockReason === 'manual'
        ? t('protection.lockedManual')
        : t('protection.lockedStartup');

  return (
    <main className="gate-screen" aria-labelledby="unlock-title" data-testid="unlock-screen">
      <form className="gate-card card" onSubmit={submit} noValidate>
        <p className="gate-app">{t('app.name')}</p>
        <h1 id="unlock-title" className="gate-title">
          <GateIcon kind="lock" />
          {t('protection.lockedTitle')}
        </h1>
        <p className="gate-path" data-testid="unlock-path">
          {status.path}
        </p>
        {damaged?.outcome.kind === 'workspace_damaged' ? (
          <DamagedFinding backup={damaged.outcome.backup} onRecover={() => onStatus(damaged.status)} />
        ) : (
          <>
            <p>{lead}</p>
            <Field label={t('protection.passphrase')} error={error ?? undefined}>
              <input
                ref={input}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
                disabled={busy}
              />
            </Field>
            {hint ? (
              <p className="gate-hint" data-testid="unlock-hint">
                {hint}
              </p>
            ) : null}
            {status.canRemember ? (
              <label className="gate-check">
                <input
                  type="checkbox"
                  checked={remember}
                  onChange={(event) => setRemember(event.target.checked)}
                  disabled={busy}
                />
                <span>
                  {t('protection.remember')}
                  <span className="field-hint">{t('protection.rememberHint')}</span>
                </span>
              </label>
            ) : null}
            <div className="gate-actions">
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {busy ? t('protection.unlocking') : t('protection.unlock')}
              </button>
              {status.remembered ? (
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => run(() => api.workspace.unlockRemembered({}))}
                >
                  {t('protection.unlockRemembered')}
                </button>
              ) : null}
              <button
                type="button"
                className="btn btn-ghost"
                disabled={busy}
                onClick={() => void api.workspace.openDialog({}).catch(() => null)}
              >
                {t('protection.openAnother')}
              </button>
            </div>
          </>
        )}
      </form>
    </main>
  );
}

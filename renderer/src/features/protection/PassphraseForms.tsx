import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';

function usePassphrasePair() {
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  return { next, setNext, again, setAgain, reset: () => (setNext(''), setAgain('')) };
}

/** Current, new and new-again; main checks the current one and the minimum length. */
export function ChangePassphraseForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const pair = usePassphrasePair();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pair.next !== pair.again) return setError(t('protection.mismatch'));
    setBusy(true);
    setError(null);
    api.workspace.changePassphrase({ current, next: pair.next }).then(
      () => {
        setBusy(false);
        setCurrent('');
        pair.reset();
        onDone(t('protection.changed'));
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <form className="form protection-form" onSubmit={submit} noValidate aria-labelledby="change-title">
      <h3 id="change-title" className="section-title">
        {t('protection.changeTitle')}
      </h3>
      <Field label={t('protection.currentPassphrase')}>
        <input
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </Field>
      <Field label={t('protection.newPassphrase')} hint={t('protection.newPassphraseHint')}>
        <input
          type="password"
          autoComplete="new-password"
          value={pair.next}
          onChange={(e) => pair.setNext(e.target.value)}
        />
      </Field>
      <Field label={t('protection.confirmPassphrase')} error={error ?? undefined}>
        <input
          type="password"
          autoComplete="new-password"
          value={pair.again}
          onChange={(e) => pair.setAgain(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !current || !pair.next}>
          {busy ? t('protection.changing') : t('protection.change')}
        </button>
      </div>
    </form>
  );
}

/** Passphrase twice (and "remember" where the OS store exists), then encrypt the open workspace. */
export function EncryptForm({ canRemember, onDone }: { canRemember: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const pair = usePassphrasePair();
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pair.next !== pair.again) return setError(t('protection.mismatch'));
    setBusy(true);
    setError(null);
    api.workspace.encrypt({ passphrase: pair.next, remember }).then(
      (result) => {
        setBusy(false);
        pair.reset();
        const evidence = result.keptEvidence
          ? ` ${t('protection.encryptedEvidence', { folder: result.keptEvidence })}`
          : '';
        onDone(`${t('protection.encrypted', { original: result.keptOriginal })}${evidence}`);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <form className="form protection-form" onSubmit={submit} noValidate aria-labelledby="encrypt-title">
      <h3 id="encrypt-title" className="section-title">
        {t('protection.encryptTitle')}
      </h3>
      <p className="warn-text">{t('protection.encryptWarning')}</p>
      <Field label={t('protection.newPassphrase')} hint={t('protection.newPassphraseHint')}>
        <input
          type="password"
          autoComplete="new-password"
          value={pair.next}
          onChange={(e) => pair.setNext(e.target.value)}
        />
      </Field>
      <Field label={t('protection.confirmPassphrase')} error={error ?? undefined}>
        <input
          type="password"
          autoComplete="new-password"
          value={pair.again}
          onChange={(e) => pair.setAgain(e.target.value)}
        />
      </Field>
      {canRemember ? (
        <label className="gate-check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <span>{t('protection.remember')}</span>
        </label>
      ) : (
        <p className="field-hint">{t('protection.rememberUnavailable')}</p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !pair.next}>
          {busy ? t('protection.encrypting') : t('protection.encrypt')}
        </button>
      </div>
    </form>
  );
}

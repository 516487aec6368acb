import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { PasswordInput } from '../../components/PasswordInput';

/** The new passphrase typed twice, with the busy flag and the error every form here shows under it. */
function useNewPassphrase(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Refuses two different entries, else runs `action`; its message goes to onDone and the fields empty. */
  const submit = (event: FormEvent, action: (passphrase: string) => Promise<string>) => {
    event.preventDefault();
    if (next !== again) return setError(t('protection.mismatch'));
    setBusy(true);
    setError(null);
    action(next).then(
      (message) => {
        setBusy(false);
        setNext('');
        setAgain('');
        onDone(message);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };
  return { next, setNext, again, setAgain, busy, error, submit };
}

type NewPassphrase = ReturnType<typeof useNewPassphrase>;

/** The new passphrase and its confirmation; a mismatch or a failure shows under the confirmation. */
function NewPassphraseFields({ pair }: { pair: NewPassphrase }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('protection.newPassphrase')} hint={t('protection.newPassphraseHint')}>
        <PasswordInput autoComplete="new-password" value={pair.next} onValue={pair.setNext} />
      </Field>
      <Field label={t('protection.confirmPassphrase')} error={pair.error ?? undefined}>
        <PasswordInput autoComplete="new-password" value={pair.again} onValue={pair.setAgain} />
      </Field>
    </>
  );
}

interface PassphraseFormProps {
  /** The heading's id, which names the form. */
  id: string;
  title: string;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  submitDisabled: boolean;
  children: ReactNode;
}

/** A titled form of the protection settings with its one submit button. */
function PassphraseForm({ id, title, onSubmit, submitLabel, submitDisabled, children }: PassphraseFormProps) {
  return (
    <form className="form protection-form" onSubmit={onSubmit} noValidate aria-labelledby={id}>
      <h3 id={id} className="section-title">
        {title}
      </h3>
      {children}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Current, new and new-again; main checks the current one and the minimum length. */
export function ChangePassphraseForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const pair = useNewPassphrase(onDone);
  const change = (next: string) =>
    api.workspace.changePassphrase({ current, next }).then(() => {
      setCurrent('');
      return t('protection.changed');
    });

  return (
    <PassphraseForm
      id="change-title"
      title={t('protection.changeTitle')}
      onSubmit={(e) => pair.submit(e, change)}
      submitLabel={pair.busy ? t('protection.changing') : t('protection.change')}
      submitDisabled={pair.busy || !current || !pair.next}
    >
      <Field label={t('protection.currentPassphrase')}>
        <PasswordInput autoComplete="current-password" value={current} onValue={setCurrent} />
      </Field>
      <NewPassphraseFields pair={pair} />
    </PassphraseForm>
  );
}

/** Passphrase twice (and "remember" where the OS store exists), then encrypt the open workspace. */
export function EncryptForm({ canRemember, onDone }: { canRemember: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const pair = useNewPassphrase(onDone);
  const [remember, setRemember] = useState(false);
  const encrypt = (passphrase: string) =>
    api.workspace.encrypt({ passphrase, remember }).then((result) => {
      const evidence = result.keptEvidence
        ? ` ${t('protection.encryptedEvidence', { folder: result.keptEvidence })}`
        : '';
      return `${t('protection.encrypted', { original: result.keptOriginal })}${evidence}`;
    });

  return (
    <PassphraseForm
      id="encrypt-title"
      title={t('protection.encryptTitle')}
      onSubmit={(e) => pair.submit(e, encrypt)}
      submitLabel={pair.busy ? t('protection.encrypting') : t('protection.encrypt')}
      submitDisabled={pair.busy || !pair.next}
    >
      <p className="warn-text">{t('protection.encryptWarning')}</p>
      <NewPassphraseFields pair={pair} />
      {canRemember ? (
        <label className="gate-check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <span>{t('protection.remember')}</span>
        </label>
      ) : (
        <p className="field-hint">{t('protection.rememberUnavailable')}</p>
      )}
    </PassphraseForm>
  );
}

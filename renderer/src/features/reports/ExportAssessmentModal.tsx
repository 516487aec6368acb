import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { ExportWarningNote, useExportGuard } from './export-guard';
import './interchange.css';

const MIN_PASSPHRASE = 8;

interface Props {
  onCancel: () => void;
  /** Called with the passphrase, or undefined to export unencrypted. */
  onExport: (passphrase: string | undefined) => void;
}

/**
 * Asks whether to encrypt the exported assessment, and for the passphrase (typed twice). From an encrypted
 * workspace, leaving the box unticked shows why that matters and the button says "Export unencrypted".
 */
export function ExportAssessmentModal({ onCancel, onExport }: Props) {
  const { t } = useTranslation();
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const leavesEncryption = useExportGuard().encrypted === true && !encrypt;
  const tooShort = encrypt && [...passphrase].length < MIN_PASSPHRASE;
  const mismatch = encrypt && !tooShort && passphrase !== confirm;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (tooShort || mismatch) return;
    onExport(encrypt ? passphrase : undefined);
  };

  return (
    <Modal title={t('interchange.portable.modalTitle')} onClose={onCancel}>
      <form onSubmit={submit} className="export-assessment-form" noValidate>
        <label className="choice">
          <input
            type="checkbox"
            checked={encrypt}
            onChange={(e) => setEncrypt(e.target.checked)}
            data-testid="encrypt-toggle"
          />
          {t('interchange.portable.encrypt')}
        </label>
        <p className="field-hint">{t('interchange.portable.encryptHint')}</p>
        {encrypt ? (
          <>
            <Field
              label={t('interchange.portable.passphrase')}
              hint={t('interchange.portable.passphraseHint')}
              error={submitted && tooShort ? t('interchange.portable.tooShort') : undefined}
            >
              <input
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                autoFocus
              />
            </Field>
            <Field
              label={t('interchange.portable.confirm')}
              error={submitted && mismatch ? t('interchange.portable.mismatch') : undefined}
            >
              <input
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
              />
            </Field>
          </>
        ) : leavesEncryption ? (
          <ExportWarningNote testId="portable-unencrypted-warning">{t('exportWarning.portable')}</ExportWarningNote>
        ) : (
          <Notice tone="info">{t('interchange.portable.plainWarning')}</Notice>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-testid="export-assessment-confirm">
            {leavesEncryption ? t('exportWarning.portableConfirm') : t('interchange.portable.chooseWhere')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t('interchange.portable.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

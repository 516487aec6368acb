import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/ipc/interchange-contract';
import type { DuplicateChoice, PortableImportResult, PortablePreview } from '../../../../shared/interchange/portable';
import { api, ApiError, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { ImportPreview } from './ImportPreview';
import '../reports/interchange.css';

type Step =
  | { kind: 'closed' }
  | { kind: 'reading'; file: ChosenFile }
  | { kind: 'passphrase'; file: ChosenFile; error: string | null }
  | {
      kind: 'preview';
      file: ChosenFile;
      passphrase: string | undefined;
      preview: PortablePreview;
      busy: boolean;
      error: string | null;
    }
  | { kind: 'done'; result: PortableImportResult; system: string }
  | { kind: 'failed'; message: string };

/**
 * "Import assessment…": choose a .fwassess file (main's own dialog), give its passphrase when it is
 * encrypted, see what it holds, and — when the same assessment is already here — choose explicitly
 * between keeping both, replacing, or cancelling. Nothing is overwritten without that choice.
 */
export function ImportAssessment() {
  const { t } = useTranslation();
  const { reload } = useWorkspace();
  const { select } = useAssessment();
  const { go } = useNavigation();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [passphrase, setPassphrase] = useState('');

  const inspect = async (file: ChosenFile, given: string | undefined) => {
    setStep({ kind: 'reading', file });
    try {
      const preview = await api.portable.inspect({
        token: file.token,
        ...(given !== undefined && { passphrase: given }),
      });
      setStep({ kind: 'preview', file, passphrase: given, preview, busy: false, error: null });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'passphrase_required' || error.code === 'wrong_passphrase')) {
        setStep({ kind: 'passphrase', file, error: error.code === 'wrong_passphrase' ? error.message : null });
      } else setStep({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const start = async () => {
    try {
      const file = await api.portable.chooseFile({});
      if (file) {
        setPassphrase('');
        await inspect(file, undefined);
      }
    } catch (error) {
      setStep({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const unlock = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind === 'passphrase' && passphrase.length > 0) void inspect(step.file, passphrase);
  };

  const choose = async (choice: DuplicateChoice | 'import') => {
    if (step.kind !== 'preview') return;
    if (choice === 'cancel') {
      setStep({
        kind: 'done',
        result: { status: 'cancelled', mode: null, assessmentId: null, records: 0, evidenceFilesStored: 0 },
        system: step.preview.assessment.systemName,
      });
      return;
    }
    setStep({ ...step, busy: true, error: null });
    try {
      const result = await api.portable.import({
        token: step.file.token,
        ...(step.passphrase !== undefined && { passphrase: step.passphrase }),
        ...(choice !== 'import' && { onDuplicate: choice }),
      });
      await reload();
      setStep({ kind: 'done', result, system: step.preview.assessment.systemName });
    } catch (error) {
      setStep({ ...step, busy: false, error: errorMessage(error) });
    }
  };

  const close = () => setStep({ kind: 'closed' });
  const openImported = (id: string) => {
    close();
    select(id);
    go('overview');
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => void start()} data-testid="import-assessment">
        {t('interchange.import.button')}
      </button>
      {step.kind !== 'closed' && (
        <Modal title={t('interchange.import.title')} onClose={close} wide>
          {step.kind === 'reading' && <p className="muted">{t('interchange.import.reading')}</p>}
          {step.kind === 'passphrase' && (
            <form onSubmit={unlock} noValidate>
              <p>{t('interchange.import.encrypted', { name: step.file.name })}</p>
              <Field label={t('interchange.portable.passphrase')} error={step.error ?? undefined}>
                <input
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  autoFocus
                />
              </Field>
              <div className="form-actions">
                <button type="submit" className="btn btn-primary" disabled={passphrase.length === 0}>
                  {t('interchange.import.unlock')}
                </button>
                <button type="button" className="btn" onClick={close}>
                  {t('interchange.import.cancel')}
                </button>
              </div>
            </form>
          )}
          {step.kind === 'preview' && (
            <>
              <ImportPreview preview={step.preview} busy={step.busy} onChoose={(c) => void choose(c)} />
              {step.error && <Notice tone="error">{t('interchange.import.failed', { message: step.error })}</Notice>}
            </>
          )}
          {step.kind === 'done' && (
            <div data-testid="import-done">
              <Notice tone={step.result.status === 'cancelled' ? 'info' : 'success'}>
                {step.result.status === 'cancelled'
                  ? t('interchange.import.doneCancelled')
                  : t(
                      step.result.mode === 'copy'
                        ? 'interchange.import.doneCopy'
                        : step.result.mode === 'replace'
                          ? 'interchange.import.doneReplace'
                          : 'interchange.import.doneNew',
                      { system: step.system },
                    )}
              </Notice>
              <div className="form-actions">
                {step.result.assessmentId && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => openImported(step.result.assessmentId ?? '')}
                  >
                    {t('interchange.import.open')}
                  </button>
                )}
                <button type="button" className="btn" onClick={close}>
                  {t('interchange.import.close')}
                </button>
              </div>
            </div>
          )}
          {step.kind === 'failed' && (
            <>
              <Notice tone="error">{t('interchange.import.failed', { message: step.message })}</Notice>
              <div className="form-actions">
                <button type="button" className="btn" onClick={close}>
                  {t('interchange.import.close')}
                </button>
              </div>
            </>
          )}
        </Modal>
      )}
    </>
  );
}

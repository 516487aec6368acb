import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ColumnMapping,
  ImportReport,
  ImportSummary,
  MatrixProposal,
} from '../../../../shared/interchange/import-types';
import { api, errorMessage } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { ImportMappingStep, type RereadOptions } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import './spreadsheets.css';

type Step =
  | { kind: 'file' }
  | { kind: 'mapping'; path: string; proposal: MatrixProposal; mapping: ColumnMapping }
  | { kind: 'preview'; path: string; proposal: MatrixProposal; mapping: ColumnMapping; report: ImportReport }
  | { kind: 'done'; summary: ImportSummary };

const STEPS = ['file', 'mapping', 'preview', 'done'] as const;
const STEP_LABEL = { file: 'stepFile', mapping: 'stepMapping', preview: 'stepPreview', done: 'stepDone' } as const;

interface ImportMatrixDialogProps {
  assessmentId: string;
  onClose: () => void;
  /** Called once the import was written (the checklist reloads). */
  onImported: (summary: ImportSummary) => void;
}

/** Import a control matrix: choose the file → check the column mapping → preview the report → import, all or nothing. */
export function ImportMatrixDialog({ assessmentId, onClose, onImported }: ImportMatrixDialogProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const attempt = async (label: string, failure: (message: string) => string, work: () => Promise<void>) => {
    setBusy(label);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage({ tone: 'error', text: failure(errorMessage(error)) });
    } finally {
      setBusy(null);
    }
  };

  const read = (path: string, options: RereadOptions = {}) =>
    attempt(
      t('spreadsheets.reading'),
      (message) => t('spreadsheets.readFailed', { message }),
      async () => {
        const proposal = await api.import.readFile({ path, ...options });
        setStep({ kind: 'mapping', path, proposal, mapping: proposal.proposedMapping });
      },
    );

  const choose = () =>
    attempt(
      t('spreadsheets.reading'),
      (message) => t('spreadsheets.readFailed', { message }),
      async () => {
        const chosen = await api.import.chooseFile({});
        if (!chosen) setMessage({ tone: 'info', text: t('spreadsheets.chooseCancelled') });
        else await read(chosen.path);
      },
    );

  const preview = (s: Extract<Step, { kind: 'mapping' }>) =>
    attempt(
      t('spreadsheets.previewing'),
      (message) => t('spreadsheets.previewFailed', { message }),
      async () => {
        const report = await api.import.preview({ token: s.proposal.token, mapping: s.mapping, assessmentId });
        setStep({ ...s, kind: 'preview', report });
      },
    );

  const apply = (s: Extract<Step, { kind: 'preview' }>) =>
    attempt(
      t('spreadsheets.applying'),
      (message) => t('spreadsheets.applyFailed', { message }),
      async () => {
        const summary = await api.import.apply({ token: s.proposal.token, mapping: s.mapping, assessmentId });
        setStep({ kind: 'done', summary });
        onImported(summary);
      },
    );

  const current = STEPS.indexOf(step.kind);
  const proposal = step.kind === 'mapping' || step.kind === 'preview' ? step.proposal : null;
  const mappingReady = step.kind === 'mapping' && (step.mapping.id !== undefined || step.mapping.title !== undefined);

  return (
    <Modal title={t('spreadsheets.importTitle')} onClose={onClose} wide>
      <div className="import-flow" data-testid="import-dialog" aria-busy={busy !== null}>
        <ol className="import-steps" aria-label={t('spreadsheets.stepsLabel')}>
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={i < current ? 'done' : i === current ? 'current' : undefined}
              aria-current={i === current ? 'step' : undefined}
            >
              {t(`spreadsheets.${STEP_LABEL[s]}`)}
            </li>
          ))}
        </ol>
        {proposal && (
          <p className="import-file">
            <strong>
              {proposal.sheet
                ? t('spreadsheets.fileSummarySheet', {
                    file: proposal.fileName,
                    sheet: proposal.sheet,
                    rows: proposal.rowCount,
                  })
                : t('spreadsheets.fileSummary', { file: proposal.fileName, rows: proposal.rowCount })}
            </strong>
            {proposal.encoding && proposal.encoding !== 'utf-8' && (
              <span className="muted small"> {t('spreadsheets.encodingNote', { encoding: proposal.encoding })}</span>
            )}
          </p>
        )}
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        {busy && (
          <p role="status" className="muted">
            {busy}
          </p>
        )}
        {step.kind === 'file' && <p>{t('spreadsheets.chooseIntro')}</p>}
        {step.kind === 'mapping' && (
          <ImportMappingStep
            proposal={step.proposal}
            mapping={step.mapping}
            busy={busy !== null}
            onChange={(mapping) => setStep({ ...step, mapping })}
            onReread={(options) => void read(step.path, options)}
          />
        )}
        {step.kind === 'preview' && <ImportPreviewStep report={step.report} />}
        {step.kind === 'done' && (
          <Notice tone="success">
            {t('spreadsheets.done', { created: step.summary.created, updated: step.summary.updated })}
            {step.summary.skipped > 0 && <> {t('spreadsheets.doneSkipped', { count: step.summary.skipped })}</>}
          </Notice>
        )}
        {step.kind === 'mapping' && !mappingReady && <p className="field-error">{t('spreadsheets.needIdOrTitle')}</p>}
        <div className="form-actions">
          {step.kind === 'file' && (
            <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void choose()}>
              {t('spreadsheets.chooseFile')}
            </button>
          )}
          {step.kind === 'mapping' && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy !== null || !mappingReady}
              onClick={() => void preview(step)}
            >
              {t('spreadsheets.preview')}
            </button>
          )}
          {step.kind === 'preview' && (
            <>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy !== null || !step.report.canApply}
                onClick={() => void apply(step)}
              >
                {t('spreadsheets.apply', { count: step.report.counts.creates + step.report.counts.updates })}
              </button>
              <button
                type="button"
                className="btn"
                disabled={busy !== null}
                onClick={() => setStep({ ...step, kind: 'mapping' })}
              >
                {t('spreadsheets.back')}
              </button>
            </>
          )}
          {(step.kind === 'mapping' || step.kind === 'preview') && (
            <button type="button" className="btn" disabled={busy !== null} onClick={() => void choose()}>
              {t('spreadsheets.chooseAnother')}
            </button>
          )}
          <button
            type="button"
            className={step.kind === 'done' ? 'btn btn-primary' : 'btn btn-ghost'}
            onClick={onClose}
          >
            {step.kind === 'done' ? t('spreadsheets.close') : t('spreadsheets.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

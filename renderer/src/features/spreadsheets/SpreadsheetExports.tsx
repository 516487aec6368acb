import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { useExportGuard } from '../reports/export-guard';
import './spreadsheets.css';

type What = 'controls' | 'remediation';
type Format = 'csv' | 'xlsx';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; what: What; format: Format }
  | { kind: 'saved'; what: What; path: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

const CHANNEL = {
  controls: { csv: api.export.controlsCsv, xlsx: api.export.controlsXlsx },
  remediation: { csv: api.export.remediationCsv, xlsx: api.export.remediationXlsx },
} as const;

/** Reports › Spreadsheets: the control matrix and the remediation plan as CSV or XLSX, saved where the user chooses. */
export function SpreadsheetExports({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const { guard } = useExportGuard();
  const label = (what: What) =>
    what === 'controls' ? t('spreadsheets.controlMatrix') : t('spreadsheets.remediationPlan');

  const run = async (what: What, format: Format) => {
    setOutcome({ kind: 'busy', what, format });
    try {
      const saved = await CHANNEL[what][format]({ assessmentId });
      setOutcome(saved ? { kind: 'saved', what, path: saved.path } : { kind: 'cancelled' });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    }
  };

  return (
    <article className="card" aria-labelledby="spreadsheets-title" data-testid="spreadsheet-exports">
      <h2 className="card-title" id="spreadsheets-title">
        {t('spreadsheets.exportHeading')}
      </h2>
      <p>{t('spreadsheets.exportBody')}</p>
      <dl className="sheet-exports">
        {(['controls', 'remediation'] as const).map((what) => (
          <div key={what} className="sheet-export-row">
            <dt>{label(what)}</dt>
            <dd>
              {(['csv', 'xlsx'] as const).map((format) => {
                const busy = outcome.kind === 'busy' && outcome.what === what && outcome.format === format;
                return (
                  <button
                    key={format}
                    type="button"
                    className="btn"
                    disabled={outcome.kind === 'busy'}
                    aria-label={t('spreadsheets.exportAs', {
                      what: label(what).toLowerCase(),
                      format: t(`spreadsheets.${format}`),
                    })}
                    data-testid={`export-${what}-${format}`}
                    onClick={() => guard(`${what}${format === 'csv' ? 'Csv' : 'Xlsx'}`, () => void run(what, format))}
                  >
                    {busy ? t('spreadsheets.exporting') : t(`spreadsheets.${format}`)}
                  </button>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('spreadsheets.exportSafety')}</p>
      <div className="report-outcome" data-testid="spreadsheet-outcome">
        {outcome.kind === 'saved' && (
          <Notice tone="success">
            {t('spreadsheets.saved', { what: label(outcome.what) })}
            <code className="path">{outcome.path}</code>
          </Notice>
        )}
        {outcome.kind === 'cancelled' && <Notice tone="info">{t('spreadsheets.cancelled')}</Notice>}
        {outcome.kind === 'error' && (
          <Notice tone="error">{t('spreadsheets.failed', { message: outcome.message })}</Notice>
        )}
      </div>
    </article>
  );
}

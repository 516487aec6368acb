import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** Writes the readiness report where the user chooses. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { assessment } = useAssessment();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  if (!assessment) return null;

  const exportPdf = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const saved = await api.report.save({ assessmentId: assessment.id, options: { lang: locale } });
      setOutcome(saved ? { kind: 'saved', path: saved.path } : { kind: 'cancelled' });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    }
  };

  return (
    <section className="page page-narrow" aria-labelledby="reports-title">
      <header className="page-header">
        <div>
          <h1 id="reports-title">{t('reports.title')}</h1>
        </div>
      </header>
      <article className="card">
        <h2 className="card-title">{t('reports.pdfHeading')}</h2>
        <p>{t('reports.pdfBody')}</p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={outcome.kind === 'busy'}
          onClick={() => void exportPdf()}
          data-testid="export-pdf"
        >
          {outcome.kind === 'busy' ? t('reports.exporting') : t('reports.export')}
        </button>
        <div className="report-outcome" data-testid="report-outcome">
          {outcome.kind === 'saved' && (
            <Notice tone="success">
              {t('reports.saved')}
              <code className="path">{outcome.path}</code>
            </Notice>
          )}
          {outcome.kind === 'cancelled' && <Notice tone="info">{t('reports.cancelled')}</Notice>}
          {outcome.kind === 'error' && (
            <Notice tone="error">{t('reports.failed', { message: outcome.message })}</Notice>
          )}
        </div>
      </article>
    </section>
  );
}

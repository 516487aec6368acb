import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useExportGuard } from './export-guard';
import { OutcomeNotice, useOutcome } from './useOutcome';

/** Exports the OSCAL assessment results and plan of action and milestones. */
export function OscalCard({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { outcome, busy, run } = useOutcome();
  const { guard } = useExportGuard();
  const save = (kind: 'assessment-results' | 'poam') =>
    guard(kind === 'poam' ? 'oscalPoam' : 'oscalResults', () => void write(kind));
  const write = (kind: 'assessment-results' | 'poam') =>
    run(
      kind,
      () => api.oscal.export({ assessmentId, kind }),
      (saved) => ({
        message: t(kind === 'poam' ? 'interchange.oscal.savedPoam' : 'interchange.oscal.savedResults'),
        path: saved.path,
      }),
    );
  return (
    <article className="card" aria-labelledby="oscal-heading">
      <h2 className="card-title" id="oscal-heading">
        {t('interchange.oscal.heading')}
      </h2>
      <p>{t('interchange.oscal.body')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => save('assessment-results')}
          data-testid="export-oscal-ar"
        >
          {t('interchange.oscal.exportResults')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => save('poam')}
          data-testid="export-oscal-poam"
        >
          {t('interchange.oscal.exportPoam')}
        </button>
      </div>
      <OutcomeNotice outcome={outcome} testId="oscal-outcome" />
    </article>
  );
}

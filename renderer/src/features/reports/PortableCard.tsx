import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ExportAssessmentModal } from './ExportAssessmentModal';
import { OutcomeNotice, useOutcome } from './useOutcome';

/** Exports the whole assessment to one portable .fwassess file, optionally encrypted. */
export function PortableCard({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { outcome, busy, run } = useOutcome();
  const [asking, setAsking] = useState(false);

  const exportFile = (passphrase: string | undefined) => {
    setAsking(false);
    void run(
      'export',
      () => api.portable.export({ assessmentId, ...(passphrase !== undefined && { passphrase }) }),
      (saved) => ({
        message: t(saved.encrypted ? 'interchange.portable.exportedEncrypted' : 'interchange.portable.exported', {
          records: saved.records,
          files: saved.evidenceFiles,
        }),
        path: saved.path,
      }),
    );
  };

  return (
    <article className="card" aria-labelledby="portable-heading">
      <h2 className="card-title" id="portable-heading">
        {t('interchange.portable.heading')}
      </h2>
      <p>{t('interchange.portable.body')}</p>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => setAsking(true)}
        data-testid="export-assessment"
      >
        {busy ? t('interchange.busy') : t('interchange.portable.export')}
      </button>
      <OutcomeNotice outcome={outcome} testId="portable-outcome" />
      {asking && <ExportAssessmentModal onCancel={() => setAsking(false)} onExport={exportFile} />}
    </article>
  );
}

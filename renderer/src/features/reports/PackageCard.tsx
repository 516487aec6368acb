import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import type { PackageVerification } from '../../../../shared/interchange/package';
import { useExportGuard } from './export-guard';
import { OutcomeNotice, useOutcome } from './useOutcome';
import { VerifyReport } from './VerifyReport';

/** Builds the evidence package for the auditor, and checks a package against its manifest. */
export function PackageCard({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const { outcome, busy, run } = useOutcome();
  const { guard } = useExportGuard();
  const [verifying, setVerifying] = useState(false);
  const [report, setReport] = useState<PackageVerification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);

  const build = () =>
    run(
      'build',
      () => api.package.build({ assessmentId, lang: i18n.language === 'fr' ? 'fr' : 'en' }),
      (built) => ({ message: t('interchange.package.built', { count: built.evidenceFiles }), path: built.path }),
    );

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const result = await api.package.verify({});
      if (result) setReport(result);
    } catch (error) {
      setVerifyError(errorMessage(error));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <article className="card" aria-labelledby="package-heading">
      <h2 className="card-title" id="package-heading">
        {t('interchange.package.heading')}
      </h2>
      <p>{t('interchange.package.body')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => guard('package', () => void build())}
          data-testid="build-package"
        >
          {busy ? t('interchange.busy') : t('interchange.package.build')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={verifying}
          onClick={() => void verify()}
          data-testid="verify-package"
        >
          {verifying ? t('interchange.busy') : t('interchange.package.verify')}
        </button>
      </div>
      <p className="field-hint">{t('interchange.package.verifyHelp')}</p>
      <OutcomeNotice outcome={outcome} testId="package-outcome" />
      {verifyError && <Notice tone="error">{t('interchange.failed', { message: verifyError })}</Notice>}
      {report && <VerifyReport report={report} />}
    </article>
  );
}

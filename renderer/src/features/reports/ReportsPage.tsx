import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { PdfReportCard } from './PdfReportCard';
import { OscalCard } from './OscalCard';
import { PackageCard } from './PackageCard';
import { PortableCard } from './PortableCard';
import { SpreadsheetExports } from '../spreadsheets/SpreadsheetExports';
import { ExportGuardProvider, UnencryptedExportsNotice } from './export-guard';

/**
 * The report and the exports: the PDF readiness report, spreadsheets, OSCAL, the evidence package, portable
 * files. In an encrypted workspace the page says that these files leave encryption, and each is confirmed.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessment();
  if (!assessment) return null;

  return (
    <section className="page page-narrow" aria-labelledby="reports-title">
      <header className="page-header">
        <div>
          <h1 id="reports-title">{t('reports.title')}</h1>
        </div>
      </header>
      <ExportGuardProvider>
        <UnencryptedExportsNotice />
        <PdfReportCard assessment={assessment} />
        <SpreadsheetExports assessmentId={assessment.id} />
        <OscalCard assessmentId={assessment.id} />
        <PackageCard assessmentId={assessment.id} />
        <PortableCard assessmentId={assessment.id} />
      </ExportGuardProvider>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain';
import type { Locale } from '../../../../shared/format';
import { REPORT_SECTIONS, type ReportSection } from '../../../../shared/report/options';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { useExportGuard } from './export-guard';
import './pdf-report.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** The PDF readiness report: language, sections, watermark, management summary only; written where the user chooses. */
export function PdfReportCard({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [lang, setLang] = useState<Locale>(locale);
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(new Set(REPORT_SECTIONS));
  const [watermark, setWatermark] = useState(false);
  const [summaryOnly, setSummaryOnly] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const { guard } = useExportGuard();
  const none = !summaryOnly && sections.size === 0;

  const toggle = (section: ReportSection, on: boolean) => {
    const next = new Set(sections);
    if (on) next.add(section);
    else next.delete(section);
    setSections(next);
  };

  const exportPdf = async () => {
    setOutcome({ kind: 'busy' });
    try {
      // The management summary is always the cover and the executive summary: the list is set aside.
      const chosen = summaryOnly ? [] : REPORT_SECTIONS.filter((s) => sections.has(s));
      const saved = await api.report.save({
        assessmentId: assessment.id,
        options: { lang, watermark, summaryOnly, ...(chosen.length > 0 && { sections: chosen }) },
      });
      setOutcome(saved ? { kind: 'saved', path: saved.path } : { kind: 'cancelled' });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    }
  };

  return (
    <article className="card" aria-labelledby="pdf-report-heading">
      <h2 className="card-title" id="pdf-report-heading">
        {t('reports.pdfHeading')}
      </h2>
      <p>{t('reports.pdfBody')}</p>
      <div className="field report-language">
        <label htmlFor="report-language">{t('reportPdf.language')}</label>
        <select id="report-language" value={lang} onChange={(e) => setLang(e.target.value === 'fr' ? 'fr' : 'en')}>
          <option value="en">{t('reportPdf.languages.en')}</option>
          <option value="fr">{t('reportPdf.languages.fr')}</option>
        </select>
      </div>
      <fieldset className="fieldset report-sections" disabled={summaryOnly}>
        <legend>{t('reportPdf.sections')}</legend>
        <p className="field-hint">{t(summaryOnly ? 'reportPdf.summaryOnlyHint' : 'reportPdf.sectionsHint')}</p>
        <div className="choice-grid">
          {REPORT_SECTIONS.map((section) => (
            <label key={section} className="choice">
              <input
                type="checkbox"
                checked={sections.has(section)}
                disabled={section === 'timeline' && assessment.reportType === 'I'}
                onChange={(e) => toggle(section, e.target.checked)}
                data-testid={`report-section-${section}`}
              />
              {t(`reportPdf.sectionNames.${section}`)}
            </label>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-small"
          disabled={sections.size === REPORT_SECTIONS.length}
          onClick={() => setSections(new Set(REPORT_SECTIONS))}
        >
          {t('reportPdf.allSections')}
        </button>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={watermark}
          onChange={(e) => setWatermark(e.target.checked)}
          data-testid="report-watermark"
        />
        {t('reportPdf.watermark')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={summaryOnly}
          onChange={(e) => setSummaryOnly(e.target.checked)}
          data-testid="report-summary-only"
        />
        {t('reportPdf.summaryOnly')}
      </label>
      {none && <p className="field-error">{t('reportPdf.noSections')}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={outcome.kind === 'busy' || none}
          onClick={() => guard('pdf', () => void exportPdf())}
          data-testid="export-pdf"
        >
          {outcome.kind === 'busy' ? t('reports.exporting') : t('reports.export')}
        </button>
      </div>
      <div className="report-outcome" data-testid="report-outcome">
        {outcome.kind === 'saved' && (
          <Notice tone="success">
            {t('reports.saved')}
            <code className="path">{outcome.path}</code>
          </Notice>
        )}
        {outcome.kind === 'cancelled' && <Notice tone="info">{t('reports.cancelled')}</Notice>}
        {outcome.kind === 'error' && <Notice tone="error">{t('reports.failed', { message: outcome.message })}</Notice>}
      </div>
    </article>
  );
}

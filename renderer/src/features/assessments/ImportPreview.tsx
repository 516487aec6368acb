import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, PortablePreview } from '../../../../shared/interchange/portable';
import { useFormat } from '../../i18n/format';
import { formatBytes } from '../reports/useOutcome';

interface Props {
  preview: PortablePreview;
  busy: boolean;
  onChoose: (choice: DuplicateChoice | 'import') => void;
}

/** What the file holds and, when the same assessment is already here, the explicit choice: keep both, replace, cancel. */
export function ImportPreview({ preview, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const { date, locale } = useFormat();
  const { assessment, counts, duplicate } = preview;
  return (
    <div data-testid="import-preview">
      <h3 className="import-subtitle">{t('interchange.import.what')}</h3>
      <p className="import-system">
        <strong>{assessment.systemName}</strong> — {assessment.organisation} ·{' '}
        {t(`reportType.${assessment.reportType}`)}
      </p>
      <p className="muted">
        {t('interchange.import.exportedAt', {
          date: date(preview.exportedAt.slice(0, 10)),
          generator: preview.generator,
        })}
      </p>
      <p>
        {t('interchange.import.counts', {
          controls: counts.assessment_controls ?? 0,
          evidence: counts.evidence_files ?? 0,
          size: formatBytes(preview.evidenceBytes, locale === 'fr' ? 'fr-FR' : 'en-GB'),
          reviews: counts.reviews ?? 0,
          snapshots: counts.snapshots ?? 0,
          remediation: counts.remediation_items ?? 0,
        })}
      </p>
      {duplicate ? (
        <div className="import-duplicate" role="group" aria-labelledby="duplicate-title" data-testid="duplicate-choice">
          <h3 id="duplicate-title" className="import-subtitle">
            {t('interchange.import.duplicateTitle')}
          </h3>
          <p>
            {t('interchange.import.duplicateBody', {
              system: duplicate.systemName,
              organisation: duplicate.organisation,
              date: date(duplicate.updatedAt.slice(0, 10)),
            })}
          </p>
          <ul className="import-choices">
            <li>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onChoose('copy')}>
                {t('interchange.import.keepBoth')}
              </button>
              <span className="field-hint">{t('interchange.import.keepBothHint')}</span>
            </li>
            <li>
              <button
                type="button"
                className="btn btn-danger-ghost"
                disabled={busy}
                onClick={() => onChoose('replace')}
              >
                {t('interchange.import.replace')}
              </button>
              <span className="field-hint">{t('interchange.import.replaceHint')}</span>
            </li>
            <li>
              <button type="button" className="btn" disabled={busy} onClick={() => onChoose('cancel')}>
                {t('interchange.import.cancel')}
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => onChoose('import')}
            data-testid="import-confirm"
          >
            {busy ? t('interchange.import.importing') : t('interchange.import.importNow')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => onChoose('cancel')}>
            {t('interchange.import.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

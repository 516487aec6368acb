import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/ipc/contract';
import { useFormat } from '../../i18n/format';

/** The assessment's scope as recorded (organisation, system, report type, categories, window, review). */
export function ScopeFacts({ assessment: a }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const window =
    a.reportType === 'I'
      ? t('topbar.noWindow')
      : `${a.windowStart ? date(a.windowStart) : t('topbar.windowNotSet')} – ${a.windowEnd ? date(a.windowEnd) : t('topbar.windowNotSet')}`;
  const rows: Array<[string, string]> = [
    [t('scope.organisation'), a.organisation],
    [t('scope.system'), a.systemName],
    [t('scope.reportType'), t(`reportType.${a.reportType}`)],
    [t('scope.categories'), a.categories.map((c) => t(`categoryShort.${c}`)).join(', ')],
    [t('scope.window'), window],
    [t('scope.reviewDate'), a.reviewDate ? date(a.reviewDate) : t('topbar.reviewNotSet')],
    [t('scope.assessors'), a.assessors.join(', ') || t('scope.noAssessors')],
    [t('scope.catalogVersion'), a.catalogVersion],
  ];
  return (
    <dl className="facts-table">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

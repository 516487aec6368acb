import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';

/** The assessment's scope as recorded, with the way to edit it; the boundary editor comes later. */
export function ScopePage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { assessment } = useAssessment();
  const { go } = useNavigation();
  if (!assessment) return null;
  const a = assessment;
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
    <section className="page page-narrow" aria-labelledby="scope-title">
      <header className="page-header">
        <div>
          <h1 id="scope-title">{t('scope.title')}</h1>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => go('edit-assessment')}>
          {t('scope.edit')}
        </button>
      </header>
      <article className="card">
        <h2 className="card-title">{t('scope.scopeHeading')}</h2>
        <dl className="facts-table">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
      <article className="card card-muted">
        <h2 className="card-title">
          {t('scope.boundaryHeading')} <span className="nav-tag">{t('nav.later')}</span>
        </h2>
        <p>{t('scope.boundaryLater')}</p>
      </article>
    </section>
  );
}

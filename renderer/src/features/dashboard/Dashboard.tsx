import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { Notice } from '../../components/Notice';
import { CatalogUpdateBanner } from '../catalog/CatalogUpdateBanner';
import { useFormat } from '../../i18n/format';
import { CategoryCards } from './CategoryCards';
import { CriteriaTable } from './CriteriaTable';
import { MethodPanel } from './MethodPanel';
import { TrendCard } from '../snapshots/TrendCard';
import { DashboardTopFive } from '../findings/TopFiveCard';
import { ReadinessChart } from './ReadinessChart';

/** Overview: how ready the assessment is, per category and criterion, and how the figures are made. */
export function Dashboard() {
  const { t } = useTranslation();
  const { pct, date } = useFormat();
  const { assessment, score, error } = useAssessment();
  if (!assessment) return null;

  const header = (
    <header className="page-header">
      <div>
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <p className="page-intro">
          {assessment.systemName} · {assessment.organisation} · {t(`reportType.${assessment.reportType}`)}
        </p>
      </div>
    </header>
  );
  if (error) {
    return (
      <section className="page">
        {header}
        <Notice tone="error">{error}</Notice>
      </section>
    );
  }
  if (!score) {
    return (
      <section className="page">
        {header}
        <p role="status" className="muted">
          {t('dashboard.loading')}
        </p>
      </section>
    );
  }

  const overall = score.overall;
  return (
    <section className="page" aria-labelledby="dashboard-title" data-testid="dashboard">
      {header}
      <CatalogUpdateBanner />
      <div className="dashboard-top">
        <div className="figures">
          <article className="card figure-card">
            <h2 className="card-title">{t('dashboard.design')}</h2>
            <p className="figure" data-testid="overall-design">
              {pct(overall.design)}
            </p>
            <p className="muted small">{t('dashboard.designHelp')}</p>
            <dl className="facts">
              <div>
                <dt>{t('dashboard.criteriaInScope')}</dt>
                <dd>{overall.criteria}</dd>
              </div>
              <div>
                <dt>{t('dashboard.unaddressed')}</dt>
                <dd className={overall.unaddressedCriteria > 0 ? 'warn-text' : undefined}>
                  {overall.unaddressedCriteria}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.controls')}</dt>
                <dd>{overall.controls}</dd>
              </div>
              <div>
                <dt>{t('dashboard.unassessed')}</dt>
                <dd className={overall.unassessedControls > 0 ? 'warn-text' : undefined}>
                  {overall.unassessedControls}
                </dd>
              </div>
            </dl>
          </article>
          <article
            className={`card figure-card${overall.operating === null ? ' figure-card-pending' : ''}`}
            data-testid="operating"
          >
            {overall.operating !== null ? (
              <>
                <h2 className="card-title">{t('dashboard.operating')}</h2>
                <p className="figure" data-testid="overall-operating">
                  {pct(overall.operating)}
                </p>
                <p className="muted small">
                  {score.asOf
                    ? t('dashboard.operatingHelpAsOf', { date: date(score.asOf) })
                    : t('dashboard.operatingHelp')}
                </p>
              </>
            ) : assessment.reportType === 'II' ? (
              <>
                <h2 className="card-title">{t('dashboard.operatingPending')}</h2>
                <p className="figure figure-empty">{t('dashboard.notMeasured')}</p>
                <p className="muted small">{t('dashboard.operatingPendingHelp')}</p>
              </>
            ) : (
              <>
                <h2 className="card-title">{t('dashboard.operating')}</h2>
                <p className="muted small">{t('dashboard.operatingTypeOne')}</p>
              </>
            )}
          </article>
        </div>
        <article className="card chart-card">
          <h2 className="card-title">{t('dashboard.chartTitle')}</h2>
          <ReadinessChart score={score} />
        </article>
      </div>
      <DashboardTopFive />
      <TrendCard />
      <MethodPanel />
      <h2 className="section-title">{t('dashboard.categoriesTitle')}</h2>
      <CategoryCards categories={score.categories} />
      <h2 className="section-title">{t('dashboard.criteriaTitle')}</h2>
      <CriteriaTable score={score} />
    </section>
  );
}

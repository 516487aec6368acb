import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';
import { ImportAssessment } from './ImportAssessment';

/** Every assessment of the workspace, or the explanation of what an assessment is when there is none. */
export function AssessmentList() {
  const { t } = useTranslation();
  const { pct, date } = useFormat();
  const { assessments } = useWorkspace();
  const { select } = useAssessment();
  const { go } = useNavigation();

  const open = (id: string) => {
    select(id);
    go('overview');
  };

  if (assessments.length === 0) {
    return (
      <section className="page" aria-labelledby="assessments-title">
        <div className="empty-state">
          <h1 id="assessments-title">{t('assessments.emptyTitle')}</h1>
          <p>{t('assessments.emptyBody')}</p>
          <p className="muted">{t('assessments.emptyNext')}</p>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={() => go('new-assessment')}>
              {t('assessments.new')}
            </button>
            <ImportAssessment />
          </div>
        </div>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="assessments-title">
      <header className="page-header">
        <div>
          <h1 id="assessments-title">{t('assessments.title')}</h1>
          <p className="page-intro">{t('assessments.intro')}</p>
        </div>
        <div className="form-actions">
          <ImportAssessment />
          <button type="button" className="btn btn-primary" onClick={() => go('new-assessment')}>
            {t('assessments.new')}
          </button>
        </div>
      </header>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.colSystem')}</th>
              <th scope="col">{t('assessments.colOrganisation')}</th>
              <th scope="col">{t('assessments.colType')}</th>
              <th scope="col">{t('assessments.colScope')}</th>
              <th scope="col">{t('assessments.colWindow')}</th>
              <th scope="col">{t('assessments.colReview')}</th>
              <th scope="col" className="num">
                {t('assessments.colControls')}
              </th>
              <th scope="col" className="num">
                {t('assessments.colReadiness')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('assessments.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.systemName}</th>
                <td>{a.organisation}</td>
                <td>{t(`reportType.${a.reportType}`)}</td>
                <td>{a.categories.map((c) => t(`category.${c}`)).join(', ')}</td>
                <td className="nowrap">
                  {a.windowStart ? `${date(a.windowStart)} – ${a.windowEnd ? date(a.windowEnd) : '…'}` : '—'}
                </td>
                <td className="nowrap">{a.reviewDate ? date(a.reviewDate) : '—'}</td>
                <td className="num">{a.controlCount}</td>
                <td className="num strong">{pct(a.design)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('assessments.openLabel', { system: a.systemName, organisation: a.organisation })}
                    onClick={() => open(a.id)}
                  >
                    {t('assessments.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

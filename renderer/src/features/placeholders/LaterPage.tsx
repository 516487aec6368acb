import { useTranslation } from 'react-i18next';
import { useNavigation, type Area } from '../../app/navigation';

type LaterArea = Extract<Area, 'evidence' | 'review' | 'vendors' | 'findings' | 'remediation'>;

/** An honest page for an area a later version brings: what it will do, and what to do today. */
export function LaterPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const later = area as LaterArea;
  return (
    <section className="page page-narrow" aria-labelledby="later-title">
      <div className="empty-state">
        <h1 id="later-title">{t('later.title', { area: t(`nav.${later}`) })}</h1>
        <p>{t(`later.${later}`)}</p>
        <h2 className="card-title">{t('later.now')}</h2>
        <p>{t(`later.${later}Now`)}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-primary" onClick={() => go('checklist')}>
            {t('later.goChecklist')}
          </button>
          <button type="button" className="btn" onClick={() => go('overview')}>
            {t('later.goOverview')}
          </button>
        </div>
      </div>
    </section>
  );
}

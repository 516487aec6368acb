import { useTranslation } from 'react-i18next';
import { useAssessment } from './assessment-context';
import { AREAS, effectiveView, useNavigation, type View } from './navigation';

function NavItem({ view, label, disabled = false }: { view: View; label: string; disabled?: boolean }) {
  const navigation = useNavigation();
  const { assessment } = useAssessment();
  const current = effectiveView(navigation.view, assessment !== null) === view;
  return (
    <li>
      <button
        type="button"
        className={`nav-item${current ? ' nav-current' : ''}`}
        aria-current={current ? 'page' : undefined}
        disabled={disabled}
        onClick={() => navigation.go(view)}
      >
        <span className="nav-label">{label}</span>
      </button>
    </li>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const { assessment } = useAssessment();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          F
        </span>
        <span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <h2 className="nav-heading">{t('nav.assessment')}</h2>
      {!assessment && <p className="nav-note">{t('nav.noAssessment')}</p>}
      <ul className="nav-list">
        {AREAS.map((area) => (
          <NavItem key={area} view={area} label={t(`nav.${area}`)} disabled={!assessment} />
        ))}
      </ul>
      <h2 className="nav-heading">{t('nav.library')}</h2>
      <ul className="nav-list">
        <NavItem view="assessments" label={t('nav.assessments')} />
        <NavItem view="catalog" label={t('nav.catalog')} />
        <NavItem view="audit" label={t('audit.nav')} />
        <NavItem view="settings" label={t('nav.settings')} />
      </ul>
      <p className="sidebar-foot">{t('app.offline')}</p>
    </nav>
  );
}

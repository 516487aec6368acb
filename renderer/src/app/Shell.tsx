import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentForm } from '../features/assessments/AssessmentForm';
import { AssessmentList } from '../features/assessments/AssessmentList';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { Checklist } from '../features/checklist/Checklist';
import { Dashboard } from '../features/dashboard/Dashboard';
import { LaterPage } from '../features/placeholders/LaterPage';
import { ScopePage } from '../features/placeholders/ScopePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useAssessment } from './assessment-context';
import { effectiveView, LATER_AREAS, useNavigation, type View } from './navigation';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useWorkspace } from './workspace-context';

function Page({ view: requested }: { view: View }) {
  const { assessment } = useAssessment();
  const view = effectiveView(requested, assessment !== null);
  switch (view) {
    case 'catalog':
      return <CatalogPage />;
    case 'settings':
      return <SettingsPage />;
    case 'new-assessment':
      return <AssessmentForm mode="create" />;
    case 'assessments':
      return <AssessmentList />;
    default:
      break;
  }
  // Every other view belongs to an assessment.
  if (!assessment) return <AssessmentList />;
  if (view === 'edit-assessment') return <AssessmentForm mode="edit" />;
  if (LATER_AREAS.has(view)) return <LaterPage area={view} />;
  switch (view) {
    case 'overview':
      return <Dashboard />;
    case 'scope':
      return <ScopePage />;
    case 'checklist':
      return <Checklist />;
    case 'reports':
      return <ReportsPage />;
    default:
      return <AssessmentList />;
  }
}

/** The app shell: navigation on the left, workspace and assessment context on top, one page. */
export function Shell() {
  const { t } = useTranslation();
  const { view, go } = useNavigation();
  const { info } = useWorkspace();
  const { resetSelection } = useAssessment();

  // Another workspace file (File › Open/New, here or from the app menu): resume at its latest assessment.
  const shownPath = useRef(info?.workspacePath);
  useEffect(() => {
    if (info?.workspacePath === shownPath.current) return;
    shownPath.current = info?.workspacePath;
    resetSelection();
    go('overview');
  }, [info?.workspacePath, resetSelection, go]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <TopBar />
      <main id="main" className="shell-main" tabIndex={-1}>
        <Page view={view} />
      </main>
    </div>
  );
}

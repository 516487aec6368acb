import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentForm } from '../features/assessments/AssessmentForm';
import { AssessmentList } from '../features/assessments/AssessmentList';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { Checklist } from '../features/checklist/Checklist';
import { Dashboard } from '../features/dashboard/Dashboard';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { BoundaryPage } from '../features/boundary/BoundaryPage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { RemediationPage } from '../features/remediation/RemediationPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { VendorsPage } from '../features/vendors/VendorsPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { useAssessment } from './assessment-context';
import { effectiveView, isArea, useNavigation, type View } from './navigation';
import { rememberResumePoint, resumedArea } from './resume';
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
    case 'audit':
      return <AuditPage />;
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
  switch (view) {
    case 'overview':
      return <Dashboard />;
    case 'scope':
      return <BoundaryPage />;
    case 'checklist':
      return <Checklist />;
    case 'evidence':
      return <EvidencePage />;
    case 'review':
      return <ReviewPage />;
    case 'vendors':
      return <VendorsPage />;
    case 'findings':
      return <FindingsPage />;
    case 'remediation':
      return <RemediationPage />;
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
  const { info, latestAssessmentId } = useWorkspace();
  const { assessment, resetSelection } = useAssessment();

  // Another workspace file (File › Open/New, here or from the app menu): resume where work was left in it.
  const shownPath = useRef(info?.workspacePath);
  useEffect(() => {
    if (info?.workspacePath === shownPath.current) return;
    shownPath.current = info?.workspacePath;
    resetSelection();
    go(resumedArea(info?.workspacePath, latestAssessmentId));
  }, [info, latestAssessmentId, resetSelection, go]);

  // Remember the assessment and area on screen, so that the next start resumes there.
  const assessmentId = assessment?.id;
  useEffect(() => {
    if (info && assessmentId && isArea(view)) rememberResumePoint(info.workspacePath, { assessmentId, view });
  }, [info, assessmentId, view]);

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

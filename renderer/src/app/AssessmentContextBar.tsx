import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useAssessment } from './assessment-context';
import { daysFromToday } from './dates';
import { useNavigation } from './navigation';
import { useWorkspace } from './workspace-context';

function Countdown({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const days = daysFromToday(iso);
  const text =
    days === 0
      ? t('topbar.today')
      : days > 0
        ? t('topbar.inDays', { count: days })
        : t('topbar.daysAgo', { count: -days });
  return (
    <span className={`countdown${days < 0 ? ' countdown-past' : days <= 14 ? ' countdown-soon' : ''}`}>{text}</span>
  );
}

/** The assessment switcher with the observation window and the review date, always in view. */
export function AssessmentContextBar() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { assessments } = useWorkspace();
  const { assessment, select } = useAssessment();
  const navigation = useNavigation();

  const onSwitch = (id: string) => {
    if (id === '') {
      select(null);
      navigation.go('assessments');
      return;
    }
    select(id);
    if (!assessment || navigation.view === 'assessments' || navigation.view === 'new-assessment')
      navigation.go('overview');
  };

  const typeTwo = assessment?.reportType === 'II';
  return (
    <div className="context-bar">
      <label className="switcher">
        <span className="label-caps">{t('topbar.switcher')}</span>
        <select
          value={assessment?.id ?? ''}
          onChange={(e) => onSwitch(e.target.value)}
          data-testid="assessment-switcher"
        >
          <option value="">{assessments.length === 0 ? t('topbar.noAssessment') : t('nav.assessments')}</option>
          {assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {a.systemName} — {a.organisation}
            </option>
          ))}
        </select>
      </label>
      {assessment && (
        <dl className="context-facts">
          <div>
            <dt className="label-caps">{t('topbar.window')}</dt>
            <dd data-testid="window">
              {!typeTwo
                ? t('topbar.noWindow')
                : assessment.windowStart
                  ? `${date(assessment.windowStart)} – ${assessment.windowEnd ? date(assessment.windowEnd) : t('topbar.windowNotSet')}`
                  : t('topbar.windowNotSet')}
            </dd>
          </div>
          <div>
            <dt className="label-caps">{typeTwo ? t('topbar.reviewDate') : t('topbar.reviewDateTypeOne')}</dt>
            <dd data-testid="review-date">
              {assessment.reviewDate ? (
                <>
                  {date(assessment.reviewDate)} <Countdown iso={assessment.reviewDate} />
                </>
              ) : (
                t('topbar.reviewNotSet')
              )}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedGap } from '../../../../shared/rules/rank';
import { api } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/Notice';
import { RecordLinks, type RecordNames } from '../ai-shared/RecordLinks';
import { SeverityBadge } from '../ai-shared/SeverityBadge';
import { useAiStrings } from '../ai-shared/strings';
import { useRecordNames } from '../ai-shared/useRecordNames';
import { useRemote } from '../ai-shared/useRemote';
import '../ai-shared/ai-readiness.css';
import './findings.css';
import { gapTitle } from './gap-text';

interface TopFiveListProps {
  topFive: readonly RankedGap[];
  names: RecordNames;
}

/** The five gaps to fix first, in ranked order, each with its score and the records behind it. */
export function TopFiveList({ topFive, names }: TopFiveListProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  if (topFive.length === 0) return <p className="muted">{t('ai.findings.topFive.none')}</p>;
  return (
    <ol className="ai-top-five" data-testid="top-five-list">
      {topFive.map((gap, index) => (
        <li key={gap.key} data-testid="top-five-item" data-key={gap.key}>
          <span className="ai-top-rank" aria-hidden="true">
            {index + 1}
          </span>
          <div className="ai-top-body">
            <p className="ai-top-title">
              <SeverityBadge severity={gap.severity} />
              {gap.ruleId && <span className="mono ai-rule-id">{gap.ruleId}</span>}
              <span>{gapTitle(gap, strings)}</span>
            </p>
            <div className="ai-top-meta small">
              <span className="muted">
                {t('ai.findings.gaps.scoreLine', {
                  rank: gap.rank,
                  score: gap.score,
                  weight: gap.severityWeight,
                  impact: gap.impact,
                })}
              </span>
              <RecordLinks records={gap.records.slice(0, 3)} names={names} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The Overview's compact top-five card; it reloads whenever the score moves. */
export function DashboardTopFive() {
  const { t } = useTranslation();
  const { assessment, score } = useAssessment();
  const { go } = useNavigation();
  const assessmentId = assessment?.id ?? '';
  const load = useCallback(() => {
    void score;
    return api.findings.list({ assessmentId });
  }, [assessmentId, score]);
  const findings = useRemote(load);
  const names = useRecordNames(assessmentId, score);
  return (
    <article className="card ai-top-card" aria-labelledby="top-five-title" data-testid="top-five">
      <header className="ai-card-header">
        <h2 id="top-five-title" className="card-title">
          {t('ai.findings.topFive.title')}
        </h2>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => go('findings')}>
          {t('ai.findings.topFive.all')}
        </button>
      </header>
      {findings.error && <Notice tone="error">{t('ai.common.loadFailed', { message: findings.error })}</Notice>}
      {findings.data ? (
        <TopFiveList topFive={findings.data.topFive} names={names} />
      ) : (
        !findings.error && <p className="muted">{t('ai.common.loading')}</p>
      )}
    </article>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedGap } from '../../../../shared/rules/rank';
import type { FindingView } from '../../../../shared/rules/types';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { useAiStrings } from '../ai-shared/strings';
import { useRecordNames } from '../ai-shared/useRecordNames';
import { useRemote } from '../ai-shared/useRemote';
import '../ai-shared/ai-readiness.css';
import './findings.css';
import { OwnershipPanel } from '../ownership/OwnershipPanel';
import { RemediationEditor } from '../remediation/RemediationEditor';
import type { RemediationDraft } from '../remediation/remediation-form';
import { FindingsList } from './FindingsList';
import { GapsTable } from './GapsTable';
import { gapTitle, ruleTitle } from './gap-text';
import { MuteModal } from './MuteModal';
import { RankingMethod } from './RankingMethod';
import { Tabs } from './Tabs';
import { TopFiveList } from './TopFiveCard';

type Tab = 'findings' | 'gaps' | 'ownership';

const controlsOf = (records: readonly { type: string; id: string }[]) =>
  records.filter((r) => r.type === 'control').map((r) => r.id);

/** Findings & gaps: the top five, every finding (muted ones apart), the ranked gaps and the ownership matrix. */
export function FindingsPage() {
  const { t } = useTranslation();
  const { date, locale } = useFormat();
  const strings = useAiStrings();
  const { assessment } = useAssessment();
  const { go } = useNavigation();
  const assessmentId = assessment?.id ?? '';
  const loadFindings = useCallback(() => api.findings.list({ assessmentId, lang: locale }), [assessmentId, locale]);
  const loadPlan = useCallback(() => api.remediation.list({ assessmentId }), [assessmentId]);
  const findings = useRemote(loadFindings);
  const plan = useRemote(loadPlan);
  const names = useRecordNames(assessmentId);
  const [tab, setTab] = useState<Tab>('findings');
  const [muting, setMuting] = useState<FindingView | null>(null);
  const [draft, setDraft] = useState<RemediationDraft | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string; plan?: boolean } | null>(null);

  const planned = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of plan.data ?? []) for (const key of item.findingKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  }, [plan.data]);

  const unmute = async (f: FindingView) => {
    try {
      await api.findings.unmute({ assessmentId, key: f.key });
      setMessage({ tone: 'success', text: t('ai.findings.unmuted', { id: f.ruleId }) });
      await findings.reload();
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e) });
    }
  };
  const fromFinding = (f: FindingView) =>
    setDraft({
      action: ruleTitle(f.ruleId, strings),
      priority: f.severity,
      controlIds: controlsOf(f.records),
      findingKeys: [f.key],
    });
  const fromGap = (g: RankedGap) =>
    setDraft({
      action: gapTitle(g, strings),
      priority: g.severity,
      controlIds: controlsOf(g.records),
      findingKeys: g.source === 'finding' ? [g.key] : [],
    });

  if (!assessment) return null;
  const result = findings.data;
  const mutedCount = result?.findings.filter((f) => f.muted).length ?? 0;
  return (
    <section className="page" aria-labelledby="findings-title" data-testid="findings-page">
      <header className="page-header">
        <div>
          <h1 id="findings-title">{t('ai.findings.title')}</h1>
          <p className="page-intro">{t('ai.findings.intro')}</p>
          {result && (
            <p className="muted small" data-testid="findings-summary">
              {t('ai.findings.summary', {
                count: result.findings.length - mutedCount,
                muted: mutedCount,
                gaps: result.gaps.length,
                date: date(result.asOf),
              })}
            </p>
          )}
        </div>
      </header>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
          {message.plan && (
            <button type="button" className="btn btn-link" onClick={() => go('remediation')}>
              {t('ai.findings.openPlan')}
            </button>
          )}
        </Notice>
      )}
      {findings.error && <Notice tone="error">{t('ai.common.loadFailed', { message: findings.error })}</Notice>}
      {!result ? (
        !findings.error && (
          <p className="muted" role="status">
            {t('ai.common.loading')}
          </p>
        )
      ) : (
        <>
          <article className="card ai-top-card" aria-labelledby="page-top-five" data-testid="findings-top-five">
            <h2 id="page-top-five" className="card-title">
              {t('ai.findings.topFive.title')}
            </h2>
            <TopFiveList topFive={result.topFive} names={names} />
          </article>
          <Tabs
            label={t('ai.findings.tabsLabel')}
            current={tab}
            onChange={setTab}
            tabs={[
              { id: 'findings', label: t('ai.findings.tabs.findings', { count: result.findings.length - mutedCount }) },
              { id: 'gaps', label: t('ai.findings.tabs.gaps', { count: result.gaps.length }) },
              { id: 'ownership', label: t('ai.findings.tabs.ownership') },
            ]}
          >
            {tab === 'findings' && (
              <FindingsList
                findings={result.findings}
                names={names}
                planned={planned}
                onRemediate={fromFinding}
                onMute={setMuting}
                onUnmute={(f) => void unmute(f)}
              />
            )}
            {tab === 'gaps' && (
              <>
                <RankingMethod method={result.rankingMethod} />
                <GapsTable gaps={result.gaps} names={names} onRemediate={fromGap} />
              </>
            )}
            {tab === 'ownership' && <OwnershipPanel assessmentId={assessmentId} />}
          </Tabs>
        </>
      )}
      {muting && (
        <MuteModal
          assessmentId={assessmentId}
          finding={muting}
          onClose={() => setMuting(null)}
          onMuted={() => {
            setMessage({ tone: 'success', text: t('ai.findings.muted', { id: muting.ruleId }) });
            setMuting(null);
            void findings.reload();
          }}
        />
      )}
      {draft && (
        <RemediationEditor
          assessmentId={assessmentId}
          item={null}
          draft={draft}
          findings={result?.findings ?? []}
          onClose={() => setDraft(null)}
          onSaved={() => {
            setDraft(null);
            setMessage({ tone: 'success', text: t('ai.findings.addedToPlan'), plan: true });
            void plan.reload();
          }}
        />
      )}
    </section>
  );
}

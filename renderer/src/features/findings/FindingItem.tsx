import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../../shared/rules/types';
import { useFormat } from '../../i18n/format';
import { RecordLinks, type RecordNames } from '../ai-shared/RecordLinks';

export interface FindingActions {
  names: RecordNames;
  /** How many remediation items link each finding key. */
  planned: ReadonlyMap<string, number>;
  onRemediate: (finding: FindingView) => void;
  onMute: (finding: FindingView) => void;
  onUnmute: (finding: FindingView) => void;
}

/** One occurrence of a rule: what it found here, the records that triggered it, and what to do with it. */
export function FindingItem({
  finding: f,
  names,
  planned,
  onRemediate,
  onMute,
  onUnmute,
}: FindingActions & { finding: FindingView }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const inPlan = planned.get(f.key) ?? 0;
  return (
    <li
      className={`ai-finding-item${f.muted ? ' ai-finding-muted' : ''}`}
      data-testid={f.muted ? 'muted-finding' : 'finding'}
      data-rule={f.ruleId}
      data-key={f.key}
    >
      <p className="ai-finding-text">{f.explanation}</p>
      <div className="ai-finding-meta small">
        <span className="muted">{t('ai.findings.triggeredBy')}</span>
        <RecordLinks records={f.records} names={names} />
      </div>
      {f.criteria.length > 0 && (
        <p className="small muted">{t('ai.findings.criteria', { ids: f.criteria.join(', ') })}</p>
      )}
      {f.muted && (
        <blockquote className="ai-justification" data-testid="mute-justification">
          <p className="small muted">{t('ai.findings.mutedOn', { date: date(f.muted.mutedAt.slice(0, 10)) })}</p>
          <p>{f.muted.justification}</p>
        </blockquote>
      )}
      <div className="ai-actions">
        {inPlan > 0 && <span className="tag ai-tone ai-tone-good">{t('ai.findings.planned', { count: inPlan })}</span>}
        {!f.muted && (
          <button type="button" className="btn btn-small" onClick={() => onRemediate(f)}>
            {t('ai.findings.remediate')}
          </button>
        )}
        {f.muted ? (
          <button type="button" className="btn btn-small" onClick={() => onUnmute(f)}>
            {t('ai.findings.unmute')}
          </button>
        ) : (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => onMute(f)}>
            {t('ai.findings.mute')}
          </button>
        )}
      </div>
    </li>
  );
}

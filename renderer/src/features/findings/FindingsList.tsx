import { useTranslation } from 'react-i18next';
import { SEVERITY_WEIGHT } from '../../../../shared/rules/rank';
import type { FindingView, RuleId } from '../../../../shared/rules/types';
import { SeverityBadge } from '../ai-shared/SeverityBadge';
import { useAiStrings } from '../ai-shared/strings';
import { FindingItem, type FindingActions } from './FindingItem';
import { ruleTitle } from './gap-text';

interface FindingsListProps extends FindingActions {
  findings: readonly FindingView[];
}

/** Findings grouped by rule, most severe rule first (then rule id); each group lists its occurrences. */
function byRule(findings: readonly FindingView[]): FindingView[][] {
  const groups = new Map<RuleId, FindingView[]>();
  for (const f of findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  return [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0], b[0]];
    if (!x || !y) return 0;
    return SEVERITY_WEIGHT[y.severity] - SEVERITY_WEIGHT[x.severity] || (x.ruleId < y.ruleId ? -1 : 1);
  });
}

function RuleGroup({ group, actions }: { group: FindingView[]; actions: FindingActions }) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const first = group[0];
  if (!first) return null;
  const title = ruleTitle(first.ruleId, strings);
  return (
    <article
      className={`ai-finding ai-finding-${first.severity}`}
      aria-label={`${first.ruleId} ${title}`}
      data-testid="rule-group"
      data-rule={first.ruleId}
    >
      <header className="ai-finding-head">
        <span className="mono ai-rule-id">{first.ruleId}</span>
        <h3 className="ai-finding-title">{title}</h3>
        <SeverityBadge severity={first.severity} />
        {group.length > 1 && (
          <span className="muted small">{t('ai.findings.occurrences', { count: group.length })}</span>
        )}
      </header>
      <ul className="ai-finding-items">
        {group.map((f) => (
          <FindingItem key={f.key} finding={f} {...actions} />
        ))}
      </ul>
    </article>
  );
}

/** Open findings grouped by rule, then the muted ones with their justification. */
export function FindingsList({ findings, ...actions }: FindingsListProps) {
  const { t } = useTranslation();
  const open = findings.filter((f) => !f.muted);
  const muted = findings.filter((f) => f.muted);
  return (
    <>
      <section aria-labelledby="open-findings-title" data-testid="open-findings">
        <h2 id="open-findings-title" className="section-title">
          {t('ai.findings.openTitle', { count: open.length })}
        </h2>
        {open.length === 0 ? (
          <p className="empty-state small">{t('ai.findings.noneOpen')}</p>
        ) : (
          <div className="ai-finding-list">
            {byRule(open).map((g) => (
              <RuleGroup key={g[0]?.ruleId} group={g} actions={actions} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="muted-findings-title" data-testid="muted-findings">
        <h2 id="muted-findings-title" className="section-title">
          {t('ai.findings.mutedTitle', { count: muted.length })}
        </h2>
        <p className="muted small">{t('ai.findings.mutedHelp')}</p>
        {muted.length === 0 ? (
          <p className="muted">{t('ai.findings.noneMuted')}</p>
        ) : (
          <div className="ai-finding-list">
            {byRule(muted).map((g) => (
              <RuleGroup key={g[0]?.ruleId} group={g} actions={actions} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}

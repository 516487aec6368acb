import { useTranslation } from 'react-i18next';
import type { RankedGap } from '../../../../shared/rules/rank';
import { RecordLinks, type RecordNames } from '../ai-shared/RecordLinks';
import { SeverityBadge } from '../ai-shared/SeverityBadge';
import { useAiStrings } from '../ai-shared/strings';
import { gapTitle } from './gap-text';

interface GapsTableProps {
  gaps: readonly RankedGap[];
  names: RecordNames;
  onRemediate: (gap: RankedGap) => void;
}

/** Every gap in ranked order, with the arithmetic of its score written out. */
export function GapsTable({ gaps, names, onRemediate }: GapsTableProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  if (gaps.length === 0) return <p className="empty-state small">{t('ai.findings.gaps.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table ai-table ai-gaps" data-testid="gaps-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('ai.findings.gaps.rank')}
            </th>
            <th scope="col" className="num">
              {t('ai.findings.gaps.score')}
            </th>
            <th scope="col">{t('ai.findings.gaps.severity')}</th>
            <th scope="col">{t('ai.findings.gaps.gap')}</th>
            <th scope="col">{t('ai.findings.gaps.records')}</th>
            <th scope="col">{t('ai.findings.gaps.criteria')}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('ai.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={gap.key} data-testid="gap-row" data-key={gap.key}>
              <td className="num">{gap.rank}</td>
              <td className="num" title={t('ai.findings.gaps.scoreHelp')}>
                <strong>{gap.score}</strong>
                <span className="muted small block">
                  {t('ai.findings.gaps.formula', { weight: gap.severityWeight, impact: gap.impact })}
                </span>
              </td>
              <td>
                <SeverityBadge severity={gap.severity} />
              </td>
              <th scope="row" className="ai-gap-title">
                {gap.ruleId && <span className="mono ai-rule-id">{gap.ruleId}</span>} {gapTitle(gap, strings)}
                <span className="muted small block">{t(`ai.findings.gaps.source.${gap.source}`)}</span>
              </th>
              <td className="ai-gap-records">
                <RecordLinks records={gap.records} names={names} />
              </td>
              <td className="small ai-gap-criteria">{gap.criteria.join(', ') || <span className="muted">—</span>}</td>
              <td className="actions">
                <button type="button" className="btn btn-ghost btn-small" onClick={() => onRemediate(gap)}>
                  {t('ai.findings.remediate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

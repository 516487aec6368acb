import { useTranslation } from 'react-i18next';
import { MAX_COUNTED_CRITERIA, SEVERITY_WEIGHT, TOP_COUNT } from '../../../../shared/rules/rank';

/** "How are gaps ranked?": the documented method (docs/ai-readiness.md, shared/rules/rank.ts), with its constants. */
export function RankingMethod({ method }: { method: string }) {
  const { t } = useTranslation();
  return (
    <details className="card method ai-explain" data-testid="ranking-method">
      <summary>
        <h2 className="card-title">{t('ai.findings.method.title')}</h2>
      </summary>
      <p>{t('ai.findings.method.intro', { method })}</p>
      <ol>
        <li>{t('ai.findings.method.gaps')}</li>
        <li>
          {t('ai.findings.method.score', {
            critical: SEVERITY_WEIGHT.critical,
            high: SEVERITY_WEIGHT.high,
            medium: SEVERITY_WEIGHT.medium,
            low: SEVERITY_WEIGHT.low,
            max: MAX_COUNTED_CRITERIA,
            top: 1 + MAX_COUNTED_CRITERIA,
          })}
        </li>
        <li>{t('ai.findings.method.ties')}</li>
        <li>{t('ai.findings.method.topFive', { count: TOP_COUNT })}</li>
        <li>{t('ai.findings.method.muted')}</li>
      </ol>
    </details>
  );
}

import { useTranslation } from 'react-i18next';
import type { StalenessReason } from '../../../../shared/vendors/staleness';
import { capitalise, useAiStrings } from '../ai-shared/strings';

/** Current or stale, as colour and text, with each reason written out (in a few words in the table). */
export function StalenessBadge({ reasons, short = false }: { reasons: readonly StalenessReason[]; short?: boolean }) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  if (reasons.length === 0) {
    return (
      <span className="badge ai-fresh" data-testid="vendor-current">
        <span className="badge-mark" aria-hidden="true" />
        {t('ai.vendors.current')}
      </span>
    );
  }
  return (
    <div className="ai-stale" data-testid="vendor-stale">
      <span className="badge ai-stale-badge">
        <span className="badge-mark" aria-hidden="true" />
        {t('ai.vendors.stale')}
      </span>
      <ul className="plain-list small">
        {reasons.map((r) => (
          <li key={r}>{short ? t(`ai.vendors.staleShort.${r}`) : capitalise(strings.staleness[r])}</li>
        ))}
      </ul>
    </div>
  );
}

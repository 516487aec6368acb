import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../../shared/rules/types';

/** Severity (or priority) as colour, shape and text, so it reads in greyscale print. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ai-sev ai-sev-${severity}`} data-severity={severity}>
      <span className="badge-mark" aria-hidden="true" />
      {t(`ai.common.severity.${severity}`)}
    </span>
  );
}

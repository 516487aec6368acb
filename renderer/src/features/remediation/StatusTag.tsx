import { useTranslation } from 'react-i18next';
import type { RemediationStatus } from '../../../../shared/remediation/plan';

/** An item's status as colour, shape and text. */
export function RemediationStatusBadge({ status }: { status: RemediationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ai-rstatus ai-rstatus-${status}`}>
      <span className="badge-mark" aria-hidden="true" />
      {t(`ai.remediation.status.${status}`)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { EvidenceFileStatus } from '../../../../shared/evidence';

const MARK: Record<EvidenceFileStatus, string> = { ok: '✓', modified: '✗', missing: '?' };

/** The outcome of re-hashing one stored file, as a mark, a colour and a word. */
export function IntegrityBadge({ status }: { status: EvidenceFileStatus | null }) {
  const { t } = useTranslation();
  if (status === null) return <span className="muted">{t('evidence.integrity.unchecked')}</span>;
  return (
    <span className={`badge integrity-${status}`} data-testid="integrity-badge">
      <span aria-hidden="true">{MARK[status]}</span>
      {t(`evidence.integrity.${status}`)}
    </span>
  );
}

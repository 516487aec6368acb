import { useTranslation } from 'react-i18next';
import type { ControlStatus } from '../../../shared/domain';

/** Status as colour and text (never colour alone), so it survives greyscale print and colour blindness. */
export function StatusBadge({ status, long = false }: { status: ControlStatus; long?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-${status}`}>
      <span className="badge-mark" aria-hidden="true" />
      {long ? t(`statusLong.${status}`) : t(`status.${status}`)}
    </span>
  );
}

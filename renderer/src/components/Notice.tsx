import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  tone: 'info' | 'success' | 'error';
  children: ReactNode;
  onDismiss?: () => void;
}

/** An inline message; errors are announced to screen readers. */
export function Notice({ tone, children, onDismiss }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">{children}</div>
      {onDismiss && (
        <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}

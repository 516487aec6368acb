import { useTranslation } from 'react-i18next';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The visible "Saving… / Saved / Not saved" indicator next to an auto-saved field. */
export function SaveState({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'idle') return <span className="save-state" aria-live="polite" />;
  if (status.kind === 'error') {
    return (
      <span className="save-state save-error" role="alert">
        {t('detail.saveFailed', { message: status.message })}
      </span>
    );
  }
  return (
    <span className={`save-state save-${status.kind}`} aria-live="polite">
      {status.kind === 'saving' ? t('detail.saving') : `✓ ${t('detail.saved')}`}
    </span>
  );
}

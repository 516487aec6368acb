import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { Notice } from '../../components/Notice';

/** What the last action of a card led to, shown under its buttons. */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; action: string }
  | { kind: 'done'; message: string; path?: string | undefined }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export interface OutcomeControl {
  outcome: Outcome;
  busy: boolean;
  /** Runs `work`; null means the user cancelled a dialog. */
  run: <T>(
    action: string,
    work: () => Promise<T | null>,
    describe: (value: T) => { message: string; path?: string | undefined },
  ) => Promise<void>;
}

export function useOutcome(): OutcomeControl {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = useCallback<OutcomeControl['run']>(async (action, work, describe) => {
    setOutcome({ kind: 'busy', action });
    try {
      const value = await work();
      setOutcome(value === null ? { kind: 'cancelled' } : { kind: 'done', ...describe(value) });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    }
  }, []);
  return { outcome, busy: outcome.kind === 'busy', run };
}

export function OutcomeNotice({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="report-outcome" data-testid={testId} aria-live="polite">
      {outcome.kind === 'busy' && <p className="muted">{t('interchange.busy')}</p>}
      {outcome.kind === 'done' && (
        <Notice tone="success">
          {outcome.message}
          {outcome.path && (
            <>
              {' '}
              {t('interchange.savedTo')}
              <code className="path">{outcome.path}</code>
            </>
          )}
        </Notice>
      )}
      {outcome.kind === 'cancelled' && <Notice tone="info">{t('interchange.cancelled')}</Notice>}
      {outcome.kind === 'error' && (
        <Notice tone="error">{t('interchange.failed', { message: outcome.message })}</Notice>
      )}
    </div>
  );
}

/** Bytes for people: 1.4 MB, 820 KB (French: 1,4 Mo, 820 Ko — octets). */
export function formatBytes(bytes: number, locale: string): string {
  const units = locale.startsWith('fr') ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit] ?? 'B'}`;
}

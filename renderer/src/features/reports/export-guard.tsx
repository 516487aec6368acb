import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { UnencryptedExportModal, type PlaintextExport } from './UnencryptedExportModal';
import './export-warning.css';

/**
 * Exports that leave encryption. In an encrypted workspace every export written as an ordinary file (the PDF,
 * spreadsheets, OSCAL, the evidence package, an assessment file without a passphrase) is announced on the
 * Reports page and confirmed one by one ("Export unencrypted") before main opens its save dialog. A plain
 * workspace shows nothing and asks nothing.
 */
export interface ExportGuard {
  /** The workspace is encrypted; null until its status is known. */
  encrypted: boolean | null;
  /** Runs `action` at once in a plain workspace, after the person's confirmation in an encrypted one. */
  guard: (what: PlaintextExport, action: () => void) => void;
}

const ExportGuardContext = createContext<ExportGuard | null>(null);

export function useExportGuard(): ExportGuard {
  const value = useContext(ExportGuardContext);
  if (!value) throw new Error('useExportGuard outside ExportGuardProvider');
  return value;
}

export function ExportGuardProvider({ children }: { children: ReactNode }) {
  const [encrypted, setEncrypted] = useState<boolean | null>(null);
  const [pending, setPending] = useState<{ what: PlaintextExport; action: () => void } | null>(null);
  const known = useRef<boolean | null>(null);

  const check = useCallback(
    () =>
      api.workspace.status({}).then((status) => {
        known.current = status.encrypted;
        setEncrypted(status.encrypted);
        return status.encrypted;
      }),
    [],
  );

  useEffect(() => {
    check().catch(() => {
      // Locked or unreadable: the workspace gate takes over; an export asks again.
    });
    const offChange = api.onEvent('workspace:changed', () => void check().catch(() => undefined));
    const offLock = api.onEvent('workspace:lockChanged', () => void check().catch(() => undefined));
    return () => {
      offChange();
      offLock();
    };
  }, [check]);

  const guard = useCallback<ExportGuard['guard']>(
    (what, action) => {
      // Never skip the question because the status has not arrived yet: ask main first.
      const decide = known.current === null ? check() : Promise.resolve(known.current);
      decide.then(
        (isEncrypted) => (isEncrypted ? setPending({ what, action }) : action()),
        () => setPending({ what, action }),
      );
    },
    [check],
  );

  const value = useMemo(() => ({ encrypted, guard }), [encrypted, guard]);
  return (
    <ExportGuardContext.Provider value={value}>
      {children}
      {pending && (
        <UnencryptedExportModal
          what={pending.what}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            pending.action();
          }}
        />
      )}
    </ExportGuardContext.Provider>
  );
}

/** The line at the top of the Reports page of an encrypted workspace (nothing in a plain one). */
export function UnencryptedExportsNotice() {
  const { t } = useTranslation();
  const { encrypted } = useExportGuard();
  if (encrypted !== true) return null;
  return <ExportWarningNote testId="unencrypted-exports-notice">{t('exportWarning.pageNotice')}</ExportWarningNote>;
}

/** The warning look: the amber frame and a "Not encrypted:" label, so it reads without its colour too. */
export function ExportWarningNote({ children, testId }: { children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice export-warning" role="note" data-testid={testId}>
      <div className="notice-body">
        <strong className="export-warning-label">{t('exportWarning.label')}</strong> {children}
      </div>
    </div>
  );
}

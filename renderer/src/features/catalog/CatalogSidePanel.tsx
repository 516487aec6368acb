import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CatalogSidePanelProps {
  /** Names the panel for screen readers. */
  label: string;
  testId: string;
  /** Changes when another item opens: the panel then takes the focus and scrolls back to the top. */
  itemKey: string;
  idLine: ReactNode;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** The catalog's read-only detail panel on the right; Esc closes it. */
export function CatalogSidePanel({ label, testId, itemKey, idLine, title, onClose, children }: CatalogSidePanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Where the focus was when the panel opened (a list row or a matrix cell): it goes back there on close.
  const opener = useRef<Element | null>(null);
  const close = () => {
    onClose();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  useEffect(() => {
    if (!ref.current?.contains(document.activeElement)) opener.current = document.activeElement;
    bodyRef.current?.scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, [itemKey]);
  return (
    <aside
      ref={ref}
      className="side-panel cb-panel"
      aria-label={label}
      data-testid={testId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <header className="panel-header">
        <div className="panel-heading">
          <p className="panel-id">{idLine}</p>
          <h2 className="panel-title">{title}</h2>
        </div>
        <button type="button" className="btn btn-small btn-ghost" aria-label={t('detail.closeLabel')} onClick={close}>
          {t('detail.close')}
        </button>
      </header>
      <div className="panel-body" ref={bodyRef}>
        {children}
      </div>
    </aside>
  );
}

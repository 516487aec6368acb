/** The padlock or warning sign beside a gate screen's title: drawn, so it needs no emoji font. */
export function GateIcon({ kind }: { kind: 'lock' | 'warning' }) {
  return (
    <svg
      className={`gate-icon gate-icon-${kind}`}
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'lock' ? (
        <>
          <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </>
      ) : (
        <>
          <path d="M12 2.5 22.5 21h-21Z" fill="currentColor" />
          <path d="M12 9v6M12 17.2v1.6" stroke="var(--surface)" strokeWidth="2.2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

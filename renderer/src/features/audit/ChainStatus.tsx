import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAnchor, type AuditBreak, type AuditVerification } from '../../../../shared/audit/types';
import { tableLabel } from './values';

function BreakText({ value }: { value: AuditBreak }) {
  const { t } = useTranslation();
  if (value.kind === 'gap') {
    const count = (value.missingTo ?? value.seq) - (value.missingFrom ?? value.seq) + 1;
    return <>{t('audit.chain.break.gap', { count, from: value.missingFrom, to: value.missingTo })}</>;
  }
  return <>{t(`audit.chain.break.${value.kind}`, { seq: value.seq })}</>;
}

function Problems({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const d = result.discrepancies;
  return (
    <ul className="chain-problems">
      {result.firstBreak && (
        <li>
          <BreakText value={result.firstBreak} />
        </li>
      )}
      {result.triggers.missing.map((name) => (
        <li key={name}>{t('audit.chain.triggerMissing', { name })}</li>
      ))}
      {result.triggers.altered.map((name) => (
        <li key={name}>{t('audit.chain.triggerAltered', { name })}</li>
      ))}
      {d.count > 0 && (
        <li>
          {t('audit.chain.discrepancies', { count: d.count })}
          <ul>
            {d.first.map((x) => (
              <li key={`${x.table}${JSON.stringify(x.recordKey)}`}>
                {tableLabel(t, x.table)} <span className="mono">{x.recordKey.join(' / ')}</span>:{' '}
                {t(`audit.chain.problem.${x.problem}`, { fields: x.fields.join(', ') })}
              </li>
            ))}
          </ul>
        </li>
      )}
    </ul>
  );
}

interface ChainStatusProps {
  verification: AuditVerification | null;
  error: string | null;
  checking: boolean;
  onCheck: (anchor?: string) => void;
}

/** Whether the chain holds, the anchor to keep, and a check against an anchor kept earlier. */
export function ChainStatus({ verification, error, checking, onCheck }: ChainStatusProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState('');
  const [anchorError, setAnchorError] = useState(false);
  const [copied, setCopied] = useState<'done' | 'byHand' | null>(null);
  const anchorField = useRef<HTMLInputElement>(null);
  const head = verification?.head ? `${verification.head.seq}:${verification.head.hash}` : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = parseAnchor(anchor) !== null;
    setAnchorError(!ok);
    if (ok) onCheck(anchor.trim());
  };
  // The clipboard may be refused (the app denies web permissions): then the anchor is selected to copy by hand.
  const copy = () => {
    if (!head) return;
    const byHand = () => {
      anchorField.current?.focus();
      anchorField.current?.select();
      setCopied('byHand');
    };
    navigator.clipboard.writeText(head).then(() => setCopied('done'), byHand);
  };

  return (
    <section className="card chain-card" aria-labelledby="chain-title" aria-busy={checking} data-testid="audit-chain">
      <div className="chain-head">
        <h2 id="chain-title" className="card-title">
          {t('audit.chain.title')}
        </h2>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => onCheck()} disabled={checking}>
          {t('audit.chain.recheck')}
        </button>
      </div>
      {checking && <p className="muted">{t('audit.chain.checking')}</p>}
      {!checking && error && <p role="alert">{t('audit.chain.failed', { message: error })}</p>}
      {!checking && verification?.ok && (
        <p className="chain-verdict" data-testid="audit-chain-status">
          <span className="badge chain-ok">
            <span className="badge-mark" aria-hidden="true" />
            {t('audit.chain.verified', { count: verification.entries })}
          </span>
          {verification.anchorChecked && (
            <span> {t('audit.chain.anchorOk', { seq: verification.anchorChecked.seq })}</span>
          )}
        </p>
      )}
      {!checking && verification && !verification.ok && (
        <div className="chain-broken" role="alert" data-testid="audit-chain-status">
          <span className="badge chain-bad">
            <span className="badge-mark" aria-hidden="true" />
            {t('audit.chain.brokenTitle')}
          </span>
          <Problems result={verification} />
        </div>
      )}
      {head && verification?.head && (
        <div className="chain-anchor">
          <p className="chain-anchor-row">
            <label htmlFor="audit-head">{t('audit.chain.head', { seq: verification.head.seq })}</label>
            <input
              id="audit-head"
              ref={anchorField}
              type="text"
              readOnly
              className="mono chain-anchor-value"
              value={head}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="audit-head"
            />
            <button type="button" className="btn btn-small" onClick={copy}>
              {t('audit.chain.copy')}
            </button>
            {copied && (
              <span className="muted small">
                {copied === 'done' ? t('audit.chain.copied') : t('audit.chain.copyByHand')}
              </span>
            )}
          </p>
          <p className="muted small">{t('audit.chain.headHelp')}</p>
        </div>
      )}
      <form className="chain-anchor-form" onSubmit={submit}>
        <label className="filter">
          <span className="filter-label">{t('audit.chain.anchor')}</span>
          <input
            type="text"
            className="mono"
            value={anchor}
            placeholder={t('audit.chain.anchorPlaceholder')}
            aria-invalid={anchorError || undefined}
            onChange={(e) => setAnchor(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-small" disabled={checking || anchor.trim() === ''}>
          {t('audit.chain.anchorCheck')}
        </button>
        {anchorError && (
          <p className="field-error" role="alert">
            {t('audit.chain.anchorInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}

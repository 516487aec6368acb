import { useTranslation } from 'react-i18next';
import type { EvidenceVerification } from '../../../../shared/evidence';
import { Notice } from '../../components/Notice';
import { IntegrityBadge } from './IntegrityBadge';

/** The outcome of "Verify integrity": a summary, and each file that is not as it was added. */
export function VerifyResult({ result, onDismiss }: { result: EvidenceVerification; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { summary } = result;
  const problems = result.items.filter((i) => i.status !== 'ok');
  return (
    <div data-testid="verify-result">
      <Notice tone={problems.length === 0 ? 'success' : 'error'} onDismiss={onDismiss}>
        <p className="strong">
          {summary.total === 0
            ? t('evidence.verify.nothing')
            : t('evidence.verify.summary', {
                count: summary.total,
                ok: summary.ok,
                modified: summary.modified,
                missing: summary.missing,
              })}
        </p>
        {problems.length === 0 && summary.total > 0 && <p>{t('evidence.verify.allOk')}</p>}
        {problems.length > 0 && (
          <ul className="plain-list">
            {problems.map((p) => (
              <li key={p.evidenceId}>
                <IntegrityBadge status={p.status} /> <span className="file-name">{p.originalName}</span> —{' '}
                {t(`evidence.verify.${p.status === 'modified' ? 'modifiedHelp' : 'missingHelp'}`)}
              </li>
            ))}
          </ul>
        )}
      </Notice>
    </div>
  );
}

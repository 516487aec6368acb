import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VendorView } from '../../../../shared/vendors/staleness';
import { SOC2_CURRENT_MONTHS } from '../../../../shared/vendors/staleness';
import { api } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Notice } from '../../components/Notice';
import { clearPendingRecord, pendingRecord } from '../ai-shared/open-record';
import { useRemote } from '../ai-shared/useRemote';
import '../ai-shared/ai-readiness.css';
import { VendorEditor } from './VendorEditor';
import { VendorTable } from './VendorTable';

/** Third-party AI vendors: the inventory, each vendor's editor, and when a record goes stale. */
export function VendorsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessment();
  const assessmentId = assessment?.id ?? '';
  const load = useCallback(() => api.vendor.list({ assessmentId }), [assessmentId]);
  const vendors = useRemote(load);
  const [editing, setEditing] = useState<{ vendor: VendorView | null } | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [openId, setOpenId] = useState(() => pendingRecord('vendor'));

  useEffect(() => clearPendingRecord('vendor'), []);
  // A finding's link to a vendor opens its editor once the inventory is here (state adjusted while rendering).
  if (openId && vendors.data) {
    const found = vendors.data.find((v) => v.id === openId);
    setOpenId(null);
    if (found) setEditing({ vendor: found });
    else setMessage({ tone: 'error', text: t('ai.vendors.gone') });
  }

  if (!assessment) return null;
  const stale = vendors.data?.filter((v) => v.staleness.length > 0).length ?? 0;
  return (
    <section className="page" aria-labelledby="vendors-title" data-testid="vendors-page">
      <header className="page-header">
        <div>
          <h1 id="vendors-title">{t('ai.vendors.title')}</h1>
          <p className="page-intro">{t('ai.vendors.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ vendor: null })}>
          {t('ai.vendors.add')}
        </button>
      </header>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      {vendors.error && <Notice tone="error">{t('ai.common.loadFailed', { message: vendors.error })}</Notice>}
      {!vendors.data ? (
        !vendors.error && (
          <p className="muted" role="status">
            {t('ai.common.loading')}
          </p>
        )
      ) : vendors.data.length === 0 ? (
        <div className="empty-state" data-testid="vendors-empty">
          <h2>{t('ai.vendors.emptyTitle')}</h2>
          <p>{t('ai.vendors.empty')}</p>
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ vendor: null })}>
            {t('ai.vendors.add')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted small" data-testid="vendor-counts">
            {t('ai.vendors.counts', { count: vendors.data.length })}
            {stale > 0 && (
              <>
                {' · '}
                <strong className="warn-text">{t('ai.vendors.staleCount', { count: stale })}</strong>
              </>
            )}
          </p>
          <VendorTable vendors={vendors.data} onEdit={(vendor) => setEditing({ vendor })} />
        </>
      )}
      <details className="card method ai-explain">
        <summary>
          <h2 className="card-title">{t('ai.vendors.staleness.title')}</h2>
        </summary>
        <p>{t('ai.vendors.staleness.intro')}</p>
        <ul className="plain-list bullets">
          <li>{t('ai.vendors.staleness.never')}</li>
          <li>{t('ai.vendors.staleness.renewed')}</li>
          <li>{t('ai.vendors.staleness.model')}</li>
          <li>{t('ai.vendors.staleness.report', { months: SOC2_CURRENT_MONTHS })}</li>
        </ul>
        <p className="muted small">{t('ai.vendors.staleness.asOf')}</p>
      </details>
      {editing && (
        <VendorEditor
          assessmentId={assessmentId}
          vendor={editing.vendor}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage({ tone: 'success', text: t('ai.vendors.saved', { name: saved.name }) });
            void vendors.reload();
          }}
          onDeleted={(name) => {
            setEditing(null);
            setMessage({ tone: 'success', text: t('ai.vendors.deleted', { name }) });
            void vendors.reload();
          }}
        />
      )}
    </section>
  );
}

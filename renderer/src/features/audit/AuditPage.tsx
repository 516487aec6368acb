import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import { isFiltered, NO_FILTERS, toAuditFilter, type FilterForm } from './filters';
import { useAuditTrail, useChainCheck } from './useAuditTrail';
import './audit.css';

/** The audit trail: every recorded change with filters, the chain's integrity, and exports. */
export function AuditPage() {
  const { t } = useTranslation();
  const { assessments, generation } = useWorkspace();
  const [form, setForm] = useState<FilterForm>(NO_FILTERS);
  const deferred = useDeferredValue(form);
  const filter = useMemo(() => toAuditFilter(deferred), [deferred]);
  const trail = useAuditTrail(filter, generation);
  const chain = useChainCheck(generation);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);

  const exportAs = async (format: 'csv' | 'json') => {
    setMessage(null);
    setExporting(true);
    try {
      const result = await api.audit.export({ format, filter });
      if (result)
        setMessage({ tone: 'success', text: t('audit.exported', { count: result.entries, path: result.path }) });
    } catch (error) {
      setMessage({ tone: 'error', text: t('audit.exportFailed', { message: errorMessage(error) }) });
    }
    setExporting(false);
  };

  const page = trail.page;
  return (
    <section className="page audit-page" aria-labelledby="audit-title" data-testid="audit-page">
      <header className="page-header">
        <div>
          <h1 id="audit-title">{t('audit.title')}</h1>
          <p className="page-intro">{t('audit.intro')}</p>
        </div>
        <div className="audit-actions">
          <button type="button" className="btn" disabled={exporting} onClick={() => void exportAs('csv')}>
            {t('audit.exportCsv')}
          </button>
          <button type="button" className="btn" disabled={exporting} onClick={() => void exportAs('json')}>
            {t('audit.exportJson')}
          </button>
        </div>
      </header>
      <ChainStatus
        verification={chain.verification}
        error={chain.error}
        checking={chain.checking}
        onCheck={chain.check}
      />
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      <p className="muted small">{t('audit.exportHelp')}</p>
      <AuditFilters
        form={form}
        onChange={setForm}
        assessments={assessments}
        actors={page?.actors ?? []}
        shown={page?.entries.length ?? 0}
        matching={page?.matching ?? 0}
        total={page?.total ?? 0}
      />
      {trail.error && (
        <Notice tone="error">
          {t('audit.loadFailed', { message: trail.error })}{' '}
          <button type="button" className="btn btn-small" onClick={() => void trail.reload()}>
            {t('audit.retry')}
          </button>
        </Notice>
      )}
      {!page && !trail.error && <p className="muted">{t('audit.loading')}</p>}
      {page && page.entries.length === 0 && (
        <div className="empty-state">
          <p>{isFiltered(form) ? t('audit.emptyFiltered') : t('audit.empty')}</p>
        </div>
      )}
      {page && page.entries.length > 0 && (
        <div aria-busy={trail.loading} className={trail.loading ? 'audit-stale' : undefined}>
          <AuditTable entries={page.entries} />
          {page.next !== null && (
            <button
              type="button"
              className="btn audit-more"
              disabled={trail.loadingMore}
              onClick={() => void trail.loadMore()}
            >
              {t('audit.loadMore')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

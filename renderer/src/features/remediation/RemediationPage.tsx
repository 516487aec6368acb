import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediationItemView } from '../../../../shared/remediation/plan';
import { api } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../ai-shared/ConfirmModal';
import { useRemote } from '../ai-shared/useRemote';
import '../ai-shared/ai-readiness.css';
import { CloseItemModal } from './CloseItemModal';
import { PlanTable } from './PlanTable';
import { RemediationEditor } from './RemediationEditor';

type Message = { tone: 'success' | 'error'; text: string };

/** The remediation plan: each gap's fix, its owner and due date; closing items moves the score. */
export function RemediationPage() {
  const { t } = useTranslation();
  const { pct } = useFormat();
  const { assessment, score } = useAssessment();
  const assessmentId = assessment?.id ?? '';
  const loadPlan = useCallback(() => api.remediation.list({ assessmentId }), [assessmentId]);
  const loadFindings = useCallback(() => api.findings.list({ assessmentId }), [assessmentId]);
  const plan = useRemote(loadPlan);
  const findings = useRemote(loadFindings);
  const [editing, setEditing] = useState<{ item: RemediationItemView | null } | null>(null);
  const [closing, setClosing] = useState<RemediationItemView | null>(null);
  const [deleting, setDeleting] = useState<RemediationItemView | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const refresh = () => Promise.all([plan.reload(), findings.reload()]);

  if (!assessment) return null;
  const items = plan.data ?? [];
  const count = (pred: (i: RemediationItemView) => boolean) => items.filter(pred).length;
  return (
    <section className="page" aria-labelledby="remediation-title" data-testid="remediation-page">
      <header className="page-header">
        <div>
          <h1 id="remediation-title">{t('ai.remediation.title')}</h1>
          <p className="page-intro">{t('ai.remediation.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ item: null })}>
          {t('ai.remediation.add')}
        </button>
      </header>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      <dl className="facts ai-plan-facts" data-testid="plan-facts">
        <div>
          <dt>{t('ai.remediation.facts.open')}</dt>
          <dd>{count((i) => i.status !== 'done')}</dd>
        </div>
        <div>
          <dt>{t('ai.remediation.facts.overdue')}</dt>
          <dd className={count((i) => i.overdue) > 0 ? 'warn-text' : undefined}>{count((i) => i.overdue)}</dd>
        </div>
        <div>
          <dt>{t('ai.remediation.facts.done')}</dt>
          <dd>{count((i) => i.status === 'done')}</dd>
        </div>
        <div>
          <dt>{t('dashboard.design')}</dt>
          <dd data-testid="remediation-design">{score ? pct(score.overall.design) : '…'}</dd>
        </div>
      </dl>
      {plan.error && <Notice tone="error">{t('ai.common.loadFailed', { message: plan.error })}</Notice>}
      {!plan.data ? (
        !plan.error && (
          <p className="muted" role="status">
            {t('ai.common.loading')}
          </p>
        )
      ) : items.length === 0 ? (
        <div className="empty-state" data-testid="plan-empty">
          <h2>{t('ai.remediation.emptyTitle')}</h2>
          <p>{t('ai.remediation.empty')}</p>
        </div>
      ) : (
        <PlanTable
          items={items}
          onEdit={(item) => setEditing({ item })}
          onCloseItem={setClosing}
          onDelete={setDeleting}
        />
      )}
      {editing && (
        <RemediationEditor
          assessmentId={assessmentId}
          item={editing.item}
          findings={findings.data?.findings ?? []}
          onClose={() => setEditing(null)}
          onSaved={(_saved, applied) => {
            setEditing(null);
            setMessage({
              tone: 'success',
              text: applied ? t('ai.remediation.closedApplied') : t('ai.remediation.saved'),
            });
            void refresh();
          }}
        />
      )}
      {closing && (
        <CloseItemModal
          assessmentId={assessmentId}
          item={closing}
          onClose={() => setClosing(null)}
          onClosed={(applied) => {
            setClosing(null);
            setMessage({
              tone: 'success',
              text: applied ? t('ai.remediation.closedApplied') : t('ai.remediation.closed'),
            });
            void refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmModal
          title={t('ai.remediation.deleteTitle')}
          body={t('ai.remediation.deleteBody', { action: deleting.action })}
          confirm={t('ai.common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.remediation.delete({ assessmentId, id: deleting.id });
            setDeleting(null);
            setMessage({ tone: 'success', text: t('ai.remediation.deleted') });
            await refresh();
          }}
        />
      )}
    </section>
  );
}

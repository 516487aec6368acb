import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundaryComponent } from '../../../../shared/boundary/types';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/Notice';
import { currentLocale } from '../../i18n';
import { ConfirmModal } from '../ai-shared/ConfirmModal';
import { clearPendingRecord, pendingRecord } from '../ai-shared/open-record';
import { useRemote } from '../ai-shared/useRemote';
import '../ai-shared/ai-readiness.css';
import './boundary.css';
import { ComponentEditor } from './ComponentEditor';
import { ComponentsTable } from './ComponentsTable';
import { DataFlowFigure } from './DataFlowFigure';
import { ScopeFacts } from './ScopeFacts';

type Editing = { component: BoundaryComponent | null } | null;

/** Scope & boundary: the review's scope, the system's components and the training and inference data flows. */
export function BoundaryPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessment();
  const { go } = useNavigation();
  const assessmentId = assessment?.id ?? '';
  const loadList = useCallback(() => api.boundary.list({ assessmentId }), [assessmentId]);
  const loadFlow = useCallback(() => api.boundary.dataFlow({ assessmentId }), [assessmentId]);
  const list = useRemote(loadList);
  const flow = useRemote(loadFlow);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<BoundaryComponent | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [openId, setOpenId] = useState(() => pendingRecord('component'));

  useEffect(() => clearPendingRecord('component'), []);
  // A finding's link to a component opens its editor once the list is here (state adjusted while rendering).
  if (openId && list.data) {
    const found = list.data.find((c) => c.id === openId);
    setOpenId(null);
    if (found) setEditing({ component: found });
    else setMessage({ tone: 'error', text: t('ai.boundary.gone') });
  }

  const refresh = () => Promise.all([list.reload(), flow.reload()]);

  const addStarter = async () => {
    try {
      const { added } = await api.boundary.addStarter({ assessmentId, lang: currentLocale() });
      setMessage({
        tone: 'success',
        text: added === 0 ? t('ai.boundary.starterNone') : t('ai.boundary.starterAdded', { count: added }),
      });
      await refresh();
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e) });
    }
  };

  if (!assessment) return null;
  const components = list.data;
  return (
    <section className="page" aria-labelledby="scope-title" data-testid="boundary-page">
      <header className="page-header">
        <div>
          <h1 id="scope-title">{t('scope.title')}</h1>
          <p className="page-intro">{t('ai.boundary.intro')}</p>
        </div>
        <button type="button" className="btn" onClick={() => go('edit-assessment')}>
          {t('scope.edit')}
        </button>
      </header>
      <article className="card">
        <h2 className="card-title">{t('scope.scopeHeading')}</h2>
        <ScopeFacts assessment={assessment} />
      </article>

      <article className="card" aria-labelledby="boundary-title">
        <header className="ai-card-header">
          <h2 id="boundary-title" className="card-title">
            {t('ai.boundary.title')}
          </h2>
          <div className="ai-actions">
            <button type="button" className="btn" onClick={() => void addStarter()}>
              {t('ai.boundary.addStarter')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ component: null })}>
              {t('ai.boundary.add')}
            </button>
          </div>
        </header>
        <p className="muted small">{t('ai.boundary.help')}</p>
        {message && (
          <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
            {message.text}
          </Notice>
        )}
        {list.error && <Notice tone="error">{t('ai.common.loadFailed', { message: list.error })}</Notice>}
        {!components ? (
          !list.error && (
            <p className="muted" role="status">
              {t('ai.common.loading')}
            </p>
          )
        ) : components.length === 0 ? (
          <div className="empty-state small" data-testid="boundary-empty">
            <p>{t('ai.boundary.empty')}</p>
            <p>{t('ai.boundary.emptyNext')}</p>
          </div>
        ) : (
          <ComponentsTable
            components={components}
            onEdit={(component) => setEditing({ component })}
            onDelete={setDeleting}
          />
        )}
      </article>

      <article className="card" aria-labelledby="flow-title">
        <h2 id="flow-title" className="card-title">
          {t('ai.boundary.flow.title')}
        </h2>
        <p className="muted small">{t('ai.boundary.flow.help')}</p>
        {flow.error && <Notice tone="error">{t('ai.common.loadFailed', { message: flow.error })}</Notice>}
        {flow.data ? (
          <DataFlowFigure flow={flow.data.flow} />
        ) : (
          !flow.error && <p className="muted">{t('ai.common.loading')}</p>
        )}
      </article>

      {editing && (
        <ComponentEditor
          assessmentId={assessmentId}
          component={editing.component}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage({ tone: 'success', text: t('ai.boundary.saved', { name: saved.name }) });
            void refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmModal
          title={t('ai.boundary.deleteTitle', { name: deleting.name })}
          body={t('ai.boundary.deleteBody')}
          confirm={t('ai.common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.boundary.delete({ assessmentId, id: deleting.id });
            setDeleting(null);
            setMessage({ tone: 'success', text: t('ai.boundary.deleted', { name: deleting.name }) });
            await refresh();
          }}
        />
      )}
    </section>
  );
}

import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { useRemote } from '../ai-shared/useRemote';

/** Settings › Audit trail: the name this workspace's changes are recorded under, and the way to the viewer. */
export function AuditActorCard() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const { assessments, generation } = useWorkspace();
  const listId = useId();
  // Read again when another workspace is opened (its chosen name differs): `generation` is part of the request's identity.
  const load = useCallback(() => api.audit.getActor({}).then((a) => ({ ...a, generation })), [generation]);
  const actor = useRemote(load);
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const value = name ?? actor.data?.chosen ?? '';
  const assessors = [...new Set(assessments.flatMap((a) => a.assessors))].sort((a, b) => a.localeCompare(b));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const next = await api.audit.setActor({ name: value.trim() || null });
      setName(null);
      await actor.reload();
      setMessage({ tone: 'success', text: t('audit.actor.saved', { actor: next.actor }) });
    } catch (error) {
      setMessage({ tone: 'error', text: t('audit.actor.failed', { message: errorMessage(error) }) });
    }
  };

  return (
    <article className="card" aria-labelledby="audit-actor-title" data-testid="audit-actor">
      <h2 id="audit-actor-title" className="card-title">
        {t('audit.actor.title')}
      </h2>
      <p className="muted small">{t('audit.actor.intro')}</p>
      {actor.data && <p>{t('audit.actor.current', { actor: actor.data.actor, osUser: actor.data.osUser })}</p>}
      <form className="audit-actor-form" onSubmit={(e) => void save(e)}>
        <label className="filter">
          <span className="filter-label">{t('audit.actor.name')}</span>
          <input
            type="text"
            value={value}
            maxLength={120}
            list={listId}
            placeholder={actor.data?.osUser ?? ''}
            onChange={(e) => setName(e.target.value)}
          />
          <datalist id={listId}>
            {assessors.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="btn btn-primary">
          {t('audit.actor.save')}
        </button>
        <button type="button" className="btn" onClick={() => go('audit')}>
          {t('audit.actor.open')}
        </button>
      </form>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
    </article>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleSizeSettings, SampleSizeTable } from '../../../../shared/sampling/sizes';
import { api, errorMessage } from '../../api';
import { Notice } from '../../components/Notice';
import { SampleSizeTableView } from './SampleSizeTableView';
import { SampleSizesEditor } from './SampleSizesEditor';

/** The documented sample-size table new reviews use, and where to change it (or go back to the defaults). */
export function SampleSizesCard() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<SampleSizeSettings | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const load = useCallback(
    () =>
      api.settings
        .getSampleSizes({})
        .then(setSettings, (e: unknown) => setMessage({ tone: 'error', text: errorMessage(e) })),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (sizes: SampleSizeTable | null) => {
    setBusy(true);
    try {
      setSettings(await api.settings.setSampleSizes({ sizes }));
      setEditing(false);
      setMessage({ tone: 'success', text: sizes ? t('review.sizes.saved') : t('review.sizes.restored') });
    } catch (error) {
      setMessage({ tone: 'error', text: t('review.sizes.failed', { message: errorMessage(error) }) });
    }
    setBusy(false);
  };

  return (
    <article className="card" aria-labelledby="sizes-title" data-testid="sample-sizes">
      <div className="card-head">
        <h2 id="sizes-title" className="card-title">
          {t('review.sizes.title')}{' '}
          {settings?.custom && <span className="tag tag-warn">{t('review.sizes.custom')}</span>}
        </h2>
        {settings && !editing && (
          <div className="header-actions">
            <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
              {t('review.sizes.edit')}
            </button>
            {settings.custom && (
              <button type="button" className="btn btn-small btn-ghost" disabled={busy} onClick={() => void save(null)}>
                {t('review.sizes.restore')}
              </button>
            )}
          </div>
        )}
      </div>
      <p className="muted small">{t('review.sizes.intro')}</p>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      {settings &&
        (editing ? (
          <SampleSizesEditor
            initial={settings.sizes}
            busy={busy}
            onSave={(s) => void save(s)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <SampleSizeTableView table={settings.sizes} />
        ))}
    </article>
  );
}

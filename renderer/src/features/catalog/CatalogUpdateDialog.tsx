import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogUpdate } from '../../../../shared/ipc/contract';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';

interface CatalogUpdateDialogProps {
  update: CatalogUpdate;
  onClose: () => void;
  /** After the update is applied, with the number of controls added. */
  onApplied: (added: number) => void;
}

/** Choose which new controls to adopt; see which controls retire and that they keep every edit. */
export function CatalogUpdateDialog({ update, onClose, onApplied }: CatalogUpdateDialogProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  const { controls } = useAssessment();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(update.offered));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const apply = () => {
    setBusy(true);
    setError(null);
    const accept = update.offered.filter((id) => chosen.has(id));
    api.catalog.applyUpdate({ assessmentId: update.assessmentId, accept }).then(
      () => onApplied(accept.length),
      (e: unknown) => {
        setError(t('catalogBrowser.update.failed', { message: errorMessage(e) }));
        setBusy(false);
      },
    );
  };

  return (
    <Modal title={t('catalogBrowser.update.title', { to: update.to })} onClose={onClose} wide>
      <div data-testid="catalog-update-dialog">
        <p>{t('catalogBrowser.update.intro', { from: update.from, to: update.to })}</p>
        {error && <Notice tone="error">{error}</Notice>}
        <section className="cu-section" aria-labelledby="cu-offered">
          <h3 id="cu-offered">
            {t('catalogBrowser.update.offeredTitle', { count: update.offered.length })}
            {update.offered.length > 1 && (
              <span>
                <button type="button" className="btn-link small" onClick={() => setChosen(new Set(update.offered))}>
                  {t('catalogBrowser.update.selectAll')}
                </button>
                <button type="button" className="btn-link small" onClick={() => setChosen(new Set())}>
                  {t('catalogBrowser.update.selectNone')}
                </button>
              </span>
            )}
          </h3>
          <p className="muted small">
            {update.offered.length === 0
              ? t('catalogBrowser.update.offeredNone')
              : t('catalogBrowser.update.offeredHelp')}
          </p>
          {update.offered.length > 0 && (
            <ul className="cu-list" data-testid="offered-controls">
              {update.offered.map((id) => {
                const control = catalog?.control(id);
                return (
                  <li key={id}>
                    <label className="cu-choice">
                      <input type="checkbox" checked={chosen.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
                      <span className="mono">{id}</span>
                      <span>
                        {control?.title[locale] ?? id}
                        {control?.aiSpecific && <span className="tag tag-ai">{t('catalogBrowser.aiSpecific')}</span>}
                      </span>
                      {control && (
                        <span className="cu-meta">
                          <span className="mono">{control.criteria.join(', ')}</span> · {t(`stage.${control.stage}`)} ·{' '}
                          {t(`frequency.${control.frequency}`)}
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section className="cu-section" aria-labelledby="cu-retired">
          <h3 id="cu-retired">{t('catalogBrowser.update.retiredTitle', { count: update.retired.length })}</h3>
          <p className="muted small">
            {update.retired.length === 0
              ? t('catalogBrowser.update.retiredNone')
              : t('catalogBrowser.update.retiredHelp', { to: update.to })}
          </p>
          {update.retired.length > 0 && (
            <ul className="cu-list" data-testid="retired-controls">
              {update.retired.map((id) => {
                const mine = controls?.find((c) => c.controlId === id);
                return (
                  <li key={id} className="cu-retired">
                    <span className="mono">{id}</span>
                    <span>
                      {update.retiredTitles[id]?.[locale] ?? id}
                      <span className="tag tag-warn">{t('catalogBrowser.update.retiredBadge')}</span>
                    </span>
                    {mine && (
                      <span className="cu-meta">
                        <StatusBadge status={mine.status} /> · {mine.ownerName || t('catalogBrowser.update.unowned')}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <div className="form-actions cu-actions">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={apply}>
            {busy
              ? t('catalogBrowser.update.applying')
              : chosen.size === 0
                ? t('catalogBrowser.update.applyNone')
                : t('catalogBrowser.update.apply', { count: chosen.size })}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={onClose}>
            {t('catalogBrowser.update.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

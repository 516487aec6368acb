import { useTranslation } from 'react-i18next';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import { useFormat } from '../../i18n/format';
import { ControlFacts } from '../control/ControlFacts';
import { ControlGuidance } from '../control/ControlGuidance';

/** Read-only detail of a catalog control. */
export function CatalogControlPanel({ control, onClose }: { control: CatalogControl; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <aside
      className="side-panel"
      aria-label={t('detail.panelLabel', { id: control.id })}
      data-testid="catalog-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="panel-header">
        <div className="panel-heading">
          <p className="panel-id">
            <span className="mono">{control.id}</span>
            {control.keyDefault && <span className="tag tag-key">{t('checklist.key')}</span>}
          </p>
          <h2 className="panel-title">{control.title[locale]}</h2>
        </div>
        <button type="button" className="btn btn-small btn-ghost" aria-label={t('detail.closeLabel')} onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <div className="panel-body">
        <ControlFacts
          criteria={control.criteria}
          stage={control.stage}
          frequency={control.frequency}
          catalogControl={control}
          source="catalog"
        />
        <ControlGuidance control={control} />
      </div>
    </aside>
  );
}

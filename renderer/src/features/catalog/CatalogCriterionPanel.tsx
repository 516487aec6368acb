import { useTranslation } from 'react-i18next';
import { THIN_COVERAGE } from '../../../../shared/catalog/browse';
import type { CatalogControl, Criterion } from '../../../../shared/catalog/schema';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { CatalogSidePanel } from './CatalogSidePanel';

interface CatalogCriterionPanelProps {
  criterion: Criterion;
  /** Every catalog control mapped to it (whatever the filters). */
  controls: readonly CatalogControl[];
  onOpenControl: (id: string) => void;
  onFilter: (criterionId: string) => void;
  onClose: () => void;
}

/** A criterion: our own title and summary, and the catalog controls that map to it. */
export function CatalogCriterionPanel({
  criterion,
  controls,
  onOpenControl,
  onFilter,
  onClose,
}: CatalogCriterionPanelProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const thin = controls.length <= THIN_COVERAGE;
  return (
    <CatalogSidePanel
      label={t('catalogBrowser.criterionPanel', { id: criterion.id })}
      testId="catalog-criterion-panel"
      itemKey={criterion.id}
      idLine={
        <>
          <span className="mono">{criterion.id}</span>
          <span className="cb-muted-inline">
            {t('catalogBrowser.criterionGroup', {
              category: t(`category.${criterion.category}`),
              group: criterion.group,
            })}
          </span>
          {thin && <span className="tag tag-warn">{t('catalogBrowser.thinLong')}</span>}
        </>
      }
      title={criterion.title[locale]}
      onClose={onClose}
    >
      <p className="cb-summary">{criterion.summary[locale]}</p>
      {thin && <Notice tone="info">{t('catalogBrowser.thinNotice', { count: THIN_COVERAGE })}</Notice>}
      <div className="guidance">
        <section>
          <h3>{t('catalogBrowser.mappedControls', { count: controls.length })}</h3>
          {controls.length === 0 ? (
            <p className="muted">{t('catalogBrowser.noControls')}</p>
          ) : (
            <ul className="catalog-list" data-testid="criterion-controls">
              {controls.map((c) => (
                <li key={c.id}>
                  <button type="button" className="catalog-item" onClick={() => onOpenControl(c.id)}>
                    <span className="mono">{c.id}</span>
                    <span className="catalog-item-title">
                      {c.title[locale]}
                      {c.aiSpecific && <span className="tag tag-ai">{t('catalogBrowser.aiSpecific')}</span>}
                    </span>
                    <span className="catalog-item-meta">
                      {t(`stage.${c.stage}`)} · {t(`frequency.${c.frequency}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {controls.length > 0 && (
          <button type="button" className="btn btn-small" onClick={() => onFilter(criterion.id)}>
            {t('catalogBrowser.filterByCriterion')}
          </button>
        )}
      </div>
    </CatalogSidePanel>
  );
}

import { useTranslation } from 'react-i18next';
import type { CatalogControl, Criterion } from '../../../../shared/catalog/schema';
import type { Topic } from '../../../../shared/catalog/topics';
import { useFormat } from '../../i18n/format';
import { ControlGuidance } from '../control/ControlGuidance';
import { CatalogSidePanel } from './CatalogSidePanel';

interface CatalogControlPanelProps {
  control: CatalogControl;
  criterion: (id: string) => Criterion | undefined;
  onOpenCriterion: (id: string) => void;
  onFilterTopic: (topic: Topic) => void;
  onClose: () => void;
}

/** Everything the catalog says about one control, read-only: facts, criteria, guidance, test, crosswalks, topics. */
export function CatalogControlPanel({
  control,
  criterion,
  onOpenCriterion,
  onFilterTopic,
  onClose,
}: CatalogControlPanelProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <CatalogSidePanel
      label={t('catalogBrowser.controlPanel', { id: control.id })}
      testId="catalog-panel"
      itemKey={control.id}
      idLine={
        <>
          <span className="mono">{control.id}</span>
          {control.keyDefault && <span className="tag tag-key">{t('catalogBrowser.key')}</span>}
          {control.aiSpecific && <span className="tag tag-ai">{t('catalogBrowser.aiSpecific')}</span>}
        </>
      }
      title={control.title[locale]}
      onClose={onClose}
    >
      <dl className="facts-grid" data-testid="catalog-facts">
        <div>
          <dt>{t('detail.stage')}</dt>
          <dd>{t(`stage.${control.stage}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.frequency')}</dt>
          <dd>{t(`frequency.${control.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.type')}</dt>
          <dd>{t(`controlType.${control.type}`)}</dd>
        </div>
        <div>
          <dt>{t('catalogBrowser.ownerFunction')}</dt>
          <dd>{t(`ownerFunction.${control.ownerFunction}`)}</dd>
        </div>
        <div>
          <dt>{t('catalogBrowser.keyDefault')}</dt>
          <dd>{yesNo(control.keyDefault)}</dd>
        </div>
        <div>
          <dt>{t('catalogBrowser.aiSpecific')}</dt>
          <dd>{yesNo(control.aiSpecific)}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('detail.criteria')}</dt>
          <dd>
            <ul className="plain-list cb-links">
              {control.criteria.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="btn-link cb-link"
                    aria-label={t('catalogBrowser.openCriterion', { id })}
                    onClick={() => onOpenCriterion(id)}
                  >
                    <span className="mono">{id}</span> {criterion(id)?.title[locale]}
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('catalogBrowser.tags')}</dt>
          <dd className="cb-chips">
            {control.tags.map((topic) => {
              const label = t(`catalogBrowser.topic.${topic}`);
              return (
                <button
                  key={topic}
                  type="button"
                  className="cb-chip"
                  title={t('catalogBrowser.tagFilter', { topic: label })}
                  onClick={() => onFilterTopic(topic)}
                >
                  {label}
                </button>
              );
            })}
          </dd>
        </div>
      </dl>
      <ControlGuidance control={control} />
    </CatalogSidePanel>
  );
}

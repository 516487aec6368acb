import { useTranslation } from 'react-i18next';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import type { Frequency, PipelineStage } from '../../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';

interface ControlFactsProps {
  criteria: readonly string[];
  stage: PipelineStage;
  frequency: Frequency;
  catalogControl: CatalogControl | undefined;
  source: 'catalog' | 'custom';
}

/** Criteria, stage, frequency, type and source of a control. */
export function ControlFacts({ criteria, stage, frequency, catalogControl, source }: ControlFactsProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  return (
    <dl className="facts-grid">
      <div className="facts-wide">
        <dt>{t('detail.criteria')}</dt>
        <dd>
          <ul className="plain-list">
            {criteria.map((id) => (
              <li key={id}>
                <span className="mono">{id}</span> {catalog?.criterion(id)?.title[locale]}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('detail.stage')}</dt>
        <dd>{t(`stage.${stage}`)}</dd>
      </div>
      <div>
        <dt>{t('detail.frequency')}</dt>
        <dd>{t(`frequency.${frequency}`)}</dd>
      </div>
      {catalogControl && (
        <div>
          <dt>{t('detail.type')}</dt>
          <dd>
            {t(`controlType.${catalogControl.type}`)}
            {catalogControl.aiSpecific && <span className="tag tag-ai">{t('detail.aiSpecific')}</span>}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('detail.source')}</dt>
        <dd>{source === 'custom' ? t('detail.sourceCustom') : t('detail.sourceCatalog')}</dd>
      </div>
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import type { AssessmentControl } from '../../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { SaveState } from '../../components/SaveState';
import { useFormat } from '../../i18n/format';
import { ControlEditor } from './ControlEditor';
import { ControlFacts } from './ControlFacts';
import { ControlGuidance } from './ControlGuidance';
import { CustomFields } from './CustomFields';
import { EvidenceCoverage } from './EvidenceCoverage';
import { useControlSaver } from './useControlSaver';

/** The side panel of one checklist control: facts, the assessor's answers, and the catalog's guidance. */
export function ControlPanel({ control, onClose }: { control: AssessmentControl; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  const saver = useControlSaver(control.controlId);
  const catalogControl = control.source === 'catalog' ? catalog?.control(control.controlId) : undefined;
  const title = catalog ? catalog.titleOf(control, locale) : control.controlId;

  return (
    <aside
      className="side-panel"
      aria-label={t('detail.panelLabel', { id: control.controlId })}
      data-testid="control-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel-header">
        <div className="panel-heading">
          <p className="panel-id">
            <span className="mono">{control.controlId}</span>
            {control.isKey && <span className="tag tag-key">{t('checklist.key')}</span>}
          </p>
          <h2 className="panel-title">{title}</h2>
        </div>
        <button type="button" className="btn btn-small btn-ghost" aria-label={t('detail.closeLabel')} onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <div className="panel-status-line">
        <SaveState status={saver.status} />
      </div>
      <div className="panel-body">
        {control.retired && <Notice tone="info">{t('detail.retired')}</Notice>}
        <ControlFacts
          criteria={control.criteria}
          stage={control.stage}
          frequency={control.frequency}
          catalogControl={catalogControl}
          source={control.source}
        />
        <h3 className="panel-section">{t('detail.assessment')}</h3>
        <ControlEditor control={control} saver={saver} />
        <EvidenceCoverage control={control} />
        {control.source === 'custom' && <CustomFields control={control} saver={saver} onDeleted={onClose} />}
        {catalogControl ? (
          <ControlGuidance control={catalogControl} />
        ) : (
          <p className="muted">{t('detail.notInCatalog')}</p>
        )}
      </div>
    </aside>
  );
}

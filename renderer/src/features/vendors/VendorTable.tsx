import { useTranslation } from 'react-i18next';
import type { VendorView } from '../../../../shared/vendors/staleness';
import { DataClasses } from '../ai-shared/DataClasses';
import { capitalise, useAiStrings } from '../ai-shared/strings';
import { StalenessBadge } from './StalenessBadge';
import { MethodCell, ReportCell, RetentionCell, TrainingUseCell } from './VendorCells';

interface VendorTableProps {
  vendors: readonly VendorView[];
  onEdit: (vendor: VendorView) => void;
}

/** The vendor inventory. Training use, input retention and output retention are three separate columns. */
export function VendorTable({ vendors, onEdit }: VendorTableProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  return (
    <div className="table-wrap">
      <table className="data-table ai-table ai-vendors" data-testid="vendor-table">
        <thead>
          <tr>
            <th scope="col">{t('ai.vendors.col.name')}</th>
            <th scope="col">{t('ai.vendors.col.typePurpose')}</th>
            <th scope="col">{t('ai.vendors.col.dataSent')}</th>
            <th scope="col">{t('ai.vendors.col.trainingUse')}</th>
            <th scope="col">{t('ai.vendors.col.retentionInputs')}</th>
            <th scope="col">{t('ai.vendors.col.retentionOutputs')}</th>
            <th scope="col">{t('ai.vendors.col.method')}</th>
            <th scope="col">{t('ai.vendors.col.soc2')}</th>
            <th scope="col">{t('ai.vendors.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {vendors.map((v) => (
            <tr key={v.id} data-testid="vendor-row" data-vendor={v.name}>
              <th scope="row" className="ai-vendor-name">
                <button
                  type="button"
                  className="btn-link ai-row-link"
                  aria-label={t('ai.vendors.editLabel', { name: v.name })}
                  onClick={() => onEdit(v)}
                >
                  {v.name}
                </button>
                {v.models.length > 0 && (
                  <span className="muted small block">
                    {v.models.map((m) => (m.version ? `${m.name} ${m.version}` : m.name)).join(', ')}
                  </span>
                )}
              </th>
              <td className="ai-purpose">
                {capitalise(strings.serviceTypes[v.serviceType])}
                {v.purpose && <span className="muted small block">{v.purpose}</span>}
              </td>
              <td>
                <DataClasses data={v.dataSent} />
              </td>
              <td>
                <TrainingUseCell use={v.trainingUse} />
              </td>
              <td data-testid="retention-inputs">
                <RetentionCell days={v.retentionInputsDays} assessed={v.retentionAssessed} />
              </td>
              <td data-testid="retention-outputs">
                <RetentionCell days={v.retentionOutputsDays} assessed={v.retentionAssessed} />
              </td>
              <td>
                <MethodCell method={v.subserviceMethod} />
              </td>
              <td>
                <ReportCell report={v.soc2Report} />
              </td>
              <td>
                <StalenessBadge reasons={v.staleness} short />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

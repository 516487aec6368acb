import { useTranslation } from 'react-i18next';
import type { RemediationItemView } from '../../../../shared/remediation/plan';
import { fillText } from '../../../../shared/rules/strings.en';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { SeverityBadge } from '../ai-shared/SeverityBadge';
import { useAiStrings } from '../ai-shared/strings';
import { ruleOfKey } from './remediation-form';
import { RemediationStatusBadge } from './StatusTag';

interface PlanTableProps {
  items: readonly RemediationItemView[];
  onEdit: (item: RemediationItemView) => void;
  onCloseItem: (item: RemediationItemView) => void;
  onDelete: (item: RemediationItemView) => void;
}

/** The remediation plan in working order; overdue items flagged in colour and words. */
export function PlanTable({ items, onEdit, onCloseItem, onDelete }: PlanTableProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const strings = useAiStrings();
  const { assessment } = useAssessment();
  const { jumpTo, go } = useNavigation();
  const warning = (item: RemediationItemView, code: RemediationItemView['warnings'][number]['code']) =>
    fillText(strings.remediation[code], {
      dueDate: item.dueDate ? date(item.dueDate) : '',
      windowEnd: assessment?.windowEnd ? date(assessment.windowEnd) : '',
    });
  return (
    <div className="table-wrap">
      <table className="data-table ai-table" data-testid="plan-table">
        <thead>
          <tr>
            <th scope="col">{t('ai.remediation.col.action')}</th>
            <th scope="col">{t('ai.remediation.col.owner')}</th>
            <th scope="col">{t('ai.remediation.col.due')}</th>
            <th scope="col">{t('ai.remediation.col.priority')}</th>
            <th scope="col">{t('ai.remediation.col.status')}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('ai.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              data-testid="plan-row"
              data-status={item.status}
              className={item.overdue ? 'ai-overdue-row' : undefined}
            >
              <th scope="row" className="ai-action-cell">
                {item.action}
                <span className="ai-links small">
                  {item.controlIds.map((id) => (
                    <button
                      key={id}
                      type="button"
                      className="ai-record mono"
                      onClick={() => jumpTo({ controlId: id, open: true })}
                    >
                      {id}
                    </button>
                  ))}
                  {item.findingKeys.map((key) => (
                    <button key={key} type="button" className="ai-record" onClick={() => go('findings')}>
                      {t('ai.remediation.finding', { id: ruleOfKey(key) })}
                    </button>
                  ))}
                </span>
                {item.warnings
                  .filter((w) => w.code !== 'overdue')
                  .map((w) => (
                    <span key={w.code} className="warn-text small block">
                      {warning(item, w.code)}
                    </span>
                  ))}
              </th>
              <td>
                {item.ownerName || <span className="warn-text">{t('ai.remediation.noOwner')}</span>}
                {item.ownerFunction && (
                  <span className="muted small block">{t(`ownerFunction.${item.ownerFunction}`)}</span>
                )}
              </td>
              <td className="nowrap">
                {item.dueDate ? date(item.dueDate) : <span className="muted">{t('ai.remediation.noDue')}</span>}
                {item.overdue && (
                  <span className="badge ai-overdue block-badge" data-testid="overdue">
                    <span className="badge-mark" aria-hidden="true" />
                    {t('ai.remediation.overdue')}
                  </span>
                )}
              </td>
              <td>
                <SeverityBadge severity={item.priority} />
              </td>
              <td>
                <RemediationStatusBadge status={item.status} />
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => onEdit(item)}
                  aria-label={t('ai.remediation.editLabel', { action: item.action })}
                >
                  {t('ai.common.edit')}
                </button>
                {item.status !== 'done' && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onCloseItem(item)}
                    aria-label={t('ai.remediation.closeLabel', { action: item.action })}
                  >
                    {t('ai.remediation.closeItem')}
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-danger-ghost btn-small"
                  onClick={() => onDelete(item)}
                  aria-label={t('ai.remediation.deleteLabel', { action: item.action })}
                >
                  {t('ai.common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { BoundaryComponent } from '../../../../shared/boundary/types';
import { DataClasses } from '../ai-shared/DataClasses';
import { capitalise, useAiStrings } from '../ai-shared/strings';

const SHOWN_CONTROLS = 4;

interface ComponentsTableProps {
  components: readonly BoundaryComponent[];
  onEdit: (component: BoundaryComponent) => void;
  onDelete: (component: BoundaryComponent) => void;
}

/** The system boundary's components: what each is, whether it is in scope and why, and what covers it. */
export function ComponentsTable({ components, onEdit, onDelete }: ComponentsTableProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  return (
    <div className="table-wrap">
      <table className="data-table ai-table ai-components" data-testid="components-table">
        <thead>
          <tr>
            <th scope="col">{t('ai.boundary.col.kind')}</th>
            <th scope="col">{t('ai.boundary.col.name')}</th>
            <th scope="col">{t('ai.boundary.col.scope')}</th>
            <th scope="col">{t('ai.boundary.col.owner')}</th>
            <th scope="col">{t('ai.boundary.col.data')}</th>
            <th scope="col">{t('ai.boundary.col.controls')}</th>
            <th scope="col">{t('ai.boundary.col.paths')}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('ai.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.id} data-testid="component-row" data-kind={c.kind}>
              <td className="nowrap">{capitalise(strings.componentKinds[c.kind])}</td>
              <th scope="row" className="ai-name">
                {c.name}
              </th>
              <td className="ai-scope-cell">
                {c.inScope ? (
                  <span className="badge ai-scope ai-scope-in">
                    <span className="badge-mark" aria-hidden="true" />
                    {t('ai.boundary.inScope')}
                  </span>
                ) : (
                  <>
                    <span className="badge ai-scope ai-scope-out">
                      <span className="badge-mark" aria-hidden="true" />
                      {t('ai.boundary.outOfScope')}
                    </span>
                    <p className="muted small ai-reason">{c.scopeReason}</p>
                  </>
                )}
              </td>
              <td>{c.ownerName || <span className="warn-text nowrap">{t('ai.boundary.noOwner')}</span>}</td>
              <td>
                <DataClasses data={c.data} />
              </td>
              <td className="ai-controls">
                {c.controlIds.length === 0 ? (
                  <span className="muted">{t('ai.boundary.noControls')}</span>
                ) : (
                  <span className="ai-chips" title={c.controlIds.join(', ')}>
                    {c.controlIds.slice(0, SHOWN_CONTROLS).map((id) => (
                      <span key={id} className="tag mono">
                        {id}
                      </span>
                    ))}
                    {c.controlIds.length > SHOWN_CONTROLS && (
                      <span className="muted small">
                        {t('ai.boundary.moreControls', { count: c.controlIds.length - SHOWN_CONTROLS })}
                      </span>
                    )}
                  </span>
                )}
              </td>
              <td>
                <span className="ai-chips">
                  {c.onTrainingPath && <span className="tag">{t('ai.boundary.training')}</span>}
                  {c.onInferencePath && <span className="tag">{t('ai.boundary.inference')}</span>}
                  {!c.onTrainingPath && !c.onInferencePath && (
                    <span className="muted">{t('ai.boundary.supporting')}</span>
                  )}
                </span>
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={t('ai.boundary.editLabel', { name: c.name })}
                  onClick={() => onEdit(c)}
                >
                  {t('ai.common.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-danger-ghost btn-small"
                  aria-label={t('ai.boundary.deleteLabel', { name: c.name })}
                  onClick={() => onDelete(c)}
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

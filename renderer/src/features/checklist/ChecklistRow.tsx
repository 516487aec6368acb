import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace-context';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import type { Row } from './rows';

interface ChecklistRowProps {
  row: Row;
  domId: string;
  index: number;
  focused: boolean;
  selected: boolean;
  onActivate: (index: number) => void;
  onToggleSelect: (controlId: string) => void;
}

/** One line of the virtual checklist: a category, a criterion or a control. */
export const ChecklistRow = memo(function ChecklistRow({
  row,
  domId,
  index,
  focused,
  selected,
  onActivate,
  onToggleSelect,
}: ChecklistRowProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();

  if (row.kind === 'category') {
    return (
      <div className="cl-row cl-category" role="row" aria-rowindex={index + 2} id={domId}>
        <span role="gridcell" className="cl-span">
          {t(`category.${row.category}`)}
          <span className="cl-count">{t('checklist.controlsCount', { count: row.count })}</span>
        </span>
      </div>
    );
  }
  if (row.kind === 'criterion') {
    return (
      <div
        className={`cl-row cl-criterion${focused ? ' cl-focused' : ''}`}
        role="row"
        aria-rowindex={index + 2}
        id={domId}
      >
        <span role="gridcell" className="cl-span">
          <span className="mono">{row.criterionId}</span>
          <span className="cl-criterion-title">{catalog?.criterion(row.criterionId)?.title[locale]}</span>
          <span className="cl-count">{t('checklist.controlsCount', { count: row.count })}</span>
        </span>
      </div>
    );
  }
  if (row.kind === 'outOfScope') {
    return (
      <div className="cl-row cl-category cl-out" role="row" aria-rowindex={index + 2} id={domId}>
        <span role="gridcell" className="cl-span" title={t('checklist.outOfScopeHelp')}>
          {t('checklist.outOfScope')}
          <span className="cl-count">{t('checklist.outOfScopeHelp')}</span>
        </span>
      </div>
    );
  }

  const c = row.control;
  const title = catalog ? catalog.titleOf(c, locale) : c.controlId;
  return (
    <div
      className={`cl-row cl-control${focused ? ' cl-focused' : ''}${selected ? ' cl-selected' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      id={domId}
      data-control-id={c.controlId}
      onClick={() => onActivate(index)}
    >
      <span role="gridcell" className="cl-cell cl-select">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={t('checklist.selectRow', { id: c.controlId })}
          onClick={(e) => e.stopPropagation()}
          onChange={() => onToggleSelect(c.controlId)}
        />
      </span>
      <span role="gridcell" className="cl-cell cl-id">
        <span className="mono">{c.controlId}</span>
        {c.isKey && (
          <span className="tag tag-key" title={t('checklist.keyControl')}>
            {t('checklist.key')}
          </span>
        )}
        {c.source === 'custom' && <span className="tag">{t('checklist.custom')}</span>}
      </span>
      <span role="gridcell" className="cl-cell cl-title">
        <span className="cl-title-text" title={title}>
          {c.retired && (
            <span className="tag tag-warn tag-lead" title={t('catalogBrowser.update.retiredBadgeHelp')}>
              {t('catalogBrowser.update.retiredBadge')}
            </span>
          )}
          {title}
        </span>
        {row.others.length > 0 && (
          <span className="cl-also">{t('checklist.alsoUnder', { ids: row.others.join(', ') })}</span>
        )}
      </span>
      <span role="gridcell" className="cl-cell cl-muted cl-col-stage">
        {t(`stage.${c.stage}`)}
      </span>
      <span role="gridcell" className="cl-cell cl-muted cl-col-frequency">
        {t(`frequency.${c.frequency}`)}
      </span>
      <span role="gridcell" className="cl-cell cl-owner">
        <span className={c.ownerName ? undefined : 'muted'}>{c.ownerName || t('checklist.unowned')}</span>
        {c.ownerFunction && <span className="cl-also">{t(`ownerFunction.${c.ownerFunction}`)}</span>}
      </span>
      <span role="gridcell" className="cl-cell">
        <StatusBadge status={c.status} />
      </span>
    </div>
  );
});

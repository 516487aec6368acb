import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_STATUSES, type ControlStatus } from '../../../../shared/domain';
import { ChecklistRow } from './ChecklistRow';
import { rowHeight, type Row, type Sort, type SortColumn } from './rows';

interface ChecklistGridProps {
  rows: Row[];
  focused: number;
  selection: ReadonlySet<string>;
  sort: Sort;
  gridRef: RefObject<HTMLDivElement | null>;
  onFocus: (index: number) => void;
  onOpen: (index: number) => void;
  onClose: () => void;
  onSetStatus: (index: number, status: ControlStatus) => void;
  onToggleSelect: (controlId: string) => void;
  onSelectAll: (on: boolean) => void;
  onSort: (column: SortColumn) => void;
}

const COLUMNS: Array<{
  column: SortColumn;
  key: 'colId' | 'colTitle' | 'colStage' | 'colFrequency' | 'colOwner' | 'colStatus';
}> = [
  { column: 'id', key: 'colId' },
  { column: 'title', key: 'colTitle' },
  { column: 'stage', key: 'colStage' },
  { column: 'frequency', key: 'colFrequency' },
  { column: 'owner', key: 'colOwner' },
  { column: 'status', key: 'colStatus' },
];

/** Height of the sticky column-header row, in px (see .cl-header in tables.css). */
const HEADER_HEIGHT = 36;

/** Index of the next control row from `from` in `step` direction, or `from` when there is none. */
function nextControl(rows: Row[], from: number, step: number): number {
  const direction = Math.sign(step) || 1;
  let found = from;
  let remaining = Math.abs(step);
  for (let i = from + direction; i >= 0 && i < rows.length && remaining > 0; i += direction) {
    if (rows[i]?.kind === 'control') {
      found = i;
      remaining -= 1;
    }
  }
  return found;
}

/** The virtualised checklist: thousands of rows stay smooth; arrows, j/k, Enter, Space and 1–5 drive it. */
export function ChecklistGrid(props: ChecklistGridProps) {
  const { rows, focused, selection, sort, gridRef } = props;
  const { t } = useTranslation();
  const baseId = useId();
  // TanStack Virtual hands out fresh functions each render; React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: (i) => rowHeight(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
    // The sticky header row sits above the virtual rows inside the same scroller.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  useEffect(() => {
    if (focused >= 0 && focused < rows.length) virtualizer.scrollToIndex(focused, { align: 'auto' });
  }, [focused, rows.length, virtualizer]);

  const domId = (row: Row | undefined) => (row ? `${baseId}-${row.key}` : undefined);
  const controlIds = new Set(rows.flatMap((r) => (r.kind === 'control' ? [r.control.controlId] : [])));
  const allSelected = controlIds.size > 0 && [...controlIds].every((id) => selection.has(id));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const start = focused < 0 ? -1 : focused;
    const move = (step: number) => props.onFocus(nextControl(rows, start, step));
    const row = rows[focused];
    if (event.key === 'ArrowDown' || event.key === 'j') move(1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(-1);
    else if (event.key === 'PageDown') move(10);
    else if (event.key === 'PageUp') move(-10);
    else if (event.key === 'Home') props.onFocus(nextControl(rows, -1, 1));
    else if (event.key === 'End') props.onFocus(nextControl(rows, rows.length, -1));
    else if (event.key === 'Enter' && row?.kind === 'control') props.onOpen(focused);
    else if (event.key === ' ' && row?.kind === 'control') props.onToggleSelect(row.control.controlId);
    else if (event.key === 'Escape') props.onClose();
    else if (/^[1-5]$/.test(event.key) && row?.kind === 'control') {
      props.onSetStatus(focused, CONTROL_STATUSES[Number(event.key) - 1] as ControlStatus);
    } else return;
    event.preventDefault();
  };

  const header = (
    <div className="cl-row cl-header" role="row" aria-rowindex={1}>
      <span className="cl-cell cl-select" role="columnheader">
        <input
          type="checkbox"
          checked={allSelected}
          aria-label={t('checklist.selectAll')}
          onChange={(e) => props.onSelectAll(e.target.checked)}
        />
      </span>
      {COLUMNS.map(({ column, key }) => (
        <span
          key={column}
          className={`cl-cell cl-col-${column}`}
          role="columnheader"
          aria-sort={sort.column === column ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
        >
          <button
            type="button"
            className="sort-button"
            onClick={() => props.onSort(column)}
            title={t('checklist.sortBy', { column: t(`checklist.${key}`) })}
          >
            {t(`checklist.${key}`)}
            <span aria-hidden="true" className="sort-mark">
              {sort.column === column ? (sort.direction === 1 ? '▲' : '▼') : ''}
            </span>
          </button>
        </span>
      ))}
    </div>
  );

  return (
    <div
      ref={gridRef}
      className="cl-scroll"
      role="grid"
      tabIndex={0}
      aria-label={t('checklist.gridLabel')}
      aria-rowcount={rows.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={focused >= 0 ? domId(rows[focused]) : undefined}
      onKeyDown={onKeyDown}
      data-testid="checklist-grid"
    >
      {header}
      <div role="rowgroup" className="cl-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              className="cl-slot"
              style={{ height: item.size, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
            >
              <ChecklistRow
                row={row}
                domId={domId(row) ?? ''}
                index={item.index}
                focused={item.index === focused}
                selected={row.kind === 'control' && selection.has(row.control.controlId)}
                onActivate={props.onOpen}
                onToggleSelect={props.onToggleSelect}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

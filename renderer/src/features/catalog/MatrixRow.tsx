import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixColumnGroup, MatrixRow as Row } from '../../../../shared/catalog/browse';
import { useFormat } from '../../i18n/format';

/** Width of one control's column, its 1-pixel gap included, and the gap between stage groups. */
export const CELL = 9;
export const GROUP_GAP = 8;

/** Heat level of a count: none in red, thin (≤ 2) in amber, the rest deepen with the number of controls. */
export function levelOf(count: number, thin: boolean): string {
  if (count === 0) return 'mx-level-none';
  if (thin) return 'mx-level-thin';
  if (count >= 10) return 'mx-level-3';
  if (count >= 6) return 'mx-level-2';
  return 'mx-level-1';
}

/**
 * Arrow keys inside the matrix: ←/→ along a row (its criterion, then its cells), ↑/↓ to the nearest
 * button of the row above or below. Cells are out of the Tab order so Tab walks the criteria only.
 */
function navigate(event: KeyboardEvent<HTMLDivElement>): void {
  const { key } = event;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) return;
  const active = document.activeElement;
  if (!(active instanceof HTMLButtonElement)) return;
  const row = event.currentTarget;
  let target: HTMLButtonElement | undefined;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const buttons = [...row.querySelectorAll('button')];
    target = buttons[buttons.indexOf(active) + (key === 'ArrowRight' ? 1 : -1)];
  } else {
    const rows = [...(row.parentElement?.querySelectorAll<HTMLDivElement>('.mx-row') ?? [])];
    const next = rows[rows.indexOf(row) + (key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      const x = active.getBoundingClientRect().left;
      let best = Infinity;
      for (const b of next.querySelectorAll('button')) {
        const d = Math.abs(b.getBoundingClientRect().left - x);
        if (d < best) [best, target] = [d, b];
      }
    }
  }
  if (!target) return;
  event.preventDefault();
  target.focus();
}

interface MatrixRowProps {
  row: Row;
  groups: readonly MatrixColumnGroup[];
  openControlId: string | null;
  onOpenControl: (id: string) => void;
  onOpenCriterion: (id: string) => void;
}

/** One criterion of the coverage matrix: id, title, count (with its heat colour), then one cell per control. */
export const MatrixRow = memo(function MatrixRow({
  row,
  groups,
  openControlId,
  onOpenControl,
  onOpenCriterion,
}: MatrixRowProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { criterion, count, thin } = row;
  const title = criterion.title[locale];
  return (
    <div className={`mx-row${thin ? ' mx-thin' : ''}`} data-criterion-id={criterion.id} onKeyDown={navigate}>
      <div className="mx-head">
        <button
          type="button"
          className="mx-crit"
          title={title}
          aria-label={t('catalogBrowser.rowLabel', { id: criterion.id, title, count })}
          onClick={() => onOpenCriterion(criterion.id)}
        >
          <span className="mono">{criterion.id}</span>
          <span className="mx-crit-title">{title}</span>
        </button>
        <span className={`mx-count ${levelOf(count, thin)}`} data-testid="matrix-count">
          {count}
          {thin && <span className="mx-thin-tag">{t('catalogBrowser.thin')}</span>}
        </span>
      </div>
      {groups.map((group, gi) => (
        <div key={group.stage} className="mx-seg" style={{ width: group.controls.length * CELL }}>
          {(row.cells[gi] ?? []).map((position) => {
            const control = group.controls[position];
            if (!control) return null;
            const label = t('catalogBrowser.cellLabel', {
              control: control.id,
              criterion: criterion.id,
              title: control.title[locale],
            });
            return (
              <button
                key={control.id}
                type="button"
                tabIndex={-1}
                className={`mx-cell${control.aiSpecific ? ' mx-ai' : ''}${openControlId === control.id ? ' mx-open' : ''}`}
                style={{ left: position * CELL }}
                title={label}
                aria-label={label}
                data-control-id={control.id}
                onClick={() => onOpenControl(control.id)}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
});

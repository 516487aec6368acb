import { useEffect, useRef, type RefObject } from 'react';
import type { JumpTarget } from '../../app/navigation';
import { NO_FILTERS, type Filters, type Row } from './rows';

interface JumpDeps {
  jump: JumpTarget | null;
  rows: Row[];
  ready: boolean;
  filters: Filters;
  setFilters: (f: Filters) => void;
  setFocusedKey: (key: string) => void;
  setPanelId: (id: string) => void;
  gridRef: RefObject<HTMLDivElement | null>;
}

/** A jump (Ctrl/Cmd+K or "Open in checklist") focuses its row, clearing filters that would hide it. */
export function useJump({
  jump,
  rows,
  ready,
  filters,
  setFilters,
  setFocusedKey,
  setPanelId,
  gridRef,
}: JumpDeps): void {
  const handled = useRef(0);
  useEffect(() => {
    if (!jump || jump.nonce === handled.current || !ready) return;
    if (jump.filters) {
      // Another screen asked for a filtered list (an ownership-matrix cell): show it from the top.
      handled.current = jump.nonce;
      setFilters({ ...NO_FILTERS, ...jump.filters });
      gridRef.current?.focus();
      return;
    }
    const matches = (key: string) =>
      jump.controlId ? key.endsWith(`/${jump.controlId}`) : key === `crit:${jump.criterionId ?? ''}`;
    const index = rows.findIndex((r) => matches(r.key));
    if (index < 0) {
      if (filters !== NO_FILTERS) setFilters(NO_FILTERS);
      else handled.current = jump.nonce;
      return;
    }
    handled.current = jump.nonce;
    const target = rows[index];
    const next = rows[index + 1];
    const focus = target?.kind === 'criterion' && next?.kind === 'control' ? next : target;
    if (focus) setFocusedKey(focus.key);
    if (jump.open && jump.controlId) setPanelId(jump.controlId);
    gridRef.current?.focus();
  }, [jump, rows, ready, filters, setFilters, setFocusedKey, setPanelId, gridRef]);
}

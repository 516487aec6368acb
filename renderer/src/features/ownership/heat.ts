import { OWNER_FUNCTIONS, type OwnerFunction } from '../../../../shared/domain';
import type { StageOwnership } from '../../../../shared/ownership/matrix';

/** The heat map's columns: each owner function, then named owners without a function, then no owner. */
export type HeatColumn = OwnerFunction | 'no_function' | 'unowned';
export const HEAT_COLUMNS: readonly HeatColumn[] = [...OWNER_FUNCTIONS, 'no_function', 'unowned'];

/** In-scope controls of a stage in one column. */
export function cellCount(stage: StageOwnership, column: HeatColumn): number {
  if (column === 'unowned') return stage.unownedControlIds.length;
  const byFunction = Object.values(stage.byFunction).reduce((a, b) => a + b, 0);
  if (column === 'no_function') return stage.controlIds.length - stage.unownedControlIds.length - byFunction;
  return stage.byFunction[column];
}

/** Lower bounds of heat levels 1–4: fixed bands, so a colour means the same count on every row and screen. */
export const HEAT_BANDS = [1, 3, 6, 11] as const;

/** Heat level 0–4 (0 = none); the colour only repeats what the number in the cell says. */
export function heatLevel(count: number): number {
  return HEAT_BANDS.filter((lower) => count >= lower).length;
}

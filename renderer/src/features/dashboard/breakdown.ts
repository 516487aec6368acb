import type { Locale } from '../../../../shared/format';
import type { ControlScore, CriterionScore, ScoreResult } from '../../../../shared/scoring/types';

export interface BreakdownRow {
  control: ControlScore;
  /** weight × design value. */
  product: number;
}

export interface Breakdown {
  rows: BreakdownRow[];
  /** Σ weight × value: the weighted mean's numerator. */
  sum: number;
  /** Σ weight: the denominator. */
  weight: number;
  excluded: string[];
}

/** The controls and weights behind one criterion's figure, exactly as scoreAssessment combined them. */
export function breakdownOf(criterion: CriterionScore, score: ScoreResult): Breakdown {
  const byId = new Map(score.controls.map((c) => [c.id, c]));
  const rows = criterion.controls
    .map((id) => byId.get(id))
    .filter((c): c is ControlScore => c !== undefined)
    .map((control) => ({ control, product: control.weight * (control.design ?? 0) }));
  return {
    rows,
    sum: rows.reduce((a, r) => a + r.product, 0),
    weight: criterion.weight,
    excluded: criterion.excluded,
  };
}

/** Numbers in the formula: at most two decimals, no trailing zeros; a decimal comma in French (`0,5`). */
export function plain(value: number, locale: Locale = 'en'): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** One line for a tooltip: `(2×1 + 1×0.5) ÷ 3`. */
export function formulaOf(b: Breakdown, locale: Locale = 'en'): string {
  if (b.rows.length === 0) return '0';
  const terms = b.rows.map((r) => `${r.control.weight}×${plain(r.control.design ?? 0, locale)}`).join(' + ');
  return `(${terms}) ÷ ${b.weight}`;
}

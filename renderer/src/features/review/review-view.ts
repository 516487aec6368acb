import type { ControlReview, ReviewView } from '../../../../shared/review/types';
import { CONCLUSIONS, type Conclusion } from '../../../../shared/sampling/conclude';

export type ReviewFilter = 'all' | 'to_test' | 'exceptions' | 'not_sampled';
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'to_test', 'exceptions', 'not_sampled'];

export function filterControls(controls: readonly ControlReview[], filter: ReviewFilter): ControlReview[] {
  switch (filter) {
    case 'all':
      return [...controls];
    case 'to_test':
      return controls.filter((c) => c.untested > 0);
    case 'exceptions':
      return controls.filter((c) => c.exceptions > 0);
    case 'not_sampled':
      return controls.filter((c) => c.conclusion === 'not_sampled');
  }
}

/** How many controls reached each conclusion, in the documented order. */
export function conclusionCounts(review: ReviewView): Array<{ conclusion: Conclusion; count: number }> {
  return CONCLUSIONS.map((conclusion) => ({
    conclusion,
    count: review.controls.filter((c) => c.conclusion === conclusion).length,
  }));
}

/** Controls that still have untested items. */
export function controlsToTest(review: ReviewView): number {
  return review.controls.filter((c) => c.untested > 0).length;
}

/** A sample item is a period start date, a day, or "event N"; the event number, when it is one. */
export function eventNumber(item: string): number | null {
  const m = /^event (\d+)$/.exec(item);
  return m ? Number(m[1]) : null;
}

import type { Frequency, IsoDate } from '../domain';
import type { ControlSamplePlan } from '../sampling/draw';
import type { SampleResult, SampleTally } from '../sampling/conclude';
import type { SampleSizeTable } from '../sampling/sizes';

export type ReviewStatus = 'in_progress' | 'completed';

/** What a review stores beside its seed (reviews.sample_table): the table used and each control's plan without items. */
export interface ReviewPlan {
  sizes: SampleSizeTable;
  windowStart: IsoDate;
  windowEnd: IsoDate | null;
  controls: Record<string, Omit<ControlSamplePlan, 'items'>>;
}

export interface ReviewSample {
  seq: number;
  /** Period start date, day, or "event N". */
  item: string;
  result: SampleResult;
  note: string;
  evidenceId: string | null;
  updatedAt: string;
}

export interface ControlReview extends SampleTally {
  controlId: string;
  frequency: Frequency;
  population: number;
  size: number;
  /** The table's size before pro-rating and the population cap. */
  base: number;
  prorated: boolean;
  /** Why nothing was sampled, when nothing was. */
  reason: ControlSamplePlan['reason'];
  samples: ReviewSample[];
}

export interface ReviewView {
  id: string;
  assessmentId: string;
  /** The date the elapsed window was measured to: the day the review started, capped at the window end. */
  asOf: IsoDate;
  /** Stored so anyone can redraw the same sample. */
  seed: string;
  status: ReviewStatus;
  startedAt: string;
  completedAt: string | null;
  sizes: SampleSizeTable;
  controls: ControlReview[];
  totals: { controls: number; items: number; tested: number; passed: number; exceptions: number; untested: number };
  /** The snapshot frozen when the review was completed. */
  snapshotId: string | null;
}

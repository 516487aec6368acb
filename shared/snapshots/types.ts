import type { Assessment, ControlStatus, Frequency, IsoDate } from '../domain';
import type { ControlCoverage } from '../coverage/coverage';
import type { Conclusion } from '../sampling/conclude';
import type { ScoreResult } from '../scoring/types';

export const SNAPSHOT_FORMAT = 'fieldwork-snapshot/1';

/** One control as frozen in a snapshot. */
export interface SnapshotControl {
  id: string;
  status: ControlStatus;
  frequency: Frequency;
  ownerName: string;
  design: number | null;
  coverage: number | null;
  operating: number | null;
  samplePassRate: number | null;
  /** Type II only: expected, evidenced, gaps and flags as of the snapshot's date. */
  coverageDetail: Omit<ControlCoverage, 'frequency' | 'elapsedFrom' | 'elapsedTo' | 'elapsedDays'> | null;
  /** The conclusion of the review the snapshot belongs to (or of the latest review), when the control was sampled. */
  conclusion: Conclusion | null;
}

/** The frozen JSON (snapshots.data). Read-only once written: the database refuses UPDATE and DELETE. */
export interface SnapshotData {
  format: typeof SNAPSHOT_FORMAT;
  assessment: Pick<
    Assessment,
    'id' | 'organisation' | 'systemName' | 'reportType' | 'categories' | 'windowStart' | 'windowEnd' | 'reviewDate' | 'catalogVersion'
  >;
  asOf: IsoDate;
  reviewId: string | null;
  score: ScoreResult;
  controls: SnapshotControl[];
}

export interface SnapshotSummary {
  id: string;
  assessmentId: string;
  reviewId: string | null;
  label: string;
  asOf: IsoDate;
  takenAt: string;
  design: number;
  operating: number | null;
}

export interface Snapshot extends SnapshotSummary {
  data: SnapshotData;
}

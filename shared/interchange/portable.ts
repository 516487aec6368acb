import type { ReportType } from '../domain';

/** Types of the portable assessment (.fwassess) shared by main, the IPC contract and the UI. */

export const DUPLICATE_CHOICES = ['copy', 'replace', 'cancel'] as const;
/** What to do when the workspace already holds the assessment being imported. */
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

export interface PortableAssessmentSummary {
  id: string;
  organisation: string;
  systemName: string;
  reportType: ReportType;
  updatedAt: string;
}

/** What a file holds, read before anything is imported. */
export interface PortablePreview {
  encrypted: boolean;
  exportedAt: string;
  generator: string;
  assessment: PortableAssessmentSummary;
  /** Records per table. */
  counts: Record<string, number>;
  evidenceBytes: number;
  /** The assessment with the same id already in this workspace, if any. */
  duplicate: Omit<PortableAssessmentSummary, 'reportType'> | null;
}

export interface PortableImportResult {
  status: 'imported' | 'cancelled';
  /** new: not here before; copy: kept both (new ids); replace: the one here was replaced. */
  mode: 'new' | 'copy' | 'replace' | null;
  assessmentId: string | null;
  records: number;
  /** Evidence files that were not yet in this workspace's store. */
  evidenceFilesStored: number;
}

export interface PortableExportSummary {
  path: string;
  encrypted: boolean;
  records: number;
  evidenceFiles: number;
}

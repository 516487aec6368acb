import type { ControlStatus, Frequency, OwnerFunction, PipelineStage } from '../domain';

/** The columns a control matrix can bring, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
  'id',
  'title',
  'description',
  'criteria',
  'status',
  'justification',
  'ownerName',
  'ownerFunction',
  'notes',
  'key',
  'stage',
  'frequency',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) feeds each field; a field left out is not imported. */
export type ColumnMapping = { [F in ImportField]?: number | undefined };

/** The bounds of one import: checked before anything else is read. */
export const IMPORT_LIMITS = {
  bytes: 50 * 1024 * 1024,
  rows: 20_000,
  columns: 300,
  /** Rows searched for the header. */
  headerScan: 30,
  sampleRows: 20,
  /** Issues listed one by one; every issue is still counted. */
  listedIssues: 1_000,
} as const;

/** One sheet of a file, as text cells (row-major, ragged rows allowed). */
export interface Grid {
  rows: string[][];
  /** Whether gaps in a group header row stand for a merged cell (CSV has no merges, so yes). */
  fillGroupGaps: boolean;
}

export interface HeaderGuess {
  /** 0-based index of the first header row. */
  start: number;
  /** 1, or 2 for a two-row header (group row above the column names). */
  count: 1 | 2;
  /** One label per column; `Column D` when the header cell is empty. */
  headers: string[];
  /** How strongly the labels name known fields (sum of the best matches); 0 when nothing matched. */
  score: number;
}

export interface FieldMatch {
  column: number;
  /** 0–1: how sure the proposal is. */
  score: number;
}

export type IssueSeverity = 'error' | 'warning';

export const ISSUE_CODES = [
  // errors: nothing is imported while any remains
  'invalid_id',
  'missing_title',
  'missing_criteria',
  'duplicate_id_conflict',
  'na_without_justification',
  'too_long',
  // warnings: the row is imported (or skipped) as described
  'unknown_criterion',
  'group_expanded',
  'range_expanded',
  'unknown_status',
  'status_interpreted',
  'duplicate_id_merged',
  'duplicate_title_in_file',
  'duplicate_title_checklist',
  'catalog_not_in_checklist',
  'catalog_mapping_kept',
  'out_of_scope_only',
  'owner_function_other',
  'unknown_key',
  'unknown_stage',
  'unknown_frequency',
  'id_normalised',
  'justification_from_notes',
  'section_row',
  'repeated_header',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const ERROR_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'invalid_id',
  'missing_title',
  'missing_criteria',
  'duplicate_id_conflict',
  'na_without_justification',
  'too_long',
]);

export interface ImportIssue {
  /** 1-based row number in the sheet, as a spreadsheet program shows it. */
  row: number;
  severity: IssueSeverity;
  code: IssueCode;
  field?: ImportField;
  /** Named values for the message (`{value}`, `{id}`, `{row}`…). */
  params: Record<string, string>;
  /** The English sentence (the CLI prints it; the UI translates by code and params). */
  message: string;
}

export interface ImportCounts {
  /** Rows below the header. */
  dataRows: number;
  emptyRows: number;
  sectionRows: number;
  repeatedHeaders: number;
  /** Rows merged into an earlier row with the same id. */
  mergedRows: number;
  /** Rows that name a catalog control outside this checklist: skipped. */
  skippedRows: number;
  /** Controls to add (custom controls). */
  creates: number;
  /** Controls of the checklist the file updates (catalog or custom). */
  updates: number;
  updatesCatalog: number;
  updatesCustom: number;
  errors: number;
  warnings: number;
}

export interface ImportReport {
  counts: ImportCounts;
  byCode: Partial<Record<IssueCode, number>>;
  /** Errors first, then warnings, each by row; at most IMPORT_LIMITS.listedIssues. */
  issues: ImportIssue[];
  /** True when no error remains: the import can be applied. */
  canApply: boolean;
}

/** A control the import adds as a custom control. `controlId` null: the next CUS-nn id. */
export interface PlannedCreate {
  row: number;
  controlId: string | null;
  title: string;
  description: string;
  criteria: string[];
  stage: PipelineStage;
  frequency: Frequency;
  status: ControlStatus;
  justification: string;
  ownerName: string;
  ownerFunction: OwnerFunction | null;
  notes: string;
  isKey: boolean;
}

/** Fields of an existing control the import sets; an absent field is left as it is. */
export interface PlannedUpdate {
  row: number;
  controlId: string;
  source: 'catalog' | 'custom';
  patch: {
    status?: ControlStatus;
    justification?: string;
    ownerName?: string;
    ownerFunction?: OwnerFunction | null;
    notes?: string;
    isKey?: boolean;
    title?: string;
    description?: string;
    criteria?: string[];
  };
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  report: ImportReport;
}

/** Step 1 of an import: what was read, and the proposed column mapping. */
export interface MatrixProposal {
  /** Names this read for the preview and apply steps. */
  token: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** Visible worksheets of an XLSX; `['']` for CSV. */
  sheets: string[];
  sheet: string;
  /** 1-based row number of the (first) header row, and how many rows the header spans. */
  headerRow: number;
  headerRows: 1 | 2;
  headers: string[];
  proposedMapping: ColumnMapping;
  /** 0–1 per proposed field. */
  confidence: Partial<Record<ImportField, number>>;
  /** The first data rows (cells cut at 200 characters), for the mapping step. */
  sampleRows: string[][];
  /** Rows below the header that hold anything. */
  rowCount: number;
  /** The first rows in short (their first filled cells), for choosing the header row by hand. */
  topRows: string[];
  /** Character encoding a CSV was read with (windows-1252 when it was not UTF-8). */
  encoding?: string;
}

/** Step 3: what an applied import wrote. */
export interface ImportSummary {
  created: number;
  updated: number;
  skipped: number;
  /** Ids of the controls added, in file order (the first 200). */
  createdIds: string[];
  report: ImportReport;
}

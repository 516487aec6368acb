import type { Assessment, AssessmentControl } from '../domain';
import type { RemediationItemView } from '../remediation/plan';
import type { CellValue, Sheet, SheetColumn } from './sheet';
import { FREQUENCY_LABELS, OWNER_FUNCTION_LABELS, STAGE_LABELS, STATUS_LABELS } from './vocabulary';

/**
 * The rows of the spreadsheet exports: the control matrix, the remediation plan and the About sheet.
 * Data in, rows out. The control matrix's headers and words are ones the importer reads back, so an
 * export re-imports unchanged (test/db/interchange-roundtrip.test.ts).
 */

export interface MatrixControl {
  control: AssessmentControl;
  /** Title and description shown in the checklist (catalog texts for catalog controls). */
  title: string;
  description: string;
  /** Design value 0–1; null when not applicable. */
  design: number | null;
  /** Type II evidence coverage 0–1; null when not measured. */
  coverage: number | null;
  evidenceCount: number;
}

export const MATRIX_COLUMNS: SheetColumn[] = [
  { header: 'Control ID', width: 14 },
  { header: 'Title', width: 48 },
  { header: 'Description', width: 60 },
  { header: 'SOC 2 criteria (TSC)', width: 22 },
  { header: 'Pipeline stage', width: 18 },
  { header: 'Frequency', width: 12 },
  { header: 'Key control', width: 11 },
  { header: 'Status', width: 22 },
  { header: 'Owner', width: 22 },
  { header: 'Owner function', width: 16 },
  { header: 'N/A justification', width: 36 },
  { header: 'Notes', width: 48 },
  { header: 'Design value', width: 12, format: 'percent' },
  { header: 'Evidence coverage', width: 12, format: 'percent' },
  { header: 'Linked evidence', width: 10, format: 'integer' },
  { header: 'Source', width: 10 },
];

export function controlMatrixSheet(controls: readonly MatrixControl[]): Sheet {
  return {
    name: 'Control matrix',
    columns: MATRIX_COLUMNS,
    rows: controls.map(({ control: c, title, description, design, coverage, evidenceCount }): CellValue[] => [
      c.controlId,
      title,
      description,
      c.criteria.join(', '),
      STAGE_LABELS[c.stage],
      FREQUENCY_LABELS[c.frequency],
      c.isKey ? 'Yes' : 'No',
      STATUS_LABELS[c.status],
      c.ownerName,
      c.ownerFunction ? OWNER_FUNCTION_LABELS[c.ownerFunction] : '',
      c.justification,
      c.notes,
      design,
      coverage,
      evidenceCount,
      c.source === 'catalog' ? (c.retired ? 'Catalog (retired)' : 'Catalog') : 'Custom',
    ]),
  };
}

const PRIORITY_LABELS = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;
const REMEDIATION_STATUS_LABELS = { open: 'Open', in_progress: 'In progress', done: 'Done' } as const;

export const REMEDIATION_COLUMNS: SheetColumn[] = [
  { header: 'Action', width: 60 },
  { header: 'Priority', width: 10 },
  { header: 'Status', width: 12 },
  { header: 'Owner', width: 22 },
  { header: 'Owner function', width: 16 },
  { header: 'Due date', width: 12 },
  { header: 'Overdue', width: 9 },
  { header: 'Controls', width: 28 },
  { header: 'Linked findings', width: 10, format: 'integer' },
  { header: 'Warnings', width: 48 },
  { header: 'Notes', width: 48 },
  { header: 'Created', width: 12 },
  { header: 'Closed', width: 12 },
  { header: 'Item ID', width: 38 },
];

/** The remediation plan in its working order (as main/services/remediation.ts lists it). */
export function remediationSheet(items: readonly RemediationItemView[]): Sheet {
  return {
    name: 'Remediation plan',
    columns: REMEDIATION_COLUMNS,
    rows: items.map((item): CellValue[] => [
      item.action,
      PRIORITY_LABELS[item.priority],
      REMEDIATION_STATUS_LABELS[item.status],
      item.ownerName,
      item.ownerFunction ? OWNER_FUNCTION_LABELS[item.ownerFunction] : '',
      item.dueDate ?? '',
      item.overdue ? 'Yes' : 'No',
      item.controlIds.join(', '),
      item.findingKeys.length,
      item.warnings.map((w) => w.message).join('\n'),
      item.notes,
      item.createdAt.slice(0, 10),
      item.closedAt?.slice(0, 10) ?? '',
      item.id,
    ]),
  };
}

export const EXPORT_WARNING =
  'This file was exported from Fieldwork, an internal SOC 2 readiness review: it is not an audit report and expresses no opinion. ' +
  "Text cells that began with =, +, -, @, a tab or a carriage return start with an apostrophe (') so that spreadsheet programs show them as text and never run them as formulas (text that already began with an apostrophe and one of those characters gets one more); Fieldwork removes that one apostrophe when the file is imported again.";

export interface AboutInput {
  assessment: Assessment;
  /** What the workbook holds, e.g. "Control matrix (160 controls)". */
  contents: string;
  generatedAt: string;
  appVersion: string;
  /** Type II: the date coverage was measured to. */
  coverageAsOf?: string | undefined;
  /** The workspace is encrypted and this file is not: the About sheet says so first. */
  fromEncryptedWorkspace?: boolean | undefined;
}

/** The first line of the About sheet of a workbook exported from an encrypted workspace. */
export const UNENCRYPTED_EXPORT_NOTE =
  'Exported from an encrypted Fieldwork workspace. This file is not encrypted: keep and share it with the same care as the workspace.';

/** The About sheet: which assessment, when, by what, and the export warning. */
export function aboutSheet(input: AboutInput): Sheet {
  const a = input.assessment;
  const rows: CellValue[][] = [
    ...(input.fromEncryptedWorkspace ? [['Not encrypted', UNENCRYPTED_EXPORT_NOTE]] : []),
    ['Organisation', a.organisation],
    ['System', a.systemName],
    ['Assessment ID', a.id],
    ['Report type', `Type ${a.reportType}`],
    ['Categories in scope', a.categories.join(', ')],
    ['Observation window', a.windowStart ? `${a.windowStart} to ${a.windowEnd ?? '(end not set)'}` : 'None (Type I)'],
    ['Review date', a.reviewDate ?? 'Not set'],
    ['Catalog version', a.catalogVersion],
    ['Contents', input.contents],
    ['Generated', input.generatedAt],
    ['Generated by', `Fieldwork ${input.appVersion}`],
  ];
  if (input.coverageAsOf) rows.push(['Coverage measured as of', input.coverageAsOf]);
  rows.push(['Warning', EXPORT_WARNING]);
  return {
    name: 'About',
    columns: [
      { header: 'Item', width: 24 },
      { header: 'Value', width: 100 },
    ],
    rows,
  };
}

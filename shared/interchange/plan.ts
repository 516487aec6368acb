import { cleanLine, isEmptyMarker } from './cells';
import { headerLabels } from './header-matcher';
import {
  ERROR_CODES,
  IMPORT_FIELDS,
  IMPORT_LIMITS,
  type ColumnMapping,
  type Grid,
  type ImportCounts,
  type ImportIssue,
  type ImportPlan,
  type IssueCode,
  type PlannedCreate,
  type PlannedUpdate,
} from './import-types';
import { readRow, type RowIssue, type RowValues } from './row-read';
import { FIELD_LABELS_EN, fillMessage, IMPORT_MESSAGES_EN } from './import-strings.en';
import { wordKey } from './vocabulary';

/**
 * Turns the rows of a matrix into the writes of an import, and the report a person reads before applying it.
 *
 * Decisions (the import is all-or-nothing: any error and nothing is written):
 * - A row whose id is a control of the checklist UPDATES that control. Catalog controls keep the catalog's
 *   title, description and criteria (only status, justification, owner, function, notes and key change);
 *   custom controls take the file's texts and criteria too. An empty cell leaves the field as it is.
 * - A row with an unknown id, or none, ADDS a custom control (none: the next CUS-nn id). It needs a title
 *   and at least one known criterion.
 * - A row naming a catalog control that is not in this checklist (its category is out of scope) is skipped.
 * - Rows with the same id are merged when they agree (criteria combined, as matrices list one row per
 *   mapping); when they disagree on a value it is an error.
 * - Not applicable needs a justification: the justification column, else the status cell's own reason
 *   (`N/A – no card data`), else the control's existing one, else the notes (reported), else an error.
 */

export interface ChecklistEntry {
  controlId: string;
  source: 'catalog' | 'custom';
  /** The title shown in the checklist (catalog title for catalog controls). */
  title: string;
  criteria: readonly string[];
  justification: string;
  notes: string;
}

export interface ImportContext {
  checklist: readonly ChecklistEntry[];
  /** Every control id of the catalog (in scope or not). */
  catalogIds: ReadonlySet<string>;
  inScopeCriteria: ReadonlySet<string>;
}

const MERGED_FIELDS = [
  'title',
  'description',
  'status',
  'justification',
  'ownerName',
  'ownerFunction',
  'notes',
  'isKey',
  'stage',
  'frequency',
] as const;
type MergedField = (typeof MERGED_FIELDS)[number];

function issue(
  row: number,
  code: IssueCode,
  params: Record<string, string> = {},
  field?: RowIssue['field'],
): ImportIssue {
  const all = { row: String(row), ...params, ...(field ? { fieldLabel: FIELD_LABELS_EN[field] } : {}) };
  return {
    row,
    severity: ERROR_CODES.has(code) ? 'error' : 'warning',
    code,
    ...(field ? { field } : {}),
    params: all,
    message: fillMessage(IMPORT_MESSAGES_EN[code], all),
  };
}

function mergeInto(first: RowValues, next: RowValues): MergedField[] {
  const conflicts: MergedField[] = [];
  for (const field of MERGED_FIELDS) {
    const a = first[field];
    const b = next[field];
    if (b === undefined) continue;
    if (a === undefined) (first as unknown as Record<string, unknown>)[field] = b;
    else if (typeof a === 'string' && typeof b === 'string' ? wordKey(a) !== wordKey(b) : a !== b)
      conflicts.push(field);
  }
  return conflicts;
}

/** Every mapped cell empty or a "nothing here" marker (—, N/A, TBD…). */
function isBlank(cells: readonly string[], columns: readonly number[]): boolean {
  return columns.every((c) => isEmptyMarker(cells[c] ?? ''));
}

const NOTE_PREFIX = 'Imported status: ';

function withStatusNote(notes: string | undefined, base: string, unknown: string | undefined): string | undefined {
  if (unknown === undefined) return notes;
  const line = `${NOTE_PREFIX}${unknown}`;
  const current = notes ?? base;
  return current.split('\n').includes(line) ? current : current ? `${current}\n${line}` : line;
}

/** Builds the plan: what would be created and updated, and the validation report. Pure. */
export function planImport(
  grid: Grid,
  header: { start: number; count: 1 | 2 },
  mapping: ColumnMapping,
  context: ImportContext,
): ImportPlan {
  const issues: ImportIssue[] = [];
  const counts: ImportCounts = {
    dataRows: 0,
    emptyRows: 0,
    sectionRows: 0,
    repeatedHeaders: 0,
    mergedRows: 0,
    skippedRows: 0,
    creates: 0,
    updates: 0,
    updatesCatalog: 0,
    updatesCustom: 0,
    errors: 0,
    warnings: 0,
  };
  const mapped = [...new Set(IMPORT_FIELDS.flatMap((f) => (mapping[f] === undefined ? [] : [mapping[f]])))];
  const headerRow = headerLabels(grid, header.start + header.count - 1, 1).map((h) => wordKey(h));
  const checklist = new Map(context.checklist.map((c) => [c.controlId.toUpperCase(), c]));
  const checklistTitles = new Map(context.checklist.map((c) => [wordKey(c.title), c.controlId]));

  const primaries: RowValues[] = [];
  const byId = new Map<string, RowValues>();
  for (let r = header.start + header.count; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const rowNo = r + 1;
    counts.dataRows += 1;
    if (isBlank(cells, mapped)) {
      counts.emptyRows += 1;
      continue;
    }
    if (mapped.length > 1 && mapped.every((c) => wordKey(cells[c] ?? '') === (headerRow[c] ?? ''))) {
      counts.repeatedHeaders += 1;
      issues.push(issue(rowNo, 'repeated_header'));
      continue;
    }
    const filled = cells.map((c) => cleanLine(c)).filter((c) => c !== '');
    const idCell = mapping.id === undefined ? '' : cleanLine(cells[mapping.id] ?? '').toUpperCase();
    if (filled.length === 1 && !checklist.has(idCell)) {
      counts.sectionRows += 1;
      issues.push(issue(rowNo, 'section_row', { value: filled[0] ?? '' }));
      continue;
    }
    const rowIssues: RowIssue[] = [];
    const values = readRow(cells, rowNo, mapping, rowIssues);
    for (const i of rowIssues) issues.push(issue(rowNo, i.code, i.params, i.field));
    const first = values.id === null ? undefined : byId.get(values.id);
    if (!first) {
      if (values.id !== null) byId.set(values.id, values);
      primaries.push(values);
      continue;
    }
    const conflicts = mergeInto(first, values);
    if (conflicts.length > 0) {
      issues.push(
        issue(rowNo, 'duplicate_id_conflict', {
          id: values.id ?? '',
          firstRow: String(first.row),
          fields: conflicts.map((f) => FIELD_LABELS_EN[f === 'isKey' ? 'key' : f]).join(', '),
        }),
      );
      continue;
    }
    for (const id of values.criteria.ids) if (!first.criteria.ids.includes(id)) first.criteria.ids.push(id);
    first.criteriaGiven ||= values.criteriaGiven;
    counts.mergedRows += 1;
    issues.push(issue(rowNo, 'duplicate_id_merged', { id: values.id ?? '', firstRow: String(first.row) }));
  }

  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const titlesInFile = new Map<string, number>();
  for (const v of primaries) {
    const existing = v.id === null ? undefined : checklist.get(v.id);
    if (!existing && v.id !== null && context.catalogIds.has(v.id)) {
      counts.skippedRows += 1;
      issues.push(issue(v.row, 'catalog_not_in_checklist', { id: v.id }));
      continue;
    }
    const justification = resolveJustification(v, existing, issues);
    if (existing) {
      updates.push(planUpdate(v, existing, justification, issues));
      continue;
    }
    if (v.title === undefined) issues.push(issue(v.row, 'missing_title'));
    if (v.criteria.ids.length === 0) issues.push(issue(v.row, 'missing_criteria'));
    else if (!v.criteria.ids.some((id) => context.inScopeCriteria.has(id)))
      issues.push(issue(v.row, 'out_of_scope_only', { value: v.criteria.ids.join(', ') }));
    if (v.title !== undefined) {
      const key = wordKey(v.title);
      const seen = titlesInFile.get(key);
      const inChecklist = checklistTitles.get(key);
      if (seen !== undefined)
        issues.push(issue(v.row, 'duplicate_title_in_file', { value: v.title, firstRow: String(seen) }));
      else titlesInFile.set(key, v.row);
      if (inChecklist !== undefined)
        issues.push(issue(v.row, 'duplicate_title_checklist', { value: v.title, id: inChecklist }));
    }
    creates.push({
      row: v.row,
      controlId: v.id,
      title: v.title ?? '',
      description: v.description ?? '',
      criteria: v.criteria.ids,
      stage: v.stage ?? 'organisation_wide',
      frequency: v.frequency ?? 'quarterly',
      status: v.status ?? 'not_assessed',
      justification: justification ?? '',
      ownerName: v.ownerName ?? '',
      ownerFunction: v.ownerFunction ?? null,
      notes: withStatusNote(v.notes, '', v.unknownStatus) ?? '',
      isKey: v.isKey ?? false,
    });
  }

  // Rows with an error are left out of the counts: they would not be written even after the others are fixed.
  const failed = new Set(issues.filter((i) => ERROR_CODES.has(i.code)).map((i) => i.row));
  const validCreates = creates.filter((c) => !failed.has(c.row));
  const validUpdates = updates.filter((u) => !failed.has(u.row));
  counts.creates = validCreates.length;
  counts.updates = validUpdates.length;
  counts.updatesCatalog = validUpdates.filter((u) => u.source === 'catalog').length;
  counts.updatesCustom = validUpdates.filter((u) => u.source === 'custom').length;
  return { creates: validCreates, updates: validUpdates, report: summarise(issues, counts) };
}

function resolveJustification(
  v: RowValues,
  existing: ChecklistEntry | undefined,
  issues: ImportIssue[],
): string | undefined {
  if (v.status !== 'not_applicable') return v.justification;
  const own = v.justification ?? v.statusReason;
  if (own !== undefined) return own;
  if (existing && existing.justification.trim() !== '') return undefined;
  if (v.notes !== undefined) {
    issues.push(issue(v.row, 'justification_from_notes'));
    return v.notes;
  }
  issues.push(issue(v.row, 'na_without_justification'));
  return undefined;
}

function planUpdate(
  v: RowValues,
  existing: ChecklistEntry,
  justification: string | undefined,
  issues: ImportIssue[],
): PlannedUpdate {
  const patch: PlannedUpdate['patch'] = {};
  if (v.status !== undefined) patch.status = v.status;
  if (justification !== undefined) patch.justification = justification;
  if (v.ownerName !== undefined) patch.ownerName = v.ownerName;
  if (v.ownerFunction !== undefined) patch.ownerFunction = v.ownerFunction;
  const notes = withStatusNote(v.notes, existing.notes, v.unknownStatus);
  if (notes !== undefined) patch.notes = notes;
  if (v.isKey !== undefined) patch.isKey = v.isKey;
  if (existing.source === 'custom') {
    if (v.title !== undefined) patch.title = v.title;
    if (v.description !== undefined) patch.description = v.description;
    if (v.criteria.ids.length > 0) patch.criteria = v.criteria.ids;
  } else if (v.criteria.ids.length > 0 && !sameSet(v.criteria.ids, existing.criteria)) {
    issues.push(
      issue(v.row, 'catalog_mapping_kept', {
        id: existing.controlId,
        catalogCriteria: existing.criteria.join(', '),
        value: v.criteria.ids.join(', '),
      }),
    );
  }
  return { row: v.row, controlId: existing.controlId, source: existing.source, patch };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function summarise(issues: ImportIssue[], counts: ImportCounts): ImportPlan['report'] {
  const byCode: Partial<Record<IssueCode, number>> = {};
  for (const i of issues) byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  counts.errors = issues.filter((i) => i.severity === 'error').length;
  counts.warnings = issues.length - counts.errors;
  const ordered = [...issues].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || a.row - b.row,
  );
  return { counts, byCode, issues: ordered.slice(0, IMPORT_LIMITS.listedIssues), canApply: counts.errors === 0 };
}

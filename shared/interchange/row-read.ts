import { LIMITS } from '../assessment-input';
import type { ControlStatus, Frequency, OwnerFunction, PipelineStage } from '../domain';
import { cleanBlock, cleanLine, isEmptyMarker } from './cells';
import { parseCriteria, type ParsedCriteria } from './criteria';
import type { ColumnMapping, ImportField, IssueCode } from './import-types';
import {
  FREQUENCY_WORDS,
  OWNER_FUNCTION_WORDS,
  readKey,
  STAGE_WORDS,
  STATUS_LABELS,
  STATUS_WORDS,
  wordKey,
} from './vocabulary';

/** One data row read through the mapping: each value normalised, `undefined` when the cell is empty. */
export interface RowValues {
  row: number;
  /** Upper-case id, or null when the row has none. */
  id: string | null;
  title?: string;
  description?: string;
  criteria: ParsedCriteria;
  /** Whether the criteria cell held anything at all. */
  criteriaGiven: boolean;
  status?: ControlStatus;
  /** The status cell's own justification: `N/A – no customer data`. */
  statusReason?: string;
  /** Original wording of a status that was not recognised (kept in the notes). */
  unknownStatus?: string;
  justification?: string;
  ownerName?: string;
  ownerFunction?: OwnerFunction;
  notes?: string;
  isKey?: boolean;
  stage?: PipelineStage;
  frequency?: Frequency;
}

export interface RowIssue {
  code: IssueCode;
  field?: ImportField;
  params: Record<string, string>;
}

const ID_PATTERN = /^[A-Z0-9][A-Z0-9._\-/#]*$/;
const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  title: LIMITS.controlTitle,
  description: LIMITS.controlDescription,
  notes: LIMITS.notes,
  justification: LIMITS.justification,
  ownerName: LIMITS.ownerName,
};

/** Status words, plus `N/A – reason` (the reason becomes the justification) and `Implemented (with exceptions)`. */
export function readStatus(cell: string): {
  status?: ControlStatus;
  reason?: string;
  interpreted?: boolean;
  unknown?: string;
} {
  const text = cleanLine(cell);
  const key = wordKey(text);
  if (key === '' || (isEmptyMarker(text) && !STATUS_WORDS.has(key))) return {};
  const exact = STATUS_WORDS.get(key);
  if (exact) return { status: exact };
  const na = /^(n\/a|n\.a\.?|na|not applicable)\s*(?:[-–—:;,(]|\s)\s*(.+?)\)?$/i.exec(text);
  if (na?.[2]) return { status: 'not_applicable', reason: na[2].trim() };
  let best: { status: ControlStatus; length: number } | null = null;
  for (const [word, status] of STATUS_WORDS) {
    if (word.length > 1 && key.startsWith(`${word} `) && (!best || word.length > best.length))
      best = { status, length: word.length };
  }
  return best ? { status: best.status, interpreted: true } : { unknown: text };
}

function vocabulary<T>(words: ReadonlyMap<string, T>, cell: string): { value?: T; unknown?: string } {
  if (isEmptyMarker(cell)) return {};
  const value = words.get(wordKey(cell));
  return value === undefined ? { unknown: cleanLine(cell) } : { value };
}

/** Reads one row; issues about its cells go to `issues`. */
export function readRow(cells: readonly string[], row: number, mapping: ColumnMapping, issues: RowIssue[]): RowValues {
  const raw = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '');
  };
  const line = (field: ImportField) => (isEmptyMarker(raw(field)) ? undefined : cleanLine(raw(field)) || undefined);
  const block = (field: ImportField) => (isEmptyMarker(raw(field)) ? undefined : cleanBlock(raw(field)) || undefined);
  const values: RowValues = {
    row,
    id: readId(raw('id'), issues),
    criteria: parseCriteria(raw('criteria')),
    criteriaGiven: !isEmptyMarker(raw('criteria')),
  };

  const texts = {
    title: line('title'),
    description: block('description'),
    justification: block('justification'),
    ownerName: line('ownerName'),
    notes: block('notes'),
  };
  for (const [field, value] of Object.entries(texts) as [ImportField, string | undefined][]) {
    const limit = TEXT_LIMITS[field];
    if (value !== undefined && limit !== undefined && value.length > limit) {
      issues.push({ code: 'too_long', field, params: { length: String(value.length), limit: String(limit) } });
    }
  }
  Object.assign(values, Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)));

  for (const token of values.criteria.unknown)
    issues.push({ code: 'unknown_criterion', field: 'criteria', params: { value: token } });
  for (const note of values.criteria.notes) {
    issues.push({
      code: note.kind === 'group' ? 'group_expanded' : 'range_expanded',
      field: 'criteria',
      params: { value: note.token, expanded: note.expanded.join(', ') },
    });
  }

  const status = readStatus(raw('status'));
  if (status.status) values.status = status.status;
  if (status.reason) values.statusReason = status.reason;
  if (status.interpreted && status.status) {
    issues.push({
      code: 'status_interpreted',
      field: 'status',
      params: { value: cleanLine(raw('status')), status: STATUS_LABELS[status.status], statusKey: status.status },
    });
  }
  if (status.unknown) {
    values.unknownStatus = status.unknown;
    issues.push({ code: 'unknown_status', field: 'status', params: { value: status.unknown } });
  }

  const fn = vocabulary(OWNER_FUNCTION_WORDS, raw('ownerFunction'));
  if (fn.value) values.ownerFunction = fn.value;
  if (fn.unknown) {
    values.ownerFunction = 'other';
    issues.push({ code: 'owner_function_other', field: 'ownerFunction', params: { value: fn.unknown } });
  }
  if (!isEmptyMarker(raw('key'))) {
    const key = readKey(raw('key'));
    if (key === undefined) issues.push({ code: 'unknown_key', field: 'key', params: { value: cleanLine(raw('key')) } });
    else values.isKey = key;
  }
  const stage = vocabulary(STAGE_WORDS, raw('stage'));
  if (stage.value) values.stage = stage.value;
  if (stage.unknown) issues.push({ code: 'unknown_stage', field: 'stage', params: { value: stage.unknown } });
  const frequency = vocabulary(FREQUENCY_WORDS, raw('frequency'));
  if (frequency.value) values.frequency = frequency.value;
  if (frequency.unknown)
    issues.push({ code: 'unknown_frequency', field: 'frequency', params: { value: frequency.unknown } });
  return values;
}

/** `ac-01 ` → `AC-01`; `AC 01` → `AC-01` (reported); dash look-alikes → `-`. Null when empty. */
function readId(cell: string, issues: RowIssue[]): string | null {
  if (isEmptyMarker(cell)) return null;
  const text = cleanLine(cell)
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const id = text.replace(/\s+/g, '-');
  if (id !== text) issues.push({ code: 'id_normalised', field: 'id', params: { value: text, id } });
  if (id.length > 40 || !ID_PATTERN.test(id)) {
    issues.push({ code: 'invalid_id', field: 'id', params: { value: cleanLine(cell) } });
    return null;
  }
  return id;
}

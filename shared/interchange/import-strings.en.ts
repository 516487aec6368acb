import type { ImportField, IssueCode } from './import-types';

/**
 * The English sentences of the import report (the command line prints them; the UI translates by code
 * with the same `{name}` parameters). Every sentence starts from the row, so a person can find it.
 */
export const IMPORT_MESSAGES_EN: Record<IssueCode, string> = {
  invalid_id:
    'Row {row}: the id “{value}” cannot be used; an id is up to 40 letters, digits, dots, dashes, slashes or underscores.',
  missing_title: 'Row {row}: this new control has no title; add one in the title column.',
  missing_criteria:
    'Row {row}: this new control maps to no known Trust Services Criterion; give it at least one (for example CC6.1).',
  duplicate_id_conflict:
    'Row {row}: {id} is also on row {firstRow} with a different {fields}; keep one row, or give the rows different ids.',
  na_without_justification:
    'Row {row}: marked not applicable without a justification; write why in the justification or notes column.',
  too_long: 'Row {row}: the {fieldLabel} is {length} characters long; the limit is {limit}.',
  unknown_criterion: 'Row {row}: “{value}” is not a Trust Services Criterion id; it was left out.',
  group_expanded: 'Row {row}: the group “{value}” was read as all of its criteria: {expanded}.',
  range_expanded: 'Row {row}: the range “{value}” was read as {expanded}.',
  unknown_status:
    'Row {row}: the status “{value}” is not recognised; it was not used as a status and is kept in the notes instead.',
  status_interpreted: 'Row {row}: the status “{value}” was read as “{status}”.',
  duplicate_id_merged:
    'Row {row}: {id} is also on row {firstRow}; the two rows were merged and their criteria combined.',
  duplicate_title_in_file:
    'Row {row}: the title “{value}” is also on row {firstRow}; both rows become separate controls.',
  duplicate_title_checklist:
    'Row {row}: the title “{value}” is the title of {id}, already in the checklist; a second control is added.',
  catalog_not_in_checklist:
    'Row {row}: {id} is a catalog control outside this assessment’s scope; the row was skipped.',
  catalog_mapping_kept:
    'Row {row}: {id} is a catalog control, so it keeps the catalog’s criteria ({catalogCriteria}); the file’s {value} was not used.',
  out_of_scope_only:
    'Row {row}: this control maps only to criteria outside the assessment’s scope ({value}); it joins the checklist but does not count in the score.',
  owner_function_other: 'Row {row}: the owner function “{value}” is not one Fieldwork knows; it was recorded as Other.',
  unknown_key: 'Row {row}: “{value}” in the key-control column is neither yes nor no; it was not used.',
  unknown_stage: 'Row {row}: the stage “{value}” is not recognised; a new control gets Organisation-wide.',
  unknown_frequency: 'Row {row}: the frequency “{value}” is not recognised; a new control gets Quarterly.',
  id_normalised: 'Row {row}: the id “{value}” was read as {id}.',
  justification_from_notes: 'Row {row}: marked not applicable; its notes were used as the justification.',
  section_row: 'Row {row}: “{value}” looks like a section heading; the row was skipped.',
  repeated_header: 'Row {row}: a repeat of the header row; it was skipped.',
};

export const FIELD_LABELS_EN: Record<ImportField, string> = {
  id: 'control id',
  title: 'title',
  description: 'description',
  criteria: 'SOC 2 criteria',
  status: 'status',
  justification: 'N/A justification',
  ownerName: 'owner',
  ownerFunction: 'owner function',
  notes: 'notes',
  key: 'key control',
  stage: 'stage',
  frequency: 'frequency',
};

export function fillMessage(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

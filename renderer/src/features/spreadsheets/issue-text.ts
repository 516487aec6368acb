import type { TFunction } from 'i18next';
import type { ImportIssue, IssueCode } from '../../../../shared/interchange/import-types';

/** The i18n key of each issue code (i18next reads `_x` in a key as a context, so the keys are camelCase). */
const ISSUE_KEYS = {
  invalid_id: 'spreadsheets.issue.invalidId',
  missing_title: 'spreadsheets.issue.missingTitle',
  missing_criteria: 'spreadsheets.issue.missingCriteria',
  duplicate_id_conflict: 'spreadsheets.issue.duplicateIdConflict',
  na_without_justification: 'spreadsheets.issue.naWithoutJustification',
  too_long: 'spreadsheets.issue.tooLong',
  unknown_criterion: 'spreadsheets.issue.unknownCriterion',
  group_expanded: 'spreadsheets.issue.groupExpanded',
  range_expanded: 'spreadsheets.issue.rangeExpanded',
  unknown_status: 'spreadsheets.issue.unknownStatus',
  status_interpreted: 'spreadsheets.issue.statusInterpreted',
  duplicate_id_merged: 'spreadsheets.issue.duplicateIdMerged',
  duplicate_title_in_file: 'spreadsheets.issue.duplicateTitleInFile',
  duplicate_title_checklist: 'spreadsheets.issue.duplicateTitleChecklist',
  catalog_not_in_checklist: 'spreadsheets.issue.catalogNotInChecklist',
  catalog_mapping_kept: 'spreadsheets.issue.catalogMappingKept',
  out_of_scope_only: 'spreadsheets.issue.outOfScopeOnly',
  owner_function_other: 'spreadsheets.issue.ownerFunctionOther',
  unknown_key: 'spreadsheets.issue.unknownKey',
  unknown_stage: 'spreadsheets.issue.unknownStage',
  unknown_frequency: 'spreadsheets.issue.unknownFrequency',
  id_normalised: 'spreadsheets.issue.idNormalised',
  justification_from_notes: 'spreadsheets.issue.justificationFromNotes',
  section_row: 'spreadsheets.issue.sectionRow',
  repeated_header: 'spreadsheets.issue.repeatedHeader',
} as const satisfies Record<IssueCode, string>;

/** An issue of the import report in the UI's language: its code picks the sentence, its params fill it. */
export function issueText(t: TFunction, issue: ImportIssue): string {
  const params: Record<string, string> = { ...issue.params };
  if (issue.field) params.fieldLabel = t(`spreadsheets.field.${issue.field}`).toLowerCase();
  const status = issue.params.statusKey;
  if (
    status === 'implemented' ||
    status === 'partial' ||
    status === 'not_implemented' ||
    status === 'not_applicable' ||
    status === 'not_assessed'
  ) {
    params.status = t(`statusLong.${status}`);
  }
  // The typed t() has no overload for a dictionary of parameters; these are the names the sentences use.
  return t(ISSUE_KEYS[issue.code], params as { value?: string });
}

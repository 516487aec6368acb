import {
  validateAssessmentInput,
  type AssessmentInput,
  type ValidationIssue,
} from '../../../../shared/assessment-input';
import { defaultReviewDate, isIsoDate } from '../../../../shared/dates';
import type { Assessment, CategoryKey, ReportType } from '../../../../shared/domain';
import en from '../../i18n/en';

/** What the scope form holds while the user types (dates as the date inputs give them). */
export interface FormState {
  organisation: string;
  systemName: string;
  reportType: ReportType;
  categories: CategoryKey[];
  windowStart: string;
  windowEnd: string;
  reviewDate: string;
  /** The user typed a review date: stop deriving it from the window start. */
  reviewEdited: boolean;
  assessors: string;
}

export type FieldName = ValidationIssue['field'];

export const EMPTY_FORM: FormState = {
  organisation: '',
  systemName: '',
  reportType: 'II',
  categories: ['security'],
  windowStart: '',
  windowEnd: '',
  reviewDate: '',
  reviewEdited: false,
  assessors: '',
};

export function formFromAssessment(a: Assessment): FormState {
  const derived = a.windowStart ? defaultReviewDate(a.windowStart) : null;
  return {
    organisation: a.organisation,
    systemName: a.systemName,
    reportType: a.reportType,
    categories: [...a.categories],
    windowStart: a.windowStart ?? '',
    windowEnd: a.windowEnd ?? '',
    reviewDate: a.reviewDate ?? '',
    reviewEdited: a.reviewDate !== null && a.reviewDate !== derived,
    assessors: a.assessors.join('\n'),
  };
}

/** Names separated by commas or new lines. */
export function splitAssessors(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A new window start re-derives the review date unless the user set it by hand. */
export function withWindowStart(state: FormState, windowStart: string): FormState {
  if (state.reviewEdited) return { ...state, windowStart };
  return { ...state, windowStart, reviewDate: isIsoDate(windowStart) ? defaultReviewDate(windowStart) : '' };
}

export function toInput(state: FormState): AssessmentInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const typeTwo = state.reportType === 'II';
  return {
    organisation: state.organisation,
    systemName: state.systemName,
    reportType: state.reportType,
    categories: state.categories,
    windowStart: typeTwo ? orNull(state.windowStart) : null,
    windowEnd: typeTwo ? orNull(state.windowEnd) : null,
    reviewDate: orNull(state.reviewDate),
    assessors: splitAssessors(state.assessors),
  };
}

type ValidationKey = keyof (typeof en)['validation'];

const DATE_FIELDS = new Set<FieldName>(['windowStart', 'windowEnd', 'reviewDate']);

/** The i18n key (`validation.<code>`) for one issue of validateAssessmentInput; null for a code we do not know. */
export function issueKey(issue: ValidationIssue, state: FormState): ValidationKey | null {
  if (issue.code !== 'invalid') return issue.code in en.validation ? (issue.code as ValidationKey) : null;
  // Schema-level issues all share the code `invalid`; say which rule failed.
  if (DATE_FIELDS.has(issue.field)) return 'invalidDate';
  if ((issue.field === 'organisation' || issue.field === 'systemName') && state[issue.field].trim() === '')
    return 'required';
  if (issue.field === 'organisation' || issue.field === 'systemName' || issue.field === 'assessors') return 'tooLong';
  return 'invalid';
}

/** Codes validateAssessmentInput gives to schema-level issues, after which it checks nothing else. */
const SCHEMA_CODES = new Set(['invalid', 'required']);

/** Stand-ins for fields the schema rejected, so the cross-field rules can still be checked. */
const NEUTRAL: Partial<AssessmentInput> = {
  organisation: 'x',
  systemName: 'x',
  categories: [],
  windowStart: null,
  windowEnd: null,
  reviewDate: null,
  assessors: [],
};

/**
 * Every issue the form has, with validateAssessmentInput's rules. That function stops at the first
 * schema-level problem (an empty name, say); for live feedback we also run the cross-field rules with the
 * rejected fields stood in for, so the window and review-date messages show up at the same time.
 */
export function formIssues(state: FormState): ValidationIssue[] {
  const input = toInput(state);
  const first = validateAssessmentInput(input);
  if (first.ok) return [];
  const schemaLevel = first.issues.some((i) => SCHEMA_CODES.has(i.code));
  if (!schemaLevel) return first.issues;
  const rejected = new Set(first.issues.map((i) => i.field));
  const patched: AssessmentInput = { ...input };
  for (const field of rejected) Object.assign(patched, { [field]: NEUTRAL[field] });
  const second = validateAssessmentInput(patched);
  return [...first.issues, ...(second.ok ? [] : second.issues.filter((i) => !rejected.has(i.field)))];
}

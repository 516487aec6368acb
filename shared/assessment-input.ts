import { z } from 'zod';
import { CATEGORY_KEYS, REPORT_TYPES, type CategoryKey } from './domain';
import { compareDates, daysBetween, defaultReviewDate, isIsoDate, REVIEW_OFFSET_DAYS } from './dates';

/** Limits on free text, so that a pasted document cannot bloat the workspace or the report. */
export const LIMITS = {
  name: 200,
  assessor: 120,
  assessors: 20,
  notes: 20_000,
  justification: 4_000,
  ownerName: 120,
  controlTitle: 300,
  controlDescription: 4_000,
} as const;

/** Type II observation windows run from 60 days (the review must fit inside) to 12 months. */
export const MIN_WINDOW_DAYS = REVIEW_OFFSET_DAYS;
export const MAX_WINDOW_DAYS = 366;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (for example 2026-09-01)' });
const optionalDate = isoDate.nullable().optional();

export const assessmentInputSchema = z.strictObject({
  organisation: z.string().trim().min(1, 'is required').max(LIMITS.name, `must be at most ${LIMITS.name} characters`),
  systemName: z.string().trim().min(1, 'is required').max(LIMITS.name, `must be at most ${LIMITS.name} characters`),
  reportType: z.enum(REPORT_TYPES, { message: 'must be Type I or Type II' }),
  categories: z
    .array(z.enum(CATEGORY_KEYS, { message: `must be among ${CATEGORY_KEYS.join(', ')}` }))
    .max(CATEGORY_KEYS.length),
  windowStart: optionalDate,
  windowEnd: optionalDate,
  reviewDate: optionalDate,
  assessors: z
    .array(z.string().trim().min(1, 'must not be blank').max(LIMITS.assessor, `must be at most ${LIMITS.assessor} characters each`))
    .max(LIMITS.assessors, `must list at most ${LIMITS.assessors} people`)
    .default([]),
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;

export interface NormalisedAssessmentInput {
  organisation: string;
  systemName: string;
  reportType: 'I' | 'II';
  categories: CategoryKey[];
  windowStart: string | null;
  windowEnd: string | null;
  reviewDate: string | null;
  assessors: string[];
}

export interface ValidationIssue {
  field: keyof NormalisedAssessmentInput;
  /** Stable code; the UI translates `validation.<code>`. */
  code: string;
  /** English text, used by the command line and as the fallback. */
  message: string;
  params?: Record<string, string | number>;
}

export type ValidationResult =
  | { ok: true; value: NormalisedAssessmentInput }
  | { ok: false; issues: ValidationIssue[] };

/** Security is always in scope; categories come back unique and in canonical order. */
export function normaliseCategories(categories: readonly CategoryKey[]): CategoryKey[] {
  const wanted = new Set<CategoryKey>(['security', ...categories]);
  return CATEGORY_KEYS.filter((c) => wanted.has(c));
}

/** How each field is named in messages for people (the UI shows its own translated labels). */
const FIELD_LABELS: Record<ValidationIssue['field'], string> = {
  organisation: 'Organisation',
  systemName: 'System name',
  reportType: 'Report type',
  categories: 'Categories',
  windowStart: 'Observation window start',
  windowEnd: 'Observation window end',
  reviewDate: 'Review date',
  assessors: 'Assessors',
};

/** Checks an assessment's scope fields together, with messages a user can act on. */
export function validateAssessmentInput(raw: unknown): ValidationResult {
  const parsed = assessmentInputSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const field = (key in FIELD_LABELS ? key : 'organisation') as ValidationIssue['field'];
        const label = key in FIELD_LABELS ? FIELD_LABELS[field] : 'The assessment';
        const detail = issue.code === 'unrecognized_keys' ? `has unknown fields (${issue.keys.join(', ')})` : issue.message;
        const code = issue.code === 'too_small' && issue.message === 'is required' ? 'required' : 'invalid';
        return { field, code, message: `${label} ${detail}.` };
      }),
    };
  }
  const input = parsed.data;
  const issues: ValidationIssue[] = [];
  const windowStart = input.windowStart ?? null;
  const windowEnd = input.windowEnd ?? null;
  let reviewDate = input.reviewDate ?? null;

  if (input.reportType === 'II') {
    if (!windowStart) {
      issues.push({
        field: 'windowStart',
        code: 'windowStartRequired',
        message: 'A Type II assessment needs the observation window start date.',
      });
    }
    if (windowStart && windowEnd) {
      const days = daysBetween(windowStart, windowEnd);
      if (days <= 0) {
        issues.push({
          field: 'windowEnd',
          code: 'windowEndBeforeStart',
          message: `The observation window ends (${windowEnd}) on or before it starts (${windowStart}).`,
          params: { start: windowStart, end: windowEnd },
        });
      } else if (days < MIN_WINDOW_DAYS) {
        issues.push({
          field: 'windowEnd',
          code: 'windowTooShort',
          message: `The observation window is ${days} days; a Type II window must be at least ${MIN_WINDOW_DAYS} days so the day-60 review falls inside it.`,
          params: { days, min: MIN_WINDOW_DAYS },
        });
      } else if (days > MAX_WINDOW_DAYS) {
        issues.push({
          field: 'windowEnd',
          code: 'windowTooLong',
          message: `The observation window is ${days} days; a Type II window covers at most 12 months.`,
          params: { days, max: MAX_WINDOW_DAYS },
        });
      }
    }
    if (windowStart && !reviewDate) reviewDate = defaultReviewDate(windowStart);
    if (windowStart && reviewDate && compareDates(reviewDate, windowStart) < 0) {
      issues.push({
        field: 'reviewDate',
        code: 'reviewBeforeStart',
        message: `The review date (${reviewDate}) is before the observation window starts (${windowStart}).`,
        params: { review: reviewDate, start: windowStart },
      });
    }
    if (windowEnd && reviewDate && compareDates(reviewDate, windowEnd) > 0) {
      issues.push({
        field: 'reviewDate',
        code: 'reviewAfterEnd',
        message: `The review date (${reviewDate}) is after the observation window ends (${windowEnd}).`,
        params: { review: reviewDate, end: windowEnd },
      });
    }
  } else if (windowStart || windowEnd) {
    issues.push({
      field: windowStart ? 'windowStart' : 'windowEnd',
      code: 'typeOneNoWindow',
      message: 'A Type I report tests design at a point in time and has no observation window; choose Type II to set one.',
    });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      organisation: input.organisation,
      systemName: input.systemName,
      reportType: input.reportType,
      categories: normaliseCategories(input.categories),
      windowStart,
      windowEnd,
      reviewDate,
      assessors: input.assessors,
    },
  };
}

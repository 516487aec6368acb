import { describe, expect, it } from 'vitest';
import {
  validateAssessmentInput,
  type NormalisedAssessmentInput,
  type ValidationIssue,
} from '../../shared/assessment-input';

const TYPE_II = {
  organisation: 'Acme Robotics',
  systemName: 'Vision inference API',
  reportType: 'II',
  categories: ['availability'],
  // 2026-09-01 → 2027-02-28: Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 27 = 180 days.
  windowStart: '2026-09-01',
  windowEnd: '2027-02-28',
} as const;

function accepted(raw: unknown): NormalisedAssessmentInput {
  const result = validateAssessmentInput(raw);
  if (!result.ok) throw new Error(`expected valid input, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function rejected(raw: unknown): ValidationIssue[] {
  const result = validateAssessmentInput(raw);
  if (result.ok) throw new Error(`expected invalid input, got ${JSON.stringify(result.value)}`);
  return result.issues;
}

function codes(raw: unknown): string[] {
  return rejected(raw).map((i) => i.code);
}

/** A sentence a person can read: capital first letter, full stop, no raw camelCase field names. */
function expectReadableSentence(message: string): void {
  expect(message, message).toMatch(/^[A-Z]/);
  expect(message, message).toMatch(/[.!?]$/);
  expect(message.length, message).toBeGreaterThan(15);
  expect(message, message).not.toMatch(/\b(windowStart|windowEnd|reviewDate|systemName|reportType)\b/);
  expect(message, message).not.toMatch(/undefined|NaN|\[object/);
}

describe('validateAssessmentInput — valid input', () => {
  it('accepts a Type II assessment and defaults the review date to start + 60 days', () => {
    // September has 30 days: 2026-09-01 + 30 = 2026-10-01, + 30 more = 2026-10-31.
    expect(accepted(TYPE_II)).toEqual({
      organisation: 'Acme Robotics',
      systemName: 'Vision inference API',
      reportType: 'II',
      categories: ['security', 'availability'],
      windowStart: '2026-09-01',
      windowEnd: '2027-02-28',
      reviewDate: '2026-10-31',
      assessors: [],
    });
  });

  it('defaults the review date across a leap February', () => {
    // 2028-01-15 + 60: Jan 15 → Jan 31 = 16, → Feb 29 (2028 is a leap year) = 45, → Mar 15 = 60.
    // 2028-01-15 → 2028-07-15: 16 + 29 + 31 + 30 + 31 + 30 + 15 = 182 days.
    const value = accepted({ ...TYPE_II, windowStart: '2028-01-15', windowEnd: '2028-07-15' });
    expect(value.reviewDate).toBe('2028-03-15');
  });

  it('keeps an explicit review date inside the window', () => {
    expect(accepted({ ...TYPE_II, reviewDate: '2026-11-15' }).reviewDate).toBe('2026-11-15');
  });

  it('accepts a Type II window without an end date', () => {
    const value = accepted({ ...TYPE_II, windowEnd: null });
    expect(value.windowEnd).toBeNull();
    expect(value.reviewDate).toBe('2026-10-31');
  });

  it('accepts a Type I assessment without a window', () => {
    const value = accepted({ organisation: 'Acme', systemName: 'Ranker', reportType: 'I', categories: [] });
    expect(value).toMatchObject({ reportType: 'I', windowStart: null, windowEnd: null, reviewDate: null, categories: ['security'] });
  });

  it('trims the names and the assessors', () => {
    const value = accepted({ ...TYPE_II, organisation: '  Acme  ', systemName: ' API ', assessors: [' Ana ', 'Ben'] });
    expect(value.organisation).toBe('Acme');
    expect(value.systemName).toBe('API');
    expect(value.assessors).toEqual(['Ana', 'Ben']);
  });
});

describe('validateAssessmentInput — categories', () => {
  it('always adds security, removes duplicates and uses the canonical order', () => {
    expect(accepted({ ...TYPE_II, categories: ['privacy', 'availability', 'privacy'] }).categories).toEqual([
      'security',
      'availability',
      'privacy',
    ]);
    expect(accepted({ ...TYPE_II, categories: [] }).categories).toEqual(['security']);
    expect(
      accepted({
        ...TYPE_II,
        categories: ['privacy', 'confidentiality', 'processing-integrity', 'availability', 'security'],
      }).categories,
    ).toEqual(['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy']);
  });

  it('rejects an unknown category', () => {
    expect(rejected({ ...TYPE_II, categories: ['fairness'] })[0]?.field).toBe('categories');
  });
});

describe('validateAssessmentInput — observation window', () => {
  it('refuses a window on a Type I assessment', () => {
    expect(codes({ ...TYPE_II, reportType: 'I' })).toEqual(['typeOneNoWindow']);
    expect(codes({ ...TYPE_II, reportType: 'I', windowStart: null })).toEqual(['typeOneNoWindow']);
  });

  it('requires the start date for Type II', () => {
    const issues = rejected({ ...TYPE_II, windowStart: undefined, windowEnd: undefined });
    expect(issues.map((i) => [i.field, i.code])).toEqual([['windowStart', 'windowStartRequired']]);
  });

  it('refuses an end before (or on) the start', () => {
    expect(codes({ ...TYPE_II, windowEnd: '2026-08-31' })).toContain('windowEndBeforeStart');
    expect(codes({ ...TYPE_II, windowEnd: '2026-09-01' })).toContain('windowEndBeforeStart');
  });

  it('refuses a 59-day window and accepts 60 days', () => {
    // 2026-09-01 → 2026-10-30 = 29 (rest of Sep) + 30 = 59 days.
    const issues = rejected({ ...TYPE_II, windowEnd: '2026-10-30' });
    expect(issues.map((i) => i.code)).toContain('windowTooShort');
    expect(issues.find((i) => i.code === 'windowTooShort')?.params).toEqual({ days: 59, min: 60 });
    // 2026-09-01 → 2026-10-31 = 60 days; the default review date (Oct 31) is the last day: allowed.
    expect(accepted({ ...TYPE_II, windowEnd: '2026-10-31' }).reviewDate).toBe('2026-10-31');
  });

  it('refuses a window longer than 366 days', () => {
    // 2026-09-01 → 2027-09-01 = 365 (no 29 February in between); → 2027-09-02 = 366 ok; → 2027-09-03 = 367.
    expect(accepted({ ...TYPE_II, windowEnd: '2027-09-02' }).windowEnd).toBe('2027-09-02');
    const issues = rejected({ ...TYPE_II, windowEnd: '2027-09-03' });
    expect(issues.map((i) => i.code)).toEqual(['windowTooLong']);
    expect(issues[0]?.params).toEqual({ days: 367, max: 366 });
    // Across 29 February 2028: 2027-03-01 → 2028-03-01 = 366 (ok), → 2028-03-02 = 367.
    expect(accepted({ ...TYPE_II, windowStart: '2027-03-01', windowEnd: '2028-03-01' }).windowEnd).toBe('2028-03-01');
    expect(codes({ ...TYPE_II, windowStart: '2027-03-01', windowEnd: '2028-03-02' })).toEqual(['windowTooLong']);
  });

  it('refuses a review date before the start or after the end', () => {
    expect(codes({ ...TYPE_II, reviewDate: '2026-08-31' })).toEqual(['reviewBeforeStart']);
    expect(codes({ ...TYPE_II, reviewDate: '2027-03-01' })).toEqual(['reviewAfterEnd']);
    // The first and the last day of the window are inside it.
    expect(accepted({ ...TYPE_II, reviewDate: '2026-09-01' }).reviewDate).toBe('2026-09-01');
    expect(accepted({ ...TYPE_II, reviewDate: '2027-02-28' }).reviewDate).toBe('2027-02-28');
  });

  it('flags a default review date that falls after a short window ends', () => {
    // Window 2026-09-01 → 2026-10-15 (44 days): too short, and the default review (Oct 31) is after the end.
    expect(codes({ ...TYPE_II, windowEnd: '2026-10-15' })).toEqual(['windowTooShort', 'reviewAfterEnd']);
  });
});

describe('validateAssessmentInput — malformed input', () => {
  it('rejects impossible and malformed dates', () => {
    expect(rejected({ ...TYPE_II, windowStart: '2026-02-30' })[0]?.field).toBe('windowStart');
    expect(rejected({ ...TYPE_II, windowEnd: '2026-13-01' })[0]?.field).toBe('windowEnd');
    expect(rejected({ ...TYPE_II, reviewDate: '2026-9-1' })[0]?.field).toBe('reviewDate');
  });

  it('rejects a blank organisation and a blank system name', () => {
    expect(rejected({ ...TYPE_II, organisation: '   ' }).map((i) => i.field)).toEqual(['organisation']);
    expect(rejected({ ...TYPE_II, systemName: '' }).map((i) => i.field)).toEqual(['systemName']);
  });

  it('rejects unknown fields and a wrong report type', () => {
    expect(validateAssessmentInput({ ...TYPE_II, extra: 1 }).ok).toBe(false);
    expect(rejected({ ...TYPE_II, reportType: 'III' })[0]?.field).toBe('reportType');
    expect(validateAssessmentInput(null).ok).toBe(false);
  });
});

describe('validateAssessmentInput — messages', () => {
  it('explains window problems in readable sentences', () => {
    const cases = [
      { ...TYPE_II, reportType: 'I' },
      { ...TYPE_II, windowStart: undefined, windowEnd: undefined },
      { ...TYPE_II, windowEnd: '2026-08-31' },
      { ...TYPE_II, windowEnd: '2026-10-30' },
      { ...TYPE_II, windowEnd: '2027-09-03' },
      { ...TYPE_II, reviewDate: '2026-08-31' },
      { ...TYPE_II, reviewDate: '2027-03-01' },
    ];
    for (const raw of cases) {
      for (const issue of rejected(raw)) expectReadableSentence(issue.message);
    }
    expect(rejected({ ...TYPE_II, windowEnd: '2026-10-30' })[0]?.message).toContain('59 days');
  });

  it('explains field problems (blank name, impossible date) in readable sentences', () => {
    const cases = [
      { ...TYPE_II, organisation: '   ' },
      { ...TYPE_II, systemName: '' },
      { ...TYPE_II, windowStart: '2026-02-30' },
    ];
    for (const raw of cases) {
      for (const issue of rejected(raw)) expectReadableSentence(issue.message);
    }
  });
});

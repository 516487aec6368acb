import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, defaultReviewDate, isIsoDate, isoDateOf } from '../../shared/dates';
import { formatDate, formatPercent } from '../../shared/format';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true); // 2028 is divisible by 4: leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400: leap year
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-01-01')).toBe(true);
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2027-02-29')).toBe(false); // 2027 is not a leap year
    expect(isIsoDate('2100-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
  });

  it('rejects other spellings', () => {
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-1')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate('2026/01/01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2026-01-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-09-01', 30)).toBe('2026-10-01'); // September has 30 days
  });

  it('crosses year ends in both directions', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    // 2026 has 365 days.
    expect(addDays('2026-03-10', 365)).toBe('2027-03-10');
  });

  it('counts 29 February in leap years only', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    // 2028 has 366 days: 2028-01-01 + 366 = 2029-01-01.
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01');
  });

  it('returns the same date for 0 days and throws on a non-date', () => {
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-11-22', '2026-11-22')).toBe(0);
    expect(daysBetween('2026-11-22', '2026-11-23')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-11-22')).toBe(-1);
    // Jan 31 + Feb 28 = 59 days from 2026-01-01 to 2026-03-01; 60 in the leap year 2028.
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2028-01-01', '2028-03-01')).toBe(60);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('is not shifted by daylight-saving changes (late March, late October)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('defaultReviewDate, compareDates, isoDateOf', () => {
  it('is the window start plus 60 days', () => {
    // 2026-09-01: +29 → Sep 30, +30 → Oct 1, +60 → Oct 31.
    expect(defaultReviewDate('2026-09-01')).toBe('2026-10-31');
    // 2028-01-15: +16 → Jan 31, +45 → Feb 29, +46 → Mar 1, +60 → Mar 15.
    expect(defaultReviewDate('2028-01-15')).toBe('2028-03-15');
    // 2026-11-15: +15 → Nov 30, +46 → Dec 31, +60 → 2027-01-14.
    expect(defaultReviewDate('2026-11-15')).toBe('2027-01-14');
  });

  it('compares ISO dates', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-10-01', '2026-09-30')).toBe(1);
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0);
  });

  it('gives the UTC date of an instant', () => {
    expect(isoDateOf(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
    expect(isoDateOf(new Date('2026-11-23T00:30:00+01:00'))).toBe('2026-11-22');
  });
});

describe('formatPercent', () => {
  it('writes one decimal in English', () => {
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    // 2/3 = 0.6666… → 66.666…% → 66.7%
    expect(formatPercent(2 / 3, 'en')).toBe('66.7%');
    // 1/24 = 0.041666… → 4.1666…% → 4.2%
    expect(formatPercent(1 / 24, 'en')).toBe('4.2%');
  });

  it('writes a decimal comma and a space before % in French', () => {
    expect(formatPercent(0.875, 'fr')).toBe('87,5 %');
    expect(formatPercent(0, 'fr')).toBe('0,0 %');
    expect(formatPercent(1, 'fr')).toBe('100,0 %');
    expect(formatPercent(2 / 3, 'fr')).toBe('66,7 %');
  });

  it('rounds half away from zero at the first decimal of the percentage', () => {
    // 0.0005 = 0.05 % → 0.1 %; 0.0125 = 1.25 % → 1.3 %
    expect(formatPercent(0.0005, 'en')).toBe('0.1%');
    expect(formatPercent(0.0125, 'en')).toBe('1.3%');
  });
});

describe('formatDate', () => {
  it('writes day, short month and year', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('22 Nov 2026');
    expect(formatDate('2026-11-22', 'fr')).toBe('22 nov. 2026');
    expect(formatDate('2028-02-29', 'en')).toBe('29 Feb 2028');
    expect(formatDate('2027-01-01', 'en')).toBe('1 Jan 2027');
  });
});

/**
 * Integer day numbers for the coverage sweep. shared/dates.ts is the reference for date arithmetic; these
 * do the same on plain integers without allocating a Date per call, because coverage converts hundreds of
 * thousands of evidence dates per score (test/unit/coverage.test.ts checks them against shared/dates.ts).
 */
import type { IsoDate } from '../domain';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of a `YYYY-MM-DD` date; throws RangeError for anything else (including 2026-02-30). */
export function dayOf(iso: IsoDate): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y0 = iso.charCodeAt(0) - 48;
    const y1 = iso.charCodeAt(1) - 48;
    const y2 = iso.charCodeAt(2) - 48;
    const y3 = iso.charCodeAt(3) - 48;
    const m0 = iso.charCodeAt(5) - 48;
    const m1 = iso.charCodeAt(6) - 48;
    const d0 = iso.charCodeAt(8) - 48;
    const d1 = iso.charCodeAt(9) - 48;
    // A character that is not a digit gives a value outside 0–9 (negative ones fail the unsigned compare).
    if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) === 0 && y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month))) {
        return dayFromCivil(year, month, day);
      }
    }
  }
  throw new RangeError(`not an ISO date: ${iso}`);
}

const ISO_CACHE = new Map<number, IsoDate>();

/** The `YYYY-MM-DD` date of a day number (memoised: gaps and samples name the same few hundred days again and again). */
export function isoOf(day: number): IsoDate {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (ISO_CACHE.size >= 20_000) ISO_CACHE.clear();
    ISO_CACHE.set(day, iso);
  }
  return iso;
}

/**
 * The date `months` calendar months after the anchor, keeping the anchor's day of month and clamping it to
 * the end of shorter months. Always computed from the anchor, never step by step, so a window opened on
 * Jan 31 runs Jan 31 → Feb 28 (29 in a leap year) → Mar 31 → Apr 30, not Mar 28.
 */
export function addMonthsClamped(anchor: IsoDate, months: number): number {
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  const day = Number(anchor.slice(8, 10));
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

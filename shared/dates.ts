/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no local time zone or
 * daylight-saving change can shift a day. Pure: the current date is always passed in.
 */
import type { IsoDate } from './domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True only for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toEpochDay(value: IsoDate): number {
  if (!isIsoDate(value)) throw new RangeError(`not an ISO date: ${value}`);
  return Date.parse(`${value}T00:00:00Z`) / MS_PER_DAY;
}

function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's date in UTC for a given instant. */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/**
 * The day-60 internal readiness review falls 60 days after the observation window opens
 * (window start + 60 days), the point at which a Type II programme has enough operating history to sample.
 */
export const REVIEW_OFFSET_DAYS = 60;

export function defaultReviewDate(windowStart: IsoDate): IsoDate {
  return addDays(windowStart, REVIEW_OFFSET_DAYS);
}

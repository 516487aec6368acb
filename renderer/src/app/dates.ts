import { daysBetween } from '../../../shared/dates';

/** Today's calendar date on this machine, `YYYY-MM-DD` (the user's day, not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from today to a date: positive in the future, negative in the past. */
export function daysFromToday(iso: string, now: Date = new Date()): number {
  return daysBetween(localToday(now), iso);
}

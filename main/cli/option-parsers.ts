import type { Command } from 'commander';
import { isIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/ipc/result';
import type { GlobalOptions } from './context';

/** Small parsers shared by the AI-readiness commands; every failure is one readable line. */

export function globalsOf(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Collects a repeatable option into an array. */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

const NONE = new Set(['none', 'unknown', 'null', '']);

/** A date, or null for "none". */
export function dateOrNone(flag: string, value: string): string | null {
  if (NONE.has(value.trim().toLowerCase())) return null;
  if (!isIsoDate(value.trim()))
    throw new AppError('invalid_input', `${flag} must be a real date written YYYY-MM-DD (or "none"); got "${value}".`);
  return value.trim();
}

/** A whole number of days, or null for "unknown". */
export function daysOrUnknown(flag: string, value: string): number | null {
  if (NONE.has(value.trim().toLowerCase())) return null;
  if (!/^\d{1,6}$/.test(value.trim()))
    throw new AppError(
      'invalid_input',
      `${flag} must be a whole number of days (0 when nothing is kept) or "unknown"; got "${value}".`,
    );
  return Number(value.trim());
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new AppError('invalid_input', `Unknown ${flag} "${value}"; use ${allowed.join(', ')}.`);
  return value as T;
}

export function integer(flag: string, value: string): number {
  if (!/^\d{1,9}$/.test(value.trim()))
    throw new AppError('invalid_input', `${flag} must be a whole number; got "${value}".`);
  return Number(value.trim());
}

/** Copies `value` into `target[key]` only when it was given, so partial updates leave other fields alone. */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** Builds a nested object from the given entries, or undefined when none was given. */
export function nested(entries: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) put(out, k, v);
  return Object.keys(out).length > 0 ? out : undefined;
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

import type { TFunction } from 'i18next';

/** A backup's size for people: whole KiB, at least 1. */
export function formatKiB(bytes: number, t: TFunction): string {
  return t('protection.size', { value: Math.max(1, Math.round(bytes / 1024)) });
}

/** A backup's instant as shown in lists: the date in the UI's format, then the UTC time. */
export function formatTaken(iso: string, date: (iso: string) => string): string {
  return `${date(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

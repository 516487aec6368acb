import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent, type Locale } from '../../../shared/format';

export interface Formatters {
  locale: Locale;
  pct: (fraction: number) => string;
  date: (iso: string) => string;
}

/** Locale-bound formatters, the same ones the PDF uses. Stable while the language stays the same. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(
    () => ({
      locale,
      pct: (fraction: number) => formatPercent(fraction, locale),
      date: (iso: string) => formatDate(iso, locale),
    }),
    [locale],
  );
}

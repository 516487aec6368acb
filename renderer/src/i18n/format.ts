import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent, type Locale } from '../../../shared/format';

export interface Formatters {
  locale: Locale;
  pct: (fraction: number) => string;
  date: (iso: string) => string;
  /** A chart axis tick, a whole percentage given 0–100: `80%` / `80 %`. */
  axisPct: (percent: number | string) => string;
  /** "label: value" with the language's spacing (`Sécurité : 58,1 %` in French). */
  labelled: (label: string, value: string) => string;
}

/** Locale-bound formatters, the same ones the PDF uses. Stable while the language stays the same. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(
    () => ({
      locale,
      // On screen the French "87,5 %" keeps its sign on the same line: a non-breaking space, as the PDF does.
      pct: (fraction: number) => formatPercent(fraction, locale).replace(' %', '\u00a0%'),
      date: (iso: string) => formatDate(iso, locale),
      axisPct: (percent: number | string) => (locale === 'fr' ? `${percent}\u00a0%` : `${percent}%`),
      labelled: (label: string, value: string) => (locale === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`),
    }),
    [locale],
  );
}

/** Locale-aware display of figures and dates, shared by the UI and the PDF so both show the same text. */
export type Locale = 'en' | 'fr';

const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** A 0–1 fraction as a percentage with one decimal: `87.5%` in English, `87,5 %` in French. */
export function formatPercent(fraction: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percentFormats.set(locale, format);
  }
  // Intl rounds half-even on some engines; round half away from zero ourselves so the figure is reproducible.
  const rounded = Math.round(fraction * 1000) / 1000;
  return format.format(rounded).replace(/\u202f|\u00a0/g, ' ');
}

/** An ISO date for people: `22 Nov 2026` / `22 nov. 2026`. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/format';
import en from './en';

/** Languages with a complete resource file; fr.ts joins here with the same keys as en.ts. */
export const LANGUAGES = { en } as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** BCP 47 tag per UI language: the page's lang, which also sets how date inputs show dates. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

function applyLanguage(language: string): void {
  document.documentElement.lang = LANGUAGE_TAGS[language === 'fr' ? 'fr' : 'en'];
}
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

/** The locale for shared formatters (formatPercent, formatDate). */
export function currentLocale(): Locale {
  return i18n.language === 'fr' ? 'fr' : 'en';
}

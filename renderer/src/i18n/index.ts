import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/format';
import en from './en';
import fr from './fr';

/** Languages with a complete resource file: fr.ts has exactly the keys of en.ts (checked by type and by test). */
export const LANGUAGES = { en, fr } as const;

/** Where the chosen UI language is kept between runs (the renderer's own storage; nothing leaves the machine). */
export const LANGUAGE_STORAGE_KEY = 'fieldwork.language';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

function storedLanguage(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : 'en';
  } catch {
    // Storage can be unavailable (a locked-down profile): English, and the choice lasts for this run only.
    return 'en';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
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

/** Switches the whole UI at once (every `t`, every formatter) and remembers the choice for the next start. */
export async function setLanguage(language: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
  await i18n.changeLanguage(language);
}

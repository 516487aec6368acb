import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/format';
import { currentLocale, setLanguage } from '../../i18n';

const LOCALES: readonly Locale[] = ['en', 'fr'];

/** Each option names its language in that language, with its lang attribute, so it reads right in either UI. */
function LanguageOptions({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return LOCALES.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {short ? t(`language.short.${locale}`) : t(`language.options.${locale}`)}
    </option>
  ));
}

const choose = (value: string) => void setLanguage(value === 'fr' ? 'fr' : 'en');

/** Settings › Language: switches the whole UI at once and remembers the choice. */
export function LanguageCard() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <article className="card" aria-labelledby={`${id}-title`} data-testid="language-settings">
      <h2 id={`${id}-title`} className="card-title">
        {t('language.title')}
      </h2>
      <div className="field language-field">
        <label htmlFor={`${id}-select`}>{t('language.label')}</label>
        <select
          id={`${id}-select`}
          data-testid="language-select"
          value={currentLocale()}
          aria-describedby={`${id}-hint`}
          onChange={(e) => choose(e.target.value)}
        >
          <LanguageOptions />
        </select>
        <p id={`${id}-hint`} className="field-hint">
          {t('language.hint')}
        </p>
      </div>
    </article>
  );
}

/** The same choice in the top bar, compact: "EN" / "FR" with a spoken label. */
export function TopBarLanguage() {
  const { t } = useTranslation();
  return (
    <select
      className="topbar-language"
      data-testid="topbar-language"
      aria-label={t('language.topbarLabel')}
      title={t('language.topbarLabel')}
      value={currentLocale()}
      onChange={(e) => choose(e.target.value)}
    >
      <LanguageOptions short />
    </select>
  );
}

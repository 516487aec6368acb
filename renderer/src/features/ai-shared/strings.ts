import { useTranslation } from 'react-i18next';
import type { AiReadinessStrings } from '../../../../shared/rules/strings.en';
import { currentLocale } from '../../i18n';

/**
 * The AI-readiness texts shared with main and the PDF (rule titles, component kinds, service types,
 * staleness reasons, data-flow labels…). They are not copied into the UI's files: the English resource
 * mounts shared/rules/strings.en.ts itself under `ai.shared`, and another language supplies an object of
 * the same shape (`AiReadinessStrings`), so this hook returns the texts of the UI's language.
 */
export function useAiStrings(): AiReadinessStrings {
  const { t } = useTranslation();
  return t('ai.shared', { returnObjects: true });
}

/** "data source" → "Data source": the shared texts are written to sit inside sentences. */
export function capitalise(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(currentLocale()) + text.slice(1);
}

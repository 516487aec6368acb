import { useTranslation } from 'react-i18next';
import { SCORING_METHOD } from '../../../../shared/scoring/types';
import { MethodTypeTwo } from '../review/MethodTypeTwo';

/** The scoring method in words, matching shared/scoring/score.ts line for line. */
export function MethodPanel() {
  const { t } = useTranslation();
  return (
    <details className="card method" data-testid="method-panel">
      <summary>
        <h2 className="card-title">{t('method.title')}</h2>
      </summary>
      <p>{t('method.intro', { method: SCORING_METHOD })}</p>
      <ol>
        <li>{t('method.controlValue')}</li>
        <li>{t('method.weights')}</li>
        <li>{t('method.criterion')}</li>
        <li>{t('method.category')}</li>
        <li>{t('method.overall')}</li>
        <li>{t('method.operating')}</li>
      </ol>
      <MethodTypeTwo />
    </details>
  );
}

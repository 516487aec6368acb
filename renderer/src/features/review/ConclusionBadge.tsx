import { useTranslation } from 'react-i18next';
import type { Conclusion } from '../../../../shared/sampling/conclude';
import './review.css';

const MARK: Record<Conclusion, string> = {
  effective: '✓',
  exceptions_noted: '!',
  not_effective: '✗',
  incomplete: '…',
  not_sampled: '–',
};

/** A control's conclusion from its sample, as a mark, a colour and a word (never colour alone). */
export function ConclusionBadge({ conclusion }: { conclusion: Conclusion }) {
  const { t } = useTranslation();
  return (
    <span className={`badge conclusion-${conclusion}`} data-conclusion={conclusion}>
      <span aria-hidden="true" className="conclusion-mark">
        {MARK[conclusion]}
      </span>
      {t(`review.conclusion.${conclusion}`)}
    </span>
  );
}

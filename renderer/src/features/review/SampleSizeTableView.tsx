import { useTranslation } from 'react-i18next';
import type { SampleSizeTable } from '../../../../shared/sampling/sizes';

export const PERIODIC_ROWS = ['annually', 'quarterly', 'monthly', 'weekly', 'daily', 'continuous'] as const;

/** The per-event bands as population ranges: "1–4", "5–12", …, "more than 365". */
export function bandRanges(table: SampleSizeTable): string[] {
  let from = 1;
  return table.perEvent.map((band) => {
    const range = band.upTo === null ? `> ${from - 1}` : from === band.upTo ? `${from}` : `${from}–${band.upTo}`;
    if (band.upTo !== null) from = band.upTo + 1;
    return range;
  });
}

/** The sample-size table as documented: by frequency, and by population for per-event controls. */
export function SampleSizeTableView({ table }: { table: SampleSizeTable }) {
  const { t } = useTranslation();
  const ranges = bandRanges(table);
  return (
    <div className="sizes-tables" data-testid="sample-size-table">
      <table className="data-table compact">
        <caption className="visually-hidden">{t('review.sizes.byFrequency')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.sizes.frequency')}</th>
            <th scope="col" className="num">
              {t('review.sizes.size')}
            </th>
          </tr>
        </thead>
        <tbody>
          {PERIODIC_ROWS.map((f) => (
            <tr key={f}>
              <th scope="row">{t(`frequency.${f}`)}</th>
              <td className="num">{table[f]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table compact">
        <caption className="visually-hidden">{t('review.sizes.byPopulation')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.sizes.perEvent')}</th>
            <th scope="col" className="num">
              {t('review.sizes.size')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.perEvent.map((band, i) => (
            <tr key={i}>
              <th scope="row">{t('review.sizes.events', { range: ranges[i] ?? '' })}</th>
              <td className="num">{band.size === 'all' ? t('review.sizes.all') : band.size}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

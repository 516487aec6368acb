import { useTranslation } from 'react-i18next';
import type { CriterionScore, ScoreResult } from '../../../../shared/scoring/types';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { breakdownOf, plain } from './breakdown';

/** Which controls, with which weights and values, made one criterion's figure. */
export function CriterionBreakdown({ criterion, score }: { criterion: CriterionScore; score: ScoreResult }) {
  const { t } = useTranslation();
  const { pct, locale } = useFormat();
  const { catalog } = useWorkspace();
  const { controls } = useAssessment();
  const b = breakdownOf(criterion, score);
  const titleOf = (id: string) => {
    const control = controls?.find((c) => c.controlId === id);
    return control && catalog ? catalog.titleOf(control, locale) : id;
  };

  if (criterion.unaddressed) {
    return (
      <div className="breakdown" data-testid={`breakdown-${criterion.id}`}>
        <p>{t('breakdown.unaddressed')}</p>
        {b.excluded.length > 0 && <p className="muted">{t('breakdown.excluded', { ids: b.excluded.join(', ') })}</p>}
      </div>
    );
  }
  return (
    <div className="breakdown" data-testid={`breakdown-${criterion.id}`}>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('breakdown.colControl')}</th>
            <th scope="col">{t('breakdown.colStatus')}</th>
            <th scope="col" className="num">
              {t('breakdown.colValue')}
            </th>
            <th scope="col" className="num">
              {t('breakdown.colWeight')}
            </th>
            <th scope="col" className="num">
              {t('breakdown.colProduct')}
            </th>
          </tr>
        </thead>
        <tbody>
          {b.rows.map(({ control, product }) => (
            <tr key={control.id}>
              <th scope="row">
                <span className="mono">{control.id}</span>{' '}
                <span className="breakdown-title">{titleOf(control.id)}</span>
              </th>
              <td>
                <StatusBadge status={control.status} />
              </td>
              <td className="num">{plain(control.design ?? 0, locale)}</td>
              <td className="num">
                {control.weight}
                {control.key && <span className="muted"> ({t('breakdown.keyWeight')})</span>}
              </td>
              <td className="num">{plain(product, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('breakdown.total')}
            </th>
            <td className="num">{b.weight}</td>
            <td className="num">{plain(b.sum, locale)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="formula">
        {t('breakdown.formula', { sum: plain(b.sum, locale), weight: b.weight, result: pct(criterion.design) })}
      </p>
      {b.excluded.length > 0 && <p className="muted">{t('breakdown.excluded', { ids: b.excluded.join(', ') })}</p>}
    </div>
  );
}

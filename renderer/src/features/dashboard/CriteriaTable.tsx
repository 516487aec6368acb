import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreResult } from '../../../../shared/scoring/types';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { useFormat } from '../../i18n/format';
import { breakdownOf, formulaOf } from './breakdown';
import { CriterionBreakdown } from './CriterionBreakdown';

/** Every criterion in scope with its figure; "How?" opens the controls and weights behind it. */
export function CriteriaTable({ score }: { score: ScoreResult }) {
  const { t } = useTranslation();
  const { pct, locale } = useFormat();
  const { catalog } = useWorkspace();
  const { jumpTo } = useNavigation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="table-wrap">
      <table className="data-table criteria-table" data-testid="criteria-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.colCriterion')}</th>
            <th scope="col">{t('dashboard.colTitle')}</th>
            <th scope="col" className="num">
              {t('dashboard.colDesign')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.colControls')}
            </th>
            <th scope="col" className="num col-optional">
              {t('dashboard.colWeight')}
            </th>
            <th scope="col" className="num col-optional">
              {t('dashboard.colExcluded')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('dashboard.explain')}</span>
            </th>
          </tr>
        </thead>
        {score.categories.map((category) => (
          <tbody key={category.id}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={7}>
                {t(`category.${category.id}`)} · {pct(category.design)}
              </th>
            </tr>
            {score.criteria
              .filter((c) => c.category === category.id)
              .map((c) => {
                const expanded = open.has(c.id);
                return (
                  <Fragment key={c.id}>
                    <tr
                      data-testid={`criterion-${c.id}`}
                      title={
                        c.unaddressed
                          ? undefined
                          : `${c.id}: ${formulaOf(breakdownOf(c, score), locale)} = ${pct(c.design)}`
                      }
                    >
                      <th scope="row" className="mono">
                        {c.id}
                      </th>
                      <td>
                        {catalog?.criterion(c.id)?.title[locale] ?? c.id}
                        {c.unaddressed && <span className="tag tag-warn">{t('dashboard.unaddressedTag')}</span>}
                      </td>
                      <td className="num strong">{pct(c.design)}</td>
                      <td className="num">{c.controls.length}</td>
                      <td className="num col-optional">{c.weight}</td>
                      <td className="num col-optional">{c.excluded.length || ''}</td>
                      <td className="actions">
                        <div className="criteria-actions">
                          <button
                            type="button"
                            className="btn btn-small btn-ghost"
                            aria-expanded={expanded}
                            aria-label={t('dashboard.explainLabel', { id: c.id, value: pct(c.design) })}
                            onClick={() => toggle(c.id)}
                          >
                            {t('dashboard.explain')}
                          </button>
                          <button
                            type="button"
                            className="btn btn-small btn-ghost"
                            onClick={() => jumpTo({ criterionId: c.id, open: false })}
                          >
                            {t('dashboard.openChecklist')}
                          </button>
                        </div>
                      </td>
                    </tr>
                    {expanded && (
                      <tr className="breakdown-row">
                        <td colSpan={7}>
                          <CriterionBreakdown criterion={c} score={score} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

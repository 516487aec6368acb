import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../../shared/domain';
import type { OwnershipFlag, OwnershipMatrix } from '../../../../shared/ownership/matrix';
import { useNavigation } from '../../app/navigation';
import { cellCount, HEAT_BANDS, HEAT_COLUMNS, heatLevel, type HeatColumn } from './heat';

/** What the shades mean, with the same bands as the cells. */
function HeatLegend() {
  const { t } = useTranslation();
  const bands = HEAT_BANDS.map((lower, i) => {
    const next = HEAT_BANDS[i + 1];
    const label = next === undefined ? `${lower}+` : lower === next - 1 ? `${lower}` : `${lower}–${next - 1}`;
    return { level: i + 1, label };
  });
  const swatches = (prefix: string) =>
    bands.map((b) => (
      <span key={b.level} className={`ai-heat-swatch ${prefix}-${b.level}`}>
        {b.label}
      </span>
    ));
  return (
    <p className="ai-heat-legend small muted" aria-hidden="true">
      <span>{t('ai.ownership.legend')}</span>
      {swatches('ai-heat')}
      <span className="ai-heat-legend-gap">{t('ai.ownership.legendUnowned')}</span>
      {swatches('ai-heat-warn')}
    </p>
  );
}

/**
 * Pipeline stage × owner function: how many in-scope controls each function owns in each stage. Every
 * non-empty cell opens the checklist filtered to those controls.
 */
export function HeatMap({ matrix }: { matrix: OwnershipMatrix }) {
  const { t } = useTranslation();
  const { jumpTo } = useNavigation();
  const flagged = (stage: PipelineStage, kind: OwnershipFlag['kind']) =>
    matrix.flags.some((f) => f.stage === stage && f.kind === kind);
  const label = (c: HeatColumn) =>
    c === 'unowned'
      ? t('ai.ownership.unowned')
      : c === 'no_function'
        ? t('ai.ownership.noFunction')
        : t(`ownerFunction.${c}`);
  const open = (stage: PipelineStage, column: HeatColumn) =>
    jumpTo({
      open: false,
      filters:
        column === 'unowned'
          ? { stage, ownership: 'unowned' }
          : { stage, ownership: 'named', ownerFunction: column === 'no_function' ? 'none' : column },
    });

  return (
    <>
      <div className="table-wrap">
        <table className="data-table ai-heat" data-testid="ownership-heatmap">
          <caption className="visually-hidden">{t('ai.ownership.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ai.ownership.stage')}</th>
              {HEAT_COLUMNS.map((c) => (
                <th key={c} scope="col" className={`num${c === 'unowned' ? ' ai-heat-unowned-head' : ''}`}>
                  {label(c)}
                </th>
              ))}
              <th scope="col">{t('ai.ownership.owners')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.stages.map((s) => (
              <tr key={s.stage} data-testid="ownership-row" data-stage={s.stage}>
                <th scope="row">
                  {t(`stage.${s.stage}`)}
                  <span className="muted small block">
                    {t('ai.ownership.stageCounts', { count: s.controlIds.length, ai: s.aiControlIds.length })}
                  </span>
                  {flagged(s.stage, 'stage_without_owner') && (
                    <span className="tag ai-tone ai-tone-bad">{t('ai.ownership.flag.stage_without_owner')}</span>
                  )}
                  {flagged(s.stage, 'engineering_only_stage') && (
                    <span className="tag ai-tone ai-tone-warn">{t('ai.ownership.flag.engineering_only_stage')}</span>
                  )}
                </th>
                {HEAT_COLUMNS.map((c) => {
                  const count = cellCount(s, c);
                  const cls = `num ai-heat-cell ${c === 'unowned' ? 'ai-heat-warn' : 'ai-heat'}-${heatLevel(count)}`;
                  return (
                    <td key={c} className={cls} data-column={c} data-count={count}>
                      {count === 0 ? (
                        <span className="ai-heat-zero" aria-label={t('ai.ownership.none')}>
                          0
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="ai-heat-button"
                          aria-label={t('ai.ownership.cellLabel', {
                            count,
                            stage: t(`stage.${s.stage}`),
                            column: label(c),
                          })}
                          onClick={() => open(s.stage, c)}
                        >
                          {count}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td className="small ai-owner-names">
                  {s.owners.length === 0 ? (
                    <span className="warn-text">{t('ai.ownership.noNamedOwner')}</span>
                  ) : (
                    s.owners
                      .map((o) =>
                        o.functions.length > 0
                          ? `${o.name} (${o.functions.map((f) => t(`ownerFunction.${f}`)).join(', ')})`
                          : o.name,
                      )
                      .join(' · ')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend />
    </>
  );
}

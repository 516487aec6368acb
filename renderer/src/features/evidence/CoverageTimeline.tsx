import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { coverageTimeline } from '../../../../shared/charts/coverage-timeline';
import type { ControlCoverage } from '../../../../shared/coverage/coverage';
import { useFormat } from '../../i18n/format';
import './evidence.css';

/**
 * The elapsed window as a row of cells, one per period (or day, or run of them): evidenced cells are solid,
 * gaps hatched, partly evidenced runs half and half — pattern and legend text, never colour alone.
 */
export function CoverageTimeline({ coverage }: { coverage: ControlCoverage }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const cells = useMemo(() => coverageTimeline(coverage), [coverage]);
  if (cells.length === 0) return null;
  const count = (state: string) => cells.filter((c) => c.state === state).length;
  const range = (from: string, to: string) => (from === to ? date(from) : `${date(from)} – ${date(to)}`);
  const summary = t('coverage.timeline.summary', {
    cells: cells.length,
    covered: count('covered'),
    partial: count('partial'),
    gaps: count('gap'),
    from: date(coverage.elapsedFrom),
    to: date(coverage.elapsedTo),
  });
  return (
    <figure className="timeline" data-testid="coverage-timeline">
      <div className="timeline-cells" role="img" aria-label={summary}>
        {cells.map((c) => (
          <span
            key={c.from}
            className={`tl-cell tl-${c.state}`}
            data-state={c.state}
            title={`${range(c.from, c.to)}: ${t(`coverage.timeline.${c.state}`)}${c.units > 1 ? ` (${c.evidenced}/${c.units})` : ''}`}
          />
        ))}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{date(coverage.elapsedFrom)}</span>
        <span>{date(coverage.elapsedTo)}</span>
      </div>
      <ul className="timeline-legend">
        <li>
          <span className="swatch tl-covered" aria-hidden="true" />
          {t('coverage.timeline.covered')}
        </li>
        <li>
          <span className="swatch tl-gap" aria-hidden="true" />
          {t('coverage.timeline.gap')}
        </li>
        {count('partial') > 0 && (
          <li>
            <span className="swatch tl-partial" aria-hidden="true" />
            {t('coverage.timeline.partial')}
          </li>
        )}
      </ul>
    </figure>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureChange, Presence, SnapshotDiff, ValueChange } from '../../../../shared/snapshots/diff';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { ConclusionBadge } from '../review/ConclusionBadge';

/** A figure's change: from → to, and the difference in percentage points with an arrow (not colour alone). */
function Change({ change }: { change: FigureChange }) {
  const { t } = useTranslation();
  const { pct, locale } = useFormat();
  const side = (v: number | null) => (v === null ? '—' : pct(v));
  const points =
    change.delta === null
      ? null
      : new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
          signDisplay: 'exceptZero',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(Math.round(change.delta * 1000) / 10);
  const direction =
    change.delta === null ? 'none' : change.delta > 1e-9 ? 'up' : change.delta < -1e-9 ? 'down' : 'same';
  return (
    <span className="change">
      {side(change.from)} → {side(change.to)}
      {points !== null && (
        <span className={`delta delta-${direction}`}>
          <span aria-hidden="true">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span>
          {t('snapshots.diff.points', { value: points })}
        </span>
      )}
    </span>
  );
}

/** A value that may have changed: shown once when it did not, else from → to; — for a side without one. */
function Transition<T>({ change, show }: { change: ValueChange<T>; show: (value: T) => ReactNode }) {
  const side = (v: T | null) => (v ? show(v) : '—');
  if (change.from === change.to) return side(change.to);
  return (
    <>
      {side(change.from)} → {side(change.to)}
    </>
  );
}

/** A figure's change in a cell of its own. */
function ChangeCell({ change }: { change: FigureChange }) {
  return (
    <td>
      <Change change={change} />
    </td>
  );
}

/** The design and operating figures of a row, one cell each. */
function FigureCells({ row }: { row: { design: FigureChange; operating: FigureChange } }) {
  return (
    <>
      <ChangeCell change={row.design} />
      <ChangeCell change={row.operating} />
    </>
  );
}

interface DiffRowProps {
  label: string;
  /** Tagged "added" or "removed" when only one snapshot has the row. */
  presence?: Presence;
  mono?: boolean;
  strong?: boolean;
  children: ReactNode;
}

/** One row of a diff table: its label, then its cells. */
function DiffRow({ label, presence = 'both', mono = false, strong = false, children }: DiffRowProps) {
  const { t } = useTranslation();
  return (
    <tr className={strong ? 'strong' : undefined}>
      <th scope="row" className={mono ? 'mono' : undefined}>
        {label}
        {presence !== 'both' && <span className="tag">{t(`snapshots.diff.${presence}`)}</span>}
      </th>
      {children}
    </tr>
  );
}

/** A diff table's column headings. */
function DiffHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** What changed between two snapshots: overall, per category, and the criteria and controls that moved. */
export function SnapshotDiffView({ diff, onClose }: { diff: SnapshotDiff; onClose: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const head = (s: SnapshotDiff['from']) => t('snapshots.diff.side', { label: s.label, date: date(s.asOf) });
  const figures = [t('snapshots.col.design'), t('snapshots.col.operating')];
  return (
    <div className="snapshot-diff" data-testid="snapshot-diff">
      <div className="card-head">
        <h3>{t('snapshots.diff.title', { from: head(diff.from), to: head(diff.to) })}</h3>
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <table className="data-table compact">
        <DiffHead columns={[t('snapshots.diff.scope'), ...figures]} />
        <tbody>
          <DiffRow label={t('category.overall')} strong>
            <FigureCells row={diff.overall} />
          </DiffRow>
          {diff.categories.map((c) => (
            <DiffRow key={c.id} label={t(`category.${c.id}`)} presence={c.presence}>
              <FigureCells row={c} />
            </DiffRow>
          ))}
        </tbody>
      </table>
      <h4 className="diff-heading">{t('snapshots.diff.criteria', { count: diff.criteria.length })}</h4>
      {diff.criteria.length === 0 ? (
        <p className="muted small">{t('snapshots.diff.noCriteria')}</p>
      ) : (
        <table className="data-table compact">
          <DiffHead columns={[t('snapshots.diff.criterion'), ...figures]} />
          <tbody>
            {diff.criteria.map((c) => (
              <DiffRow key={c.id} label={c.id} mono>
                <FigureCells row={c} />
              </DiffRow>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="diff-heading">{t('snapshots.diff.controls', { count: diff.controls.length })}</h4>
      {diff.controls.length === 0 ? (
        <p className="muted small">{t('snapshots.diff.noControls')}</p>
      ) : (
        <div className="table-wrap diff-controls">
          <table className="data-table compact" data-testid="diff-controls">
            <DiffHead
              columns={[
                t('snapshots.diff.control'),
                t('snapshots.diff.status'),
                t('snapshots.diff.coverage'),
                t('snapshots.col.operating'),
                t('snapshots.diff.conclusion'),
              ]}
            />
            <tbody>
              {diff.controls.map((c) => (
                <DiffRow key={c.id} label={c.id} mono presence={c.presence}>
                  <td className="nowrap">
                    <Transition change={c.status} show={(v) => <StatusBadge status={v} />} />
                  </td>
                  <ChangeCell change={c.coverage} />
                  <ChangeCell change={c.operating} />
                  <td className="nowrap">
                    <Transition change={c.conclusion} show={(v) => <ConclusionBadge conclusion={v} />} />
                  </td>
                </DiffRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

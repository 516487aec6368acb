import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain';
import type { EvidenceFileStatus } from '../../../../shared/evidence';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { formatBytes, shortHash, type EvidenceSort, type EvidenceSortColumn } from './evidence-view';
import { IntegrityBadge } from './IntegrityBadge';

interface EvidenceTableProps {
  items: readonly EvidenceItem[];
  sort: EvidenceSort;
  onSort: (column: EvidenceSortColumn) => void;
  /** Per item, the result of the last integrity check; null before any. */
  integrity: ReadonlyMap<string, EvidenceFileStatus> | null;
  onRemove: (item: EvidenceItem) => void;
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: EvidenceSortColumn;
  label: string;
  sort: EvidenceSort;
  onSort: (c: EvidenceSortColumn) => void;
  className?: string;
}) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 1 ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

/** The assessment's evidence: what each file is, what it covers, where it came from, and whose controls it supports. */
export function EvidenceTable({ items, sort, onSort, integrity, onRemove }: EvidenceTableProps) {
  const { t } = useTranslation();
  const { date, locale } = useFormat();
  const { jumpTo } = useNavigation();
  return (
    <div className="table-wrap">
      <table className="data-table evidence-table" data-testid="evidence-table">
        <thead>
          <tr>
            <SortHeader column="name" label={t('evidence.table.name')} sort={sort} onSort={onSort} />
            <th scope="col">{t('evidence.table.kind')}</th>
            <SortHeader column="covers" label={t('evidence.table.covers')} sort={sort} onSort={onSort} />
            <th scope="col" className="col-optional">
              {t('evidence.table.source')}
            </th>
            <SortHeader column="collected" label={t('evidence.table.collected')} sort={sort} onSort={onSort} />
            <SortHeader
              column="size"
              label={t('evidence.table.size')}
              sort={sort}
              onSort={onSort}
              className="col-optional"
            />
            <th scope="col" className="col-optional">
              {t('evidence.table.hash')}
            </th>
            <th scope="col">{t('evidence.table.controls')}</th>
            {integrity && <th scope="col">{t('evidence.table.integrity')}</th>}
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('evidence.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => {
            const single = e.periodFrom === e.periodTo || e.kind === 'screenshot';
            return (
              <tr key={e.id} data-testid="evidence-row">
                <th scope="row" className="evidence-name">
                  <span className="file-name">{e.originalName}</span>
                  {e.notes && <span className="block muted small">{e.notes}</span>}
                </th>
                <td>{t(`evidenceKind.${e.kind}`)}</td>
                <td className="evidence-covers">
                  {e.periodFrom === e.periodTo ? (
                    <span className="nowrap">{date(e.periodTo)}</span>
                  ) : (
                    <>
                      <span className="nowrap">{date(e.periodFrom)} –</span>{' '}
                      <span className="nowrap">{date(e.periodTo)}</span>
                    </>
                  )}
                  {single && (
                    <span className="block">
                      <span className="tag tag-warn tag-flush">{t('evidence.table.pointInTime')}</span>
                    </span>
                  )}
                </td>
                <td className="col-optional">{e.sourceSystem || <span className="muted">—</span>}</td>
                <td className="nowrap">
                  {date(e.collectedAt)}
                  {e.collectedBy && <span className="block muted small">{e.collectedBy}</span>}
                </td>
                <td className="num col-optional">{formatBytes(e.size, locale)}</td>
                <td className="col-optional">
                  <code className="hash" title={e.sha256}>
                    {shortHash(e.sha256)}
                  </code>
                </td>
                <td>
                  <ul className="chip-list">
                    {e.controlIds.map((id) => (
                      <li key={id}>
                        <button
                          type="button"
                          className="chip chip-link mono"
                          title={t('evidence.table.openControl', { id })}
                          onClick={() => jumpTo({ controlId: id, open: true })}
                        >
                          {id}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                {integrity && (
                  <td className="nowrap">
                    <IntegrityBadge status={integrity.get(e.id) ?? null} />
                  </td>
                )}
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn-small btn-danger-ghost"
                    aria-label={t('evidence.table.removeLabel', { name: e.originalName })}
                    onClick={() => onRemove(e)}
                  >
                    {t('evidence.table.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

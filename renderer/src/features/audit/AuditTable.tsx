import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/types';
import { useFormat } from '../../i18n/format';
import { ChangeList } from './ChangeList';
import { recordText, tableLabel, whenText } from './values';

/** The entries, newest first: when, who, where, what, and the change itself. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <div className="table-wrap audit-table-wrap">
      <table className="data-table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('audit.col.seq')}
            </th>
            <th scope="col">{t('audit.col.when')}</th>
            <th scope="col">{t('audit.col.who')}</th>
            <th scope="col">{t('audit.col.area')}</th>
            <th scope="col">{t('audit.col.record')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-testid="audit-row">
              <td className="num mono">{e.seq}</td>
              <td className="nowrap">
                <time dateTime={e.at}>{whenText(e.at, locale)}</time>
              </td>
              <td>
                <span className="audit-who">{e.actor}</span>
                {e.osUser !== e.actor && <span className="audit-os">{t('audit.osUser', { name: e.osUser })}</span>}
              </td>
              <td className="nowrap">{tableLabel(t, e.table)}</td>
              <th scope="row" className="audit-record" title={e.label}>
                {recordText(e)}
              </th>
              <td>
                <span
                  className={`badge audit-action audit-${e.action}`}
                  title={e.action === 'baseline' ? t('audit.baselineHelp') : undefined}
                >
                  <span className="badge-mark" aria-hidden="true" />
                  {t(`audit.action.${e.action}`)}
                </span>
              </td>
              <td>
                <ChangeList entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { PackageFileCheck, PackageVerification } from '../../../../shared/interchange/package';
import { useFormat } from '../../i18n/format';
import './interchange.css';

function StatusBadge({ check }: { check: PackageFileCheck }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${check.status === 'ok' ? 'status-implemented' : 'status-not_implemented'}`}>
      <span className="badge-mark" aria-hidden="true" />
      {t(`interchange.package.status.${check.status}`)}
    </span>
  );
}

function FileTable({ files }: { files: readonly PackageFileCheck[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table verify-table">
        <thead>
          <tr>
            <th scope="col">{t('interchange.package.colStatus')}</th>
            <th scope="col">{t('interchange.package.colFile')}</th>
            <th scope="col">{t('interchange.package.colDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f, i) => (
            <tr key={`${f.path}-${i}`} data-status={f.status}>
              <td className="nowrap">
                <StatusBadge check={f} />
              </td>
              <td>
                <code className="verify-path">{f.path}</code>
              </td>
              <td>{f.status === 'ok' ? '' : f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The result of checking a package against its manifest: problems first, every file on request. */
export function VerifyReport({ report }: { report: PackageVerification }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const bad = report.files.filter((f) => f.status !== 'ok');
  const manifest = report.manifest;
  return (
    <div className="verify-report" data-testid="verify-report" data-ok={report.ok}>
      <p className={`verify-verdict ${report.ok ? 'verify-ok' : 'verify-bad'}`} role={report.ok ? 'status' : 'alert'}>
        <span className={`badge ${report.ok ? 'status-implemented' : 'status-not_implemented'}`}>
          <span className="badge-mark" aria-hidden="true" />
          {report.ok ? t('interchange.package.intact') : t('interchange.package.notIntact')}
        </span>{' '}
        {report.ok
          ? t('interchange.package.verifyOk', { count: report.files.length })
          : t('interchange.package.verifyBad')}
      </p>
      <p className="muted">
        {t('interchange.package.verifiedFile')} <code className="verify-path">{report.path}</code>
      </p>
      {manifest && (
        <p className="muted">
          {t('interchange.package.verifyOf', {
            system: manifest.assessment.systemName,
            organisation: manifest.assessment.organisation,
            date: date(manifest.createdAt.slice(0, 10)),
          })}
        </p>
      )}
      {report.problems.length > 0 && (
        <>
          <h3 className="verify-subtitle">{t('interchange.package.problems')}</h3>
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {bad.length > 0 && <FileTable files={bad} />}
      {report.files.length > bad.length && (
        <details className="verify-all">
          <summary>{t('interchange.package.showAll', { count: report.files.length })}</summary>
          <FileTable files={report.files} />
        </details>
      )}
    </div>
  );
}

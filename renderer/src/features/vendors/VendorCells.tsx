import { useTranslation } from 'react-i18next';
import type { Soc2ReportInfo, SubserviceMethod, TrainingUse } from '../../../../shared/vendors/types';
import { useFormat } from '../../i18n/format';

const TRAINING_TONE: Record<TrainingUse, string> = {
  unknown: 'ai-tone-warn',
  may_train: 'ai-tone-bad',
  does_not_train: 'ai-tone-good',
  opted_out: 'ai-tone-good',
};

/** May the vendor train on our data: the answer as colour and text. */
export function TrainingUseCell({ use }: { use: TrainingUse }) {
  const { t } = useTranslation();
  return <span className={`tag ai-tone ${TRAINING_TONE[use]}`}>{t(`ai.vendors.trainingUse.${use}`)}</span>;
}

/** Days a vendor keeps inputs or outputs: unknown (flagged), not kept, or a number of days. */
export function RetentionCell({ days, assessed }: { days: number | null; assessed: boolean }) {
  const { t } = useTranslation();
  if (days === null) return <span className="tag ai-tone ai-tone-warn">{t('ai.vendors.retention.unknown')}</span>;
  return (
    <span>
      {days === 0 ? t('ai.vendors.retention.none') : t('ai.vendors.retention.days', { count: days })}
      {!assessed && <span className="muted small block">{t('ai.vendors.retention.unconfirmed')}</span>}
    </span>
  );
}

export function MethodCell({ method }: { method: SubserviceMethod }) {
  const { t } = useTranslation();
  if (method === 'undecided')
    return <span className="tag ai-tone ai-tone-warn">{t('ai.vendors.method.undecided')}</span>;
  return <span>{t(`ai.vendors.method.${method}`)}</span>;
}

/** The SOC 2 report on file: type, period end and bridge letter. */
export function ReportCell({ report }: { report: Soc2ReportInfo }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (report.type === 'none') return <span className="tag ai-tone ai-tone-warn">{t('ai.vendors.soc2.noneShort')}</span>;
  return (
    <span>
      {t(`ai.vendors.soc2.${report.type}`)}
      {report.periodEnd && (
        <span className="muted small block">{t('ai.vendors.soc2.periodEnd', { date: date(report.periodEnd) })}</span>
      )}
      {report.bridgeLetter && report.bridgeLetterDate && (
        <span className="muted small block">
          {t('ai.vendors.soc2.bridge', { date: date(report.bridgeLetterDate) })}
        </span>
      )}
    </span>
  );
}

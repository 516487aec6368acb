import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_STATUSES, OWNER_FUNCTIONS, type ControlStatus, type OwnerFunction } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { useAssessment, type BulkPatch } from '../../app/assessment-context';

interface BulkBarProps {
  selection: ReadonlySet<string>;
  onClear: () => void;
  onDone: (message: string, tone: 'success' | 'error') => void;
  onNeedJustification: () => void;
}

/** Bulk actions on the selected controls: set status, set owner (all or nothing). */
export function BulkBar({ selection, onClear, onDone, onNeedJustification }: BulkBarProps) {
  const { t } = useTranslation();
  const { bulkUpdate } = useAssessment();
  const [ownerName, setOwnerName] = useState('');
  const [ownerFunction, setOwnerFunction] = useState<OwnerFunction | 'keep' | 'none'>('keep');
  const [busy, setBusy] = useState(false);

  const apply = async (patch: BulkPatch) => {
    setBusy(true);
    try {
      const count = await bulkUpdate([...selection], patch);
      onDone(t('bulk.done', { count }), 'success');
    } catch (error) {
      onDone(t('bulk.failed', { message: errorMessage(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const onStatus = (status: ControlStatus | '') => {
    if (status === '') return;
    if (status === 'not_applicable') onNeedJustification();
    else void apply({ status });
  };

  const ownerPatch = (): BulkPatch => ({
    ...(ownerName.trim() ? { ownerName: ownerName.trim() } : {}),
    ...(ownerFunction === 'keep' ? {} : { ownerFunction: ownerFunction === 'none' ? null : ownerFunction }),
  });

  return (
    <div
      className="bulk-bar"
      role="region"
      aria-label={t('bulk.selected', { count: selection.size })}
      data-testid="bulk-bar"
    >
      <strong>{t('bulk.selected', { count: selection.size })}</strong>
      <label className="filter">
        <span className="filter-label">{t('bulk.setStatus')}</span>
        <select
          value=""
          disabled={busy}
          onChange={(e) => onStatus(e.target.value as ControlStatus | '')}
          data-testid="bulk-status"
        >
          <option value="">{t('bulk.setStatusPlaceholder')}</option>
          {CONTROL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusLong.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="bulk-divider" aria-hidden="true" />
      <label className="filter">
        <span className="filter-label">{t('bulk.ownerName')}</span>
        <input type="text" value={ownerName} maxLength={120} onChange={(e) => setOwnerName(e.target.value)} />
      </label>
      <label className="filter">
        <span className="filter-label">{t('bulk.ownerFunction')}</span>
        <select
          value={ownerFunction}
          onChange={(e) => setOwnerFunction(e.target.value as OwnerFunction | 'keep' | 'none')}
        >
          <option value="keep">{t('bulk.keep')}</option>
          {OWNER_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {t(`ownerFunction.${f}`)}
            </option>
          ))}
          <option value="none">{t('ownerFunction.none')}</option>
        </select>
      </label>
      <button
        type="button"
        className="btn btn-small"
        disabled={busy || Object.keys(ownerPatch()).length === 0}
        onClick={() => void apply(ownerPatch())}
      >
        {t('bulk.applyOwner')}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediationItemView } from '../../../../shared/remediation/plan';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';
import { formOf, inputOf } from './remediation-form';

interface CloseItemModalProps {
  assessmentId: string;
  item: RemediationItemView;
  onClose: () => void;
  onClosed: (applied: boolean) => void;
}

/**
 * Marks an item done. With "also mark the linked controls implemented", main sets them implemented in the
 * same transaction as the closure (applyToControls), so the readiness score moves at once.
 */
export function CloseItemModal({ assessmentId, item, onClose, onClosed }: CloseItemModalProps) {
  const { t } = useTranslation();
  const { reloadAssessment } = useAssessment();
  const linked = item.controlIds.length;
  const [apply, setApply] = useState(linked > 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = async () => {
    setBusy(true);
    try {
      const applied = apply && linked > 0;
      await api.remediation.save({
        assessmentId,
        item: inputOf({ ...formOf(item), status: 'done' }),
        applyToControls: applied,
      });
      if (applied) await reloadAssessment();
      onClosed(applied);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('ai.remediation.close.title')} onClose={onClose}>
      <p className="strong">{item.action}</p>
      {linked > 0 ? (
        <>
          <label className="choice ai-apply">
            <input
              type="checkbox"
              checked={apply}
              onChange={(e) => setApply(e.target.checked)}
              data-testid="apply-to-controls"
            />
            {t('ai.remediation.close.apply', { count: linked, ids: item.controlIds.join(', ') })}
          </label>
          <p className="muted small">{t('ai.remediation.close.applyHelp')}</p>
        </>
      ) : (
        <p className="muted">{t('ai.remediation.close.noControls')}</p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void close()}>
          {t('ai.remediation.close.confirm')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('ai.common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { Modal } from '../../components/Modal';
import { Notice } from '../../components/Notice';

interface RemoveEvidenceModalProps {
  item: EvidenceItem;
  /** Called with a sentence saying what went (the item, the stored file, or only one link). */
  onRemoved: (summary: string) => void;
  onCancel: () => void;
}

const ALL = '';

/** Removes evidence from one control, or from all of them; says plainly when the stored file goes too. */
export function RemoveEvidenceModal({ item, onRemoved, onCancel }: RemoveEvidenceModalProps) {
  const { t } = useTranslation();
  const several = item.controlIds.length > 1;
  const [target, setTarget] = useState<string>(ALL);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const controlId = target === ALL ? undefined : target;
      const result = await api.evidence.remove({ evidenceId: item.id, ...(controlId ? { controlId } : {}) });
      const name = item.originalName;
      if (!result.itemRemoved) {
        const rest = item.controlIds.filter((id) => id !== controlId).join(', ');
        onRemoved(t('evidence.remove.unlinked', { name, id: controlId ?? '', rest }));
      } else {
        onRemoved(
          result.fileRemoved ? t('evidence.remove.fileDeleted', { name }) : t('evidence.remove.fileKept', { name }),
        );
      }
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('evidence.remove.title', { name: item.originalName })} onClose={onCancel}>
      <div className="form" data-testid="remove-evidence">
        {several ? (
          <fieldset className="fieldset">
            <legend>{t('evidence.remove.which')}</legend>
            {item.controlIds.map((id) => (
              <label key={id} className="choice">
                <input type="radio" name="remove-target" checked={target === id} onChange={() => setTarget(id)} />
                {t('evidence.remove.onlyFrom', { id })}
              </label>
            ))}
            <label className="choice">
              <input type="radio" name="remove-target" checked={target === ALL} onChange={() => setTarget(ALL)} />
              {t('evidence.remove.fromAll', { count: item.controlIds.length })}
            </label>
          </fieldset>
        ) : (
          <p>{t('evidence.remove.single', { id: item.controlIds[0] ?? '' })}</p>
        )}
        <p className="muted small">{t('evidence.remove.fileRule')}</p>
        {failure && <Notice tone="error">{t('evidence.remove.failed', { message: failure })}</Notice>}
        <div className="form-actions">
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void remove()}>
            {target === ALL ? t('evidence.remove.confirmAll') : t('evidence.remove.confirmOne', { id: target })}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={onCancel}>
            {t('evidence.remove.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';

/** The exports that write an ordinary file, by the name the confirmation shows. */
export type PlaintextExport =
  | 'pdf'
  | 'controlsCsv'
  | 'controlsXlsx'
  | 'remediationCsv'
  | 'remediationXlsx'
  | 'oscalResults'
  | 'oscalPoam'
  | 'package';

/** The formats whose file says itself that it left an encrypted workspace (a line on the PDF cover, a row in Excel's About sheet, a note in the package's manifest). */
const MARKED: ReadonlySet<PlaintextExport> = new Set(['pdf', 'controlsXlsx', 'remediationXlsx', 'package']);

interface Props {
  what: PlaintextExport;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before an export leaves encryption. Esc or Cancel writes nothing; "Export unencrypted" goes on to the save dialog. */
export function UnencryptedExportModal({ what, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Modal title={t('exportWarning.title')} onClose={onCancel}>
      <div data-testid="unencrypted-export-dialog">
        <p className="export-warning-what">{t(`exportWarning.what.${what}`)}</p>
        <p>{t('exportWarning.body')}</p>
        <p className="muted">{t(MARKED.has(what) ? 'exportWarning.bodyMarked' : 'exportWarning.bodyUnmarked')}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-primary" onClick={onConfirm} data-testid="export-unencrypted">
            {t('exportWarning.confirm')}
          </button>
          {/* The native attribute, not React's autoFocus: showModal() focuses it, so Enter alone never exports. */}
          <button
            type="button"
            className="btn"
            onClick={onCancel}
            ref={(button) => button?.setAttribute('autofocus', '')}
          >
            {t('exportWarning.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

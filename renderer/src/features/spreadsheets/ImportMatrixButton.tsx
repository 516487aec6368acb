import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { ImportMatrixDialog } from './ImportMatrixDialog';

/** Checklist toolbar: "Import control matrix…" and its dialog; the checklist and score reload after an import. */
export function ImportMatrixButton() {
  const { t } = useTranslation();
  const { assessment, reloadAssessment } = useAssessment();
  const { refreshAssessments } = useWorkspace();
  const [open, setOpen] = useState(false);
  if (!assessment) return null;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="import-matrix">
        {t('spreadsheets.importButton')}
      </button>
      {open && (
        <ImportMatrixDialog
          assessmentId={assessment.id}
          onClose={() => setOpen(false)}
          onImported={() => void Promise.all([reloadAssessment(), refreshAssessments()])}
        />
      )}
    </>
  );
}

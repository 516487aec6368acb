import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentControl, EvidenceItem } from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { AddEvidenceModal, type PendingFile } from './AddEvidenceModal';

export interface AddNotice {
  tone: 'success' | 'error' | 'info';
  text: string;
}

interface AddEvidenceOptions {
  assessmentId: string;
  windowStart: string | null;
  controls: readonly AssessmentControl[];
  /** Controls ticked when the form opens (the control whose panel asked). */
  initialControlIds?: readonly string[];
  onAdded: (items: EvidenceItem[]) => void;
}

export interface AddEvidence {
  /** Opens the system's file dialog, then the form. */
  choose: () => Promise<void>;
  /** Takes files dropped on the page, then opens the form. */
  drop: (files: readonly File[]) => void;
  /** The form, while files wait to be described. */
  modal: ReactNode;
  notice: AddNotice | null;
  clearNotice: () => void;
}

function nameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The two ways in — file dialog and drag-and-drop — and the one form that describes the files. */
export function useAddEvidence(options: AddEvidenceOptions): AddEvidence {
  const { t } = useTranslation();
  const { assessmentId, windowStart, controls, initialControlIds, onAdded } = options;
  const [pending, setPending] = useState<PendingFile[] | null>(null);
  const [notice, setNotice] = useState<AddNotice | null>(null);

  const choose = useCallback(async () => {
    setNotice(null);
    try {
      const paths = await api.evidence.chooseFiles({});
      // An empty answer is the dialog's Cancel: nothing to say.
      if (paths.length > 0) setPending(paths.map((path) => ({ path, name: nameOf(path) })));
    } catch (error) {
      setNotice({ tone: 'error', text: t('evidence.add.dialogFailed', { message: errorMessage(error) }) });
    }
  }, [t]);

  const drop = useCallback(
    (files: readonly File[]) => {
      setNotice(null);
      const found: PendingFile[] = [];
      const unreadable: string[] = [];
      for (const file of files) {
        const path = api.files.pathOf(file);
        if (path) found.push({ path, name: file.name });
        else unreadable.push(file.name);
      }
      if (unreadable.length > 0) {
        setNotice({
          tone: 'error',
          text: t('evidence.add.noPath', { count: unreadable.length, names: unreadable.join(', ') }),
        });
      }
      if (found.length > 0) setPending(found);
    },
    [t],
  );

  const modal = pending ? (
    <AddEvidenceModal
      assessmentId={assessmentId}
      windowStart={windowStart}
      files={pending}
      controls={controls}
      initialControlIds={initialControlIds ?? []}
      onCancel={() => setPending(null)}
      onAdded={(items) => {
        setPending(null);
        const controlIds = [...new Set(items.flatMap((i) => i.controlIds))];
        setNotice({
          tone: 'success',
          text: t('evidence.add.added', { count: items.length, controls: controlIds.join(', ') }),
        });
        onAdded(items);
      }}
    />
  ) : null;

  return { choose, drop, modal, notice, clearNotice: () => setNotice(null) };
}

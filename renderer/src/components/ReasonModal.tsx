import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../api';
import { EditorFooter } from './EditorFooter';
import { Field } from './Field';
import { Modal } from './Modal';

interface ReasonModalProps {
  title: string;
  /** Shown above the help text (what the reason is about). */
  children?: ReactNode;
  help: string;
  label: string;
  /** The message when the reason is left empty. */
  requiredMessage: string;
  confirmLabel: string;
  cancelLabel: string;
  inputTestId: string;
  onClose: () => void;
  /** Saves with the reason, trimmed; a failure is shown under the field and the modal stays open. */
  onConfirm: (reason: string) => Promise<void>;
}

/** Asks for a reason before an action that needs one; an empty reason is refused. */
export function ReasonModal(props: ReasonModalProps) {
  const { title, children, help, label, requiredMessage, onClose, onConfirm } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(requiredMessage);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(text.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {children}
        <p className="muted">{help}</p>
        <Field label={label} error={error ?? undefined}>
          <textarea
            rows={4}
            maxLength={4000}
            value={text}
            autoFocus
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            data-testid={props.inputTestId}
          />
        </Field>
        <EditorFooter saveLabel={props.confirmLabel} cancelLabel={props.cancelLabel} onCancel={onClose} busy={busy} />
      </form>
    </Modal>
  );
}

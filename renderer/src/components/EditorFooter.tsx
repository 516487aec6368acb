import { Notice } from './Notice';

interface EditorFooterProps {
  /** The submit button's text (Save, Add…). */
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** While saving: the submit button is disabled. */
  busy: boolean;
  /** What went wrong, already worded for a person; shown above the buttons. */
  error?: string | null | undefined;
  /** A delete button at the far end, for a record that exists. */
  remove?: { label: string; onClick: () => void } | undefined;
  /** Extra classes for the button row. */
  className?: string | undefined;
}

/** The foot of an editing form: its error, then submit, cancel and (optionally) delete. */
export function EditorFooter({ saveLabel, cancelLabel, onCancel, busy, error, remove, className }: EditorFooterProps) {
  return (
    <>
      {error && <Notice tone="error">{error}</Notice>}
      <div className={className ? `form-actions ${className}` : 'form-actions'}>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {cancelLabel}
        </button>
        {remove && (
          <button type="button" className="btn btn-danger-ghost ai-push-right" onClick={remove.onClick}>
            {remove.label}
          </button>
        )}
      </div>
    </>
  );
}

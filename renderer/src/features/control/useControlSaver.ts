import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ControlPatch } from '../../../../shared/ipc/contract';
import { errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import type { SaveStatus } from '../../components/SaveState';

export type PatchField = keyof ControlPatch;

/** Saves a control's edits one after another (so they land in order) and tracks Saving…/Saved/errors. */
export function useControlSaver(controlId: string) {
  const { updateControl } = useAssessment();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [errors, setErrors] = useState<Partial<Record<PatchField, string>>>({});
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);

  const save = useCallback(
    (patch: ControlPatch, field: PatchField) => {
      pending.current += 1;
      setStatus({ kind: 'saving' });
      const run = queue.current.then(async () => {
        try {
          await updateControl(controlId, patch);
          setErrors((e) => ({ ...e, [field]: undefined }));
          pending.current -= 1;
          if (pending.current === 0) setStatus({ kind: 'saved' });
          return true;
        } catch (error) {
          pending.current -= 1;
          const message = errorMessage(error);
          setErrors((e) => ({ ...e, [field]: message }));
          setStatus({ kind: 'error', message });
          return false;
        }
      });
      queue.current = run.then(() => undefined);
      return run;
    },
    [controlId, updateControl],
  );

  const setError = useCallback((field: PatchField, message: string | undefined) => {
    setErrors((e) => ({ ...e, [field]: message }));
  }, []);

  return { status, errors, save, setError };
}

/** A text field saved ~400 ms after the last keystroke, or at once on blur (and when the panel closes). */
export function useDebouncedText(initial: string, commit: (value: string) => void, delay = 400) {
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(initial);
  const committed = useRef(initial);
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current !== committed.current) {
      committed.current = latest.current;
      commitRef.current(latest.current);
    }
  }, []);

  useEffect(() => flush, [flush]);

  const onChange = (next: string) => {
    setValue(next);
    latest.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  };
  return { value, onChange, onBlur: flush };
}

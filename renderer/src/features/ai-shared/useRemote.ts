import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api';

export interface Remote<T> {
  data: T | null;
  error: string | null;
  /** Loads again; resolves once the new data (or error) is in place. */
  reload: () => Promise<void>;
}

/**
 * Data read from main for one screen. `load` must be stable (useCallback) and change when what it reads
 * changes; a late answer to an older request never overwrites a newer one.
 */
export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const request = useRef(0);
  const reload = useCallback(async () => {
    const id = ++request.current;
    try {
      const data = await load();
      if (id === request.current) setState({ data, error: null });
    } catch (e) {
      if (id === request.current) setState((s) => ({ data: s.data, error: errorMessage(e) }));
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

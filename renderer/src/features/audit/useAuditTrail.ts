import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, AuditFilter, AuditVerification } from '../../../../shared/audit/types';
import { api, errorMessage } from '../../api';

export interface TrailPage {
  entries: AuditEntry[];
  matching: number;
  total: number;
  actors: string[];
  next: number | null;
}

interface Shown {
  key: string;
  page: TrailPage | null;
  error: string | null;
}

const PAGE = 100;

/**
 * The trail's newest entries matching `filter`, with "show older" paging. State changes only in the
 * answers' callbacks (a late answer to an older filter is dropped); `loading` is true while the page on
 * screen belongs to another filter or workspace.
 */
export function useAuditTrail(filter: AuditFilter, generation: number) {
  const key = `${generation}:${JSON.stringify(filter)}`;
  const [shown, setShown] = useState<Shown | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const request = useRef(0);

  const load = useCallback(() => {
    const mine = ++request.current;
    const wanted = JSON.parse(key.slice(key.indexOf(':') + 1)) as AuditFilter;
    return api.audit.list({ filter: wanted, limit: PAGE }).then(
      (page) => {
        if (mine === request.current) setShown({ key, page: { ...page, next: page.nextBeforeSeq }, error: null });
      },
      (e: unknown) => {
        if (mine === request.current) setShown({ key, page: null, error: errorMessage(e) });
      },
    );
  }, [key]);

  useEffect(() => {
    void load();
  }, [load]);

  const loadMore = useCallback(() => {
    const page = shown?.page;
    if (!shown || !page || page.next === null) return Promise.resolve();
    const mine = request.current;
    setLoadingMore(true);
    const wanted = JSON.parse(shown.key.slice(shown.key.indexOf(':') + 1)) as AuditFilter;
    return api.audit.list({ filter: wanted, limit: PAGE, beforeSeq: page.next }).then(
      (more) => {
        if (mine === request.current) {
          setShown({
            ...shown,
            page: { ...page, entries: [...page.entries, ...more.entries], next: more.nextBeforeSeq },
          });
        }
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (mine === request.current) setShown({ ...shown, error: errorMessage(e) });
        setLoadingMore(false);
      },
    );
  }, [shown]);

  return {
    page: shown?.page ?? null,
    error: shown?.error ?? null,
    loading: shown?.key !== key,
    loadingMore,
    loadMore,
    reload: load,
  };
}

interface Checked {
  generation: number;
  verification: AuditVerification | null;
  error: string | null;
}

/** Recomputes the chain when the page opens and on demand, optionally against an anchor kept earlier. */
export function useChainCheck(generation: number) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checking, setChecking] = useState(false);
  const request = useRef(0);

  const run = useCallback(
    (anchor?: string) => {
      const mine = ++request.current;
      return api.audit.verify(anchor ? { anchor } : {}).then(
        (verification) => {
          if (mine !== request.current) return;
          setChecked({ generation, verification, error: null });
          setChecking(false);
        },
        (e: unknown) => {
          if (mine !== request.current) return;
          setChecked({ generation, verification: null, error: errorMessage(e) });
          setChecking(false);
        },
      );
    },
    [generation],
  );

  useEffect(() => {
    void run();
  }, [run]);

  const check = useCallback(
    (anchor?: string) => {
      setChecking(true);
      void run(anchor);
    },
    [run],
  );

  const current = checked?.generation === generation ? checked : null;
  return {
    verification: current?.verification ?? null,
    error: current?.error ?? null,
    checking: checking || current === null,
    check,
  };
}

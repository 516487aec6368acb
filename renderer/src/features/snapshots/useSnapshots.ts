import { useCallback, useEffect, useRef, useState } from 'react';
import type { SnapshotSummary } from '../../../../shared/snapshots/types';
import { api, errorMessage } from '../../api';
import { useWorkspace } from '../../app/workspace-context';

export interface SnapshotList {
  /** null while loading. */
  snapshots: SnapshotSummary[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** The assessment's snapshots, oldest first; reloaded when `refreshKey` changes (a review completed elsewhere). */
export function useSnapshots(assessmentId: string, refreshKey: number): SnapshotList {
  const { generation } = useWorkspace();
  const key = `${assessmentId}:${generation}:${refreshKey}`;
  const [loaded, setLoaded] = useState<{
    key: string;
    snapshots: SnapshotSummary[] | null;
    error: string | null;
  } | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    return api.snapshot.list({ assessmentId }).then(
      (list) => {
        const ordered = [...list].sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
        if (mine === request.current) setLoaded({ key, snapshots: ordered, error: null });
      },
      (e: unknown) => {
        if (mine === request.current) setLoaded({ key, snapshots: null, error: errorMessage(e) });
      },
    );
  }, [assessmentId, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const current = loaded?.key === key ? loaded : null;
  return { snapshots: current?.snapshots ?? null, error: current?.error ?? null, reload };
}

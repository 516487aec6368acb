import { useCallback, useMemo } from 'react';
import { api } from '../../api';
import type { RecordNames } from './RecordLinks';
import { useRemote } from './useRemote';

/** Names of the vendors and boundary components of an assessment, for links to them (`vendor:<id>` → name). */
export function useRecordNames(assessmentId: string, version: unknown = null): RecordNames {
  const load = useCallback(async () => {
    void version;
    const [vendors, components] = await Promise.all([
      api.vendor.list({ assessmentId }),
      api.boundary.list({ assessmentId }),
    ]);
    return [
      ...vendors.map((v): [string, string] => [`vendor:${v.id}`, v.name]),
      ...components.map((c): [string, string] => [`component:${c.id}`, c.name]),
    ];
  }, [assessmentId, version]);
  const { data } = useRemote(load);
  return useMemo(() => new Map(data ?? []), [data]);
}

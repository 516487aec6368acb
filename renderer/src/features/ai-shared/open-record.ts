import { useCallback } from 'react';
import type { RecordRef } from '../../../../shared/rules/types';
import { useNavigation } from '../../app/navigation';

/**
 * Opening the record a finding points at. Controls and criteria go through the checklist's jump; a vendor
 * or a boundary component is handed to its page here, which opens its editor when it mounts.
 */
type Pending = { type: 'vendor' | 'component'; id: string };

let pending: Pending | null = null;

/** The id waiting to be opened on the page for `type`, if any (read when the page mounts). */
export function pendingRecord(type: Pending['type']): string | null {
  return pending?.type === type ? pending.id : null;
}

/** Forgets a pending record once its page has opened it. */
export function clearPendingRecord(type: Pending['type']): void {
  if (pending?.type === type) pending = null;
}

export function useOpenRecord(): (ref: RecordRef) => void {
  const { go, jumpTo } = useNavigation();
  return useCallback(
    (ref: RecordRef) => {
      switch (ref.type) {
        case 'control':
          jumpTo({ controlId: ref.id, open: true });
          break;
        case 'criterion':
          jumpTo({ criterionId: ref.id, open: false });
          break;
        case 'vendor':
          pending = { type: 'vendor', id: ref.id };
          go('vendors');
          break;
        case 'component':
          pending = { type: 'component', id: ref.id };
          go('scope');
          break;
        case 'assessment':
          go('scope');
          break;
      }
    },
    [go, jumpTo],
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewView } from '../../../../shared/review/types';
import { api, errorMessage } from '../../api';
import { useWorkspace } from '../../app/workspace-context';

export interface ReviewData {
  /** undefined while loading; null when the assessment has never had a review. */
  review: ReviewView | null | undefined;
  error: string | null;
  reload: () => Promise<void>;
  /** Shows a review returned by a write (start, record, complete) without asking again. */
  show: (review: ReviewView) => void;
}

/** The assessment's open review, else its latest one. */
export function useReviewData(assessmentId: string): ReviewData {
  const { generation } = useWorkspace();
  const key = `${assessmentId}:${generation}`;
  const [loaded, setLoaded] = useState<{ key: string; review: ReviewView | null; error: string | null } | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    return api.review.current({ assessmentId }).then(
      (review) => {
        if (mine === request.current) setLoaded({ key, review, error: null });
      },
      (e: unknown) => {
        if (mine === request.current) setLoaded({ key, review: null, error: errorMessage(e) });
      },
    );
  }, [assessmentId, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const show = useCallback(
    (review: ReviewView) => {
      request.current += 1;
      setLoaded({ key, review, error: null });
    },
    [key],
  );

  const current = loaded?.key === key ? loaded : null;
  return { review: current ? current.review : undefined, error: current?.error ?? null, reload, show };
}

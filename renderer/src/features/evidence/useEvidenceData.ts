import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverageReport } from '../../../../shared/coverage/assessment';
import type { ControlPopulation, EvidenceItem } from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { useWorkspace } from '../../app/workspace-context';

export interface EvidenceData {
  evidence: EvidenceItem[] | null;
  coverage: CoverageReport | null;
  populations: ControlPopulation[] | null;
  error: string | null;
  /** Reloads everything (after an add, a removal or a population change). */
  reload: () => Promise<void>;
}

interface Loaded {
  key: string;
  evidence: EvidenceItem[] | null;
  coverage: CoverageReport | null;
  populations: ControlPopulation[] | null;
  error: string | null;
}

/** An assessment's evidence, its per-control coverage and its per-event populations, loaded together. */
export function useEvidenceData(assessmentId: string): EvidenceData {
  const { generation } = useWorkspace();
  const key = `${assessmentId}:${generation}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const request = useRef(0);

  // Loads, then applies in a callback: the effect below only starts the request.
  const reload = useCallback(() => {
    const mine = ++request.current;
    return Promise.all([
      api.evidence.list({ assessmentId }),
      api.coverage.get({ assessmentId }),
      api.evidence.populations({ assessmentId }),
    ]).then(
      ([evidence, coverage, populations]) => {
        if (mine === request.current) setLoaded({ key, evidence, coverage, populations, error: null });
      },
      (e: unknown) => {
        if (mine === request.current) {
          setLoaded({ key, evidence: null, coverage: null, populations: null, error: errorMessage(e) });
        }
      },
    );
  }, [assessmentId, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Data loaded for another assessment (or workspace) is never shown.
  const current = loaded?.key === key ? loaded : null;
  return {
    evidence: current?.evidence ?? null,
    coverage: current?.coverage ?? null,
    populations: current?.populations ?? null,
    error: current?.error ?? null,
    reload,
  };
}

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CatalogIndex } from '../../../shared/catalog/lookup';
import type { AppInfo, AssessmentSummary } from '../../../shared/ipc/contract';
import { api, errorMessage } from '../api';
import { readResumePoint } from './resume';

export type LoadState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface WorkspaceData {
  load: LoadState;
  info: AppInfo | null;
  catalog: CatalogIndex | null;
  assessments: AssessmentSummary[];
  /** Where work resumes when the workspace is (re)loaded: the assessment last worked on, else the latest updated. */
  latestAssessmentId: string | null;
  /** Bumped whenever the workspace file changes, so assessment data reloads too. */
  generation: number;
  reload: () => Promise<void>;
  refreshAssessments: () => Promise<void>;
}

const WorkspaceContext = createContext<WorkspaceData | null>(null);

/** Where work resumes: the assessment last worked on in this workspace, else the most recently updated one. */
function resumeAt(list: readonly AssessmentSummary[], workspacePath: string): string | null {
  const remembered = readResumePoint(workspacePath)?.assessmentId;
  if (remembered && list.some((a) => a.id === remembered)) return remembered;
  let latest: AssessmentSummary | undefined;
  for (const a of list) if (!latest || a.updatedAt > latest.updatedAt) latest = a;
  return latest?.id ?? null;
}

export function useWorkspace(): WorkspaceData {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

/** Loads what every screen needs: app info, the catalog and the workspace's assessments. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [catalog, setCatalog] = useState<CatalogIndex | null>(null);
  const [assessments, setAssessments] = useState<AssessmentSummary[]>([]);
  const [latestAssessmentId, setLatestAssessmentId] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const catalogLoaded = useRef(false);

  const refreshAssessments = useCallback(async () => {
    setAssessments(await api.assessment.list({}));
  }, []);

  // Loads, then applies in a callback: effects only subscribe, state changes come from the answers.
  const reload = useCallback(
    () =>
      Promise.all([
        api.app.info({}),
        api.assessment.list({}),
        catalogLoaded.current ? Promise.resolve(null) : api.catalog.get({}),
      ]).then(
        ([nextInfo, list, nextCatalog]) => {
          if (nextCatalog) {
            setCatalog(new CatalogIndex(nextCatalog));
            catalogLoaded.current = true;
          }
          setInfo(nextInfo);
          setAssessments(list);
          setLatestAssessmentId(resumeAt(list, nextInfo.workspacePath));
          setGeneration((g) => g + 1);
          setLoad({ kind: 'ready' });
        },
        (error: unknown) => setLoad({ kind: 'error', message: errorMessage(error) }),
      ),
    [],
  );

  useEffect(() => {
    void reload();
    return api.onEvent('workspace:changed', () => void reload());
  }, [reload]);

  const value = useMemo(
    () => ({ load, info, catalog, assessments, latestAssessmentId, generation, reload, refreshAssessments }),
    [load, info, catalog, assessments, latestAssessmentId, generation, reload, refreshAssessments],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

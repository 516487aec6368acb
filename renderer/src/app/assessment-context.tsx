import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AssessmentControl } from '../../../shared/domain';
import type { AssessmentSummary, ControlPatch, CustomControlInput } from '../../../shared/ipc/contract';
import type { ScoreResult } from '../../../shared/scoring/types';
import { api, errorMessage } from '../api';
import { useWorkspace } from './workspace-context';

export interface AssessmentData {
  assessment: AssessmentSummary | null;
  controls: AssessmentControl[] | null;
  score: ScoreResult | null;
  /** Set when loading the checklist or score failed. */
  error: string | null;
  /** Chooses an assessment, or none (the assessment list). */
  select: (id: string | null) => void;
  /** Back to where work resumes in a freshly opened workspace: its latest assessment, if any. */
  resetSelection: () => void;
  updateControl: (controlId: string, patch: ControlPatch) => Promise<AssessmentControl>;
  bulkUpdate: (controlIds: string[], patch: BulkPatch) => Promise<number>;
  addCustom: (control: CustomControlInput) => Promise<AssessmentControl>;
  deleteCustom: (controlId: string) => Promise<void>;
  reloadAssessment: () => Promise<void>;
}

export type BulkPatch = Pick<ControlPatch, 'status' | 'ownerName' | 'ownerFunction' | 'justification'>;

interface Loaded {
  id: string | null;
  generation: number;
  controls: AssessmentControl[] | null;
  score: ScoreResult | null;
  error: string | null;
}

const EMPTY: Loaded = { id: null, generation: -1, controls: null, score: null, error: null };

const AssessmentContext = createContext<AssessmentData | null>(null);

export function useAssessment(): AssessmentData {
  const value = useContext(AssessmentContext);
  if (!value) throw new Error('useAssessment outside AssessmentProvider');
  return value;
}

/** The assessment being worked on, its checklist and its score; every edit refreshes the score. */
export function AssessmentProvider({ children }: { children: ReactNode }) {
  const { assessments, latestAssessmentId, generation, refreshAssessments } = useWorkspace();
  // Until the user chooses, the workspace's latest assessment is the current one.
  const [choice, setChoice] = useState<{ id: string | null; auto: boolean }>({ id: null, auto: true });
  const currentId = choice.auto ? latestAssessmentId : choice.id;
  const select = useCallback((id: string | null) => setChoice({ id, auto: false }), []);
  const resetSelection = useCallback(() => setChoice({ id: null, auto: true }), []);
  // Loaded data remembers whose it is, so switching assessments never shows the previous one's figures.
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const scoreRequest = useRef(0);

  const assessment = assessments.find((a) => a.id === currentId) ?? null;
  const id = assessment?.id ?? null;
  const { controls, score, error } = loaded.id === id && loaded.generation === generation ? loaded : EMPTY;

  const setControls = useCallback(
    (update: (list: AssessmentControl[] | null) => AssessmentControl[] | null) =>
      setLoaded((s) => ({ ...s, controls: update(s.controls) })),
    [],
  );

  const refreshScore = useCallback(async (assessmentId: string) => {
    const request = ++scoreRequest.current;
    const next = await api.score.get({ assessmentId });
    if (request === scoreRequest.current) setLoaded((s) => (s.id === assessmentId ? { ...s, score: next } : s));
  }, []);

  // Loads, then applies in a callback: the effect below only starts the request.
  const reloadAssessment = useCallback(
    () =>
      id === null
        ? Promise.resolve()
        : Promise.all([api.control.list({ assessmentId: id }), api.score.get({ assessmentId: id })]).then(
            ([list, nextScore]) => setLoaded({ id, generation, controls: list, score: nextScore, error: null }),
            (e: unknown) => setLoaded({ id, generation, controls: null, score: null, error: errorMessage(e) }),
          ),
    [id, generation],
  );

  useEffect(() => {
    void reloadAssessment();
  }, [reloadAssessment]);

  const afterEdit = useCallback(
    async (assessmentId: string) => {
      await Promise.all([refreshScore(assessmentId), refreshAssessments()]);
    },
    [refreshScore, refreshAssessments],
  );

  const updateControl = useCallback(
    async (controlId: string, patch: ControlPatch) => {
      if (!id) throw new Error('no assessment selected');
      const updated = await api.control.update({ assessmentId: id, controlId, patch });
      setControls((list) => list?.map((c) => (c.controlId === controlId ? updated : c)) ?? list);
      void afterEdit(id);
      return updated;
    },
    [id, afterEdit, setControls],
  );

  const bulkUpdate = useCallback(
    async (controlIds: string[], patch: BulkPatch) => {
      if (!id) throw new Error('no assessment selected');
      const { updated } = await api.control.bulkUpdate({ assessmentId: id, controlIds, patch });
      const list = await api.control.list({ assessmentId: id });
      setControls(() => list);
      void afterEdit(id);
      return updated;
    },
    [id, afterEdit, setControls],
  );

  const addCustom = useCallback(
    async (control: CustomControlInput) => {
      if (!id) throw new Error('no assessment selected');
      const added = await api.control.addCustom({ assessmentId: id, control });
      setControls((list) => (list ? [...list, added] : list));
      void afterEdit(id);
      return added;
    },
    [id, afterEdit, setControls],
  );

  const deleteCustom = useCallback(
    async (controlId: string) => {
      if (!id) throw new Error('no assessment selected');
      await api.control.deleteCustom({ assessmentId: id, controlId });
      setControls((list) => list?.filter((c) => c.controlId !== controlId) ?? list);
      void afterEdit(id);
    },
    [id, afterEdit, setControls],
  );

  const value = useMemo(
    () => ({
      assessment,
      controls,
      score,
      error,
      select,
      resetSelection,
      updateControl,
      bulkUpdate,
      addCustom,
      deleteCustom,
      reloadAssessment,
    }),
    [
      assessment,
      controls,
      score,
      error,
      select,
      resetSelection,
      updateControl,
      bulkUpdate,
      addCustom,
      deleteCustom,
      reloadAssessment,
    ],
  );
  return <AssessmentContext.Provider value={value}>{children}</AssessmentContext.Provider>;
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { OwnerFunction, PipelineStage } from '../../../shared/domain';
import { resumedArea } from './resume';
import { useWorkspace } from './workspace-context';

/** The areas of an assessment, in the order of the work. */
export const AREAS = [
  'overview',
  'scope',
  'checklist',
  'evidence',
  'review',
  'vendors',
  'findings',
  'remediation',
  'reports',
] as const;
export type Area = (typeof AREAS)[number];

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

export type View = Area | 'assessments' | 'new-assessment' | 'edit-assessment' | 'catalog' | 'settings' | 'audit';

const STANDALONE: ReadonlySet<View> = new Set(['assessments', 'new-assessment', 'catalog', 'settings', 'audit']);

/** What is shown for a view: an assessment's area needs an assessment, or the list stands in. */
export function effectiveView(view: View, hasAssessment: boolean): View {
  return hasAssessment || STANDALONE.has(view) ? view : 'assessments';
}

/** Checklist filters another screen can ask for: a pipeline stage, an owner function, owned or not. */
export interface ChecklistFilterRequest {
  stage?: PipelineStage;
  ownerFunction?: OwnerFunction | 'none';
  ownership?: 'named' | 'unowned';
}

/** A request to show one control or criterion in the checklist (from the jump box or the dashboard). */
export interface JumpTarget {
  controlId?: string;
  criterionId?: string;
  /** Open the control's detail panel too. */
  open: boolean;
  /** Show the checklist filtered to these controls instead (e.g. one cell of the ownership matrix). */
  filters?: ChecklistFilterRequest;
  nonce: number;
}

interface Navigation {
  view: View;
  go: (view: View) => void;
  jump: JumpTarget | null;
  jumpTo: (target: Omit<JumpTarget, 'nonce'>) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  // Work resumes where it was left in this workspace, else on the Overview of the latest assessment (or the
  // list when there is none).
  const { info, latestAssessmentId } = useWorkspace();
  const [view, setView] = useState<View>(() => resumedArea(info?.workspacePath, latestAssessmentId));
  const [jump, setJump] = useState<JumpTarget | null>(null);
  const jumpTo = useCallback((target: Omit<JumpTarget, 'nonce'>) => {
    setJump((previous) => ({ ...target, nonce: (previous?.nonce ?? 0) + 1 }));
    setView('checklist');
  }, []);
  const value = useMemo(() => ({ view, go: setView, jump, jumpTo }), [view, jump, jumpTo]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

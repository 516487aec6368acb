import { isArea, type Area } from './navigation';

/**
 * Where work resumes when a workspace is opened again: the assessment and the area last shown, remembered
 * per workspace file on this machine (the renderer's local storage, in the app's own profile folder). Only
 * an assessment id and an area name are kept, never any of the assessment's content.
 */
export interface ResumePoint {
  assessmentId: string;
  view: Area;
}

const STORAGE_KEY = 'fieldwork.resume';
/** Workspaces remembered; the least recently used is forgotten first. */
const MAX_WORKSPACES = 20;

type Stored = Record<string, ResumePoint>;

function readAll(): Stored {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** The resume point of this workspace, if one was remembered and still reads well. */
export function readResumePoint(workspacePath: string): ResumePoint | null {
  const point = readAll()[workspacePath];
  if (!point || typeof point.assessmentId !== 'string' || !isArea(point.view)) return null;
  return { assessmentId: point.assessmentId, view: point.view };
}

/**
 * The area to show for `assessmentId` when `workspacePath` is (re)opened: the one remembered if it belongs to
 * that assessment, else its Overview.
 */
export function resumedArea(workspacePath: string | undefined, assessmentId: string | null): Area {
  const point = workspacePath === undefined ? null : readResumePoint(workspacePath);
  return point && point.assessmentId === assessmentId ? point.view : 'overview';
}

export function rememberResumePoint(workspacePath: string, point: ResumePoint): void {
  const all = readAll();
  delete all[workspacePath];
  const entries = [...Object.entries(all), [workspacePath, point] as const].slice(-MAX_WORKSPACES);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or unavailable: the app then opens on the latest assessment's Overview, as without it.
  }
}

import { OWNER_FUNCTIONS, PIPELINE_STAGES, type OwnerFunction, type PipelineStage } from '../domain';
import type { ReadinessControl } from '../rules/types';

/**
 * The ownership matrix: pipeline stage × named owners (with their functions), from the checklist's
 * in-scope controls (not retired, mapped to an in-scope criterion, not marked not applicable). Pure.
 *
 * Flags:
 * - `control_without_owner`: a control with no named owner (the function the catalog suggests is not a name);
 * - `stage_without_owner`: a stage none of whose controls has a named owner;
 * - `engineering_only_stage`: a stage with AI-specific controls whose named AI-control owners are all in
 *   engineering or data science, while no control of the stage (AI or not) has a compliance or legal owner.
 */

export const TECHNICAL_FUNCTIONS: readonly OwnerFunction[] = ['engineering', 'data_science'];
export const OVERSIGHT_FUNCTIONS: readonly OwnerFunction[] = ['compliance', 'legal'];

export interface StageOwner {
  /** As first written in the checklist; owners are grouped by name, ignoring case and outer spaces. */
  name: string;
  functions: OwnerFunction[];
  controlIds: string[];
}

export interface StageOwnership {
  stage: PipelineStage;
  controlIds: string[];
  aiControlIds: string[];
  owners: StageOwner[];
  unownedControlIds: string[];
  /** Controls per owner function (named owners only), for the heat map. */
  byFunction: Record<OwnerFunction, number>;
}

export interface OwnerSummary {
  name: string;
  functions: OwnerFunction[];
  stages: PipelineStage[];
  controlCount: number;
}

export type OwnershipFlag =
  | { kind: 'control_without_owner'; stage: PipelineStage; controlId: string; aiSpecific: boolean }
  | { kind: 'stage_without_owner'; stage: PipelineStage; controlIds: string[]; aiControlIds: string[] }
  | { kind: 'engineering_only_stage'; stage: PipelineStage; controlIds: string[] };

export interface OwnershipMatrix {
  /** Stages with at least one in-scope control, in pipeline order. */
  stages: StageOwnership[];
  /** Column headers: every named owner, by name. */
  owners: OwnerSummary[];
  flags: OwnershipFlag[];
}

function ownerKey(name: string): string {
  return name.trim().toLowerCase();
}

function orderedFunctions(set: ReadonlySet<OwnerFunction>): OwnerFunction[] {
  return OWNER_FUNCTIONS.filter((f) => set.has(f));
}

function byName(a: { name: string }, b: { name: string }): number {
  const ka = ownerKey(a.name);
  const kb = ownerKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function stageOwnership(stage: PipelineStage, controls: readonly ReadinessControl[]): StageOwnership {
  const owners = new Map<string, { name: string; functions: Set<OwnerFunction>; controlIds: string[] }>();
  const byFunction = Object.fromEntries(OWNER_FUNCTIONS.map((f) => [f, 0])) as Record<OwnerFunction, number>;
  const unowned: string[] = [];
  for (const c of controls) {
    const name = c.ownerName.trim();
    if (name.length === 0) {
      unowned.push(c.controlId);
      continue;
    }
    const entry = owners.get(ownerKey(name)) ?? { name, functions: new Set<OwnerFunction>(), controlIds: [] };
    entry.controlIds.push(c.controlId);
    if (c.ownerFunction) {
      entry.functions.add(c.ownerFunction);
      byFunction[c.ownerFunction] += 1;
    }
    owners.set(ownerKey(name), entry);
  }
  return {
    stage,
    controlIds: controls.map((c) => c.controlId),
    aiControlIds: controls.filter((c) => c.aiSpecific).map((c) => c.controlId),
    owners: [...owners.values()]
      .map((o) => ({ name: o.name, functions: orderedFunctions(o.functions), controlIds: o.controlIds }))
      .sort(byName),
    unownedControlIds: unowned,
    byFunction,
  };
}

function stageFlags(stage: StageOwnership, controls: readonly ReadinessControl[]): OwnershipFlag[] {
  const flags: OwnershipFlag[] = controls
    .filter((c) => c.ownerName.trim().length === 0)
    .map((c) => ({
      kind: 'control_without_owner',
      stage: stage.stage,
      controlId: c.controlId,
      aiSpecific: c.aiSpecific,
    }));
  if (stage.owners.length === 0) {
    flags.push({
      kind: 'stage_without_owner',
      stage: stage.stage,
      controlIds: stage.controlIds,
      aiControlIds: stage.aiControlIds,
    });
    return flags;
  }
  const ownedAi = controls.filter((c) => c.aiSpecific && c.ownerName.trim().length > 0);
  const technicalOnly =
    ownedAi.length > 0 &&
    ownedAi.every((c) => c.ownerFunction !== null && TECHNICAL_FUNCTIONS.includes(c.ownerFunction));
  const oversight = controls.some(
    (c) => c.ownerName.trim().length > 0 && c.ownerFunction !== null && OVERSIGHT_FUNCTIONS.includes(c.ownerFunction),
  );
  if (technicalOnly && !oversight) {
    flags.push({ kind: 'engineering_only_stage', stage: stage.stage, controlIds: ownedAi.map((c) => c.controlId) });
  }
  return flags;
}

export function buildOwnershipMatrix(controls: readonly ReadinessControl[]): OwnershipMatrix {
  const counted = controls.filter((c) => !c.retired && c.criteria.length > 0 && c.status !== 'not_applicable');
  const stages: StageOwnership[] = [];
  const flags: OwnershipFlag[] = [];
  const people = new Map<
    string,
    { name: string; functions: Set<OwnerFunction>; stages: Set<PipelineStage>; count: number }
  >();
  for (const stage of PIPELINE_STAGES) {
    const members = counted.filter((c) => c.stage === stage);
    if (members.length === 0) continue;
    const ownership = stageOwnership(stage, members);
    stages.push(ownership);
    flags.push(...stageFlags(ownership, members));
    for (const owner of ownership.owners) {
      const person = people.get(ownerKey(owner.name)) ?? {
        name: owner.name,
        functions: new Set<OwnerFunction>(),
        stages: new Set<PipelineStage>(),
        count: 0,
      };
      owner.functions.forEach((f) => person.functions.add(f));
      person.stages.add(stage);
      person.count += owner.controlIds.length;
      people.set(ownerKey(owner.name), person);
    }
  }
  const owners = [...people.values()]
    .map((p) => ({
      name: p.name,
      functions: orderedFunctions(p.functions),
      stages: PIPELINE_STAGES.filter((s) => p.stages.has(s)),
      controlCount: p.count,
    }))
    .sort(byName);
  return { stages, owners, flags };
}

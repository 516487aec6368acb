import { randomUUID } from 'node:crypto';
import { buildDataFlow, type DataFlow } from '../../shared/boundary/data-flow';
import { starterComponents } from '../../shared/boundary/starter';
import {
  componentInputSchema,
  DEFAULT_PATHS,
  type BoundaryComponent,
  type ParsedComponentInput,
} from '../../shared/boundary/types';
import type { Locale } from '../../shared/format';
import { AppError } from '../../shared/ipc/result';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../../shared/rules/strings.fr';
import { deleteComponentRow, findComponent, listComponents, nextFlowOrder, writeComponent } from '../db/boundary';
import { listControls } from '../db/controls';
import { getAssessment } from './assessments';
import { inScopeCriteria } from './catalog-versions';
import type { ServiceContext } from './context';
import { normaliseControlIds, parseOrThrow, requireChecklistControls } from './ai-input';

/** The system boundary of an assessment: its components, the starter list and the data-flow diagram. */

export function listBoundary(ctx: ServiceContext, assessmentId: string): BoundaryComponent[] {
  getAssessment(ctx, assessmentId);
  return listComponents(ctx.db, assessmentId);
}

export function getComponent(ctx: ServiceContext, assessmentId: string, id: string): BoundaryComponent {
  const component = findComponent(ctx.db, getAssessment(ctx, assessmentId).id, id);
  if (!component) throw new AppError('not_found', `No boundary component with id ${id} in this assessment.`);
  return component;
}

function write(ctx: ServiceContext, assessmentId: string, input: ParsedComponentInput, now: string): string {
  const controlIds = normaliseControlIds(input.controlIds);
  requireChecklistControls(ctx, assessmentId, controlIds);
  const existing = input.id === undefined ? undefined : getComponent(ctx, assessmentId, input.id);
  const id = existing?.id ?? randomUUID();
  writeComponent(
    ctx.db,
    {
      id,
      assessmentId,
      kind: input.kind,
      name: input.name,
      inScope: input.inScope,
      scopeReason: input.inScope ? '' : input.scopeReason,
      ownerName: input.ownerName,
      data: input.data,
      controlIds,
      onTrainingPath: input.onTrainingPath ?? existing?.onTrainingPath ?? DEFAULT_PATHS[input.kind].training,
      onInferencePath: input.onInferencePath ?? existing?.onInferencePath ?? DEFAULT_PATHS[input.kind].inference,
      flowOrder: input.flowOrder ?? existing?.flowOrder ?? nextFlowOrder(ctx.db, assessmentId),
      notes: input.notes,
    },
    now,
  );
  return id;
}

/** Adds a component (no id) or replaces one (with its id). Linked controls must be in the checklist. */
export function saveComponent(ctx: ServiceContext, assessmentId: string, raw: unknown): BoundaryComponent {
  const input = parseOrThrow(componentInputSchema, raw, 'The boundary component');
  return ctx.db.transaction(() => {
    getAssessment(ctx, assessmentId);
    const id = write(ctx, assessmentId, input, ctx.now().toISOString());
    return getComponent(ctx, assessmentId, id);
  })();
}

export function deleteComponent(ctx: ServiceContext, assessmentId: string, id: string): void {
  getComponent(ctx, assessmentId, id);
  deleteComponentRow(ctx.db, assessmentId, id);
}

/** Adds the starter components whose kind the boundary lacks (running it twice adds nothing). */
export function addStarterBoundary(
  ctx: ServiceContext,
  assessmentId: string,
  lang: Locale = 'en',
): { added: number; components: BoundaryComponent[] } {
  return ctx.db.transaction(() => {
    const assessment = getAssessment(ctx, assessmentId);
    const inScope = inScopeCriteria(assessment);
    const checklist = listControls(ctx.db, assessmentId).map((c) => ({
      controlId: c.controlId,
      stage: c.stage,
      applicable: !c.retired && c.status !== 'not_applicable' && c.criteria.some((id) => inScope.has(id)),
    }));
    const kinds = new Set(listComponents(ctx.db, assessmentId).map((c) => c.kind));
    const starters = starterComponents(
      kinds,
      checklist,
      lang === 'fr' ? AI_READINESS_STRINGS_FR : AI_READINESS_STRINGS_EN,
    );
    const now = ctx.now().toISOString();
    const base = nextFlowOrder(ctx.db, assessmentId);
    for (const starter of starters)
      write(ctx, assessmentId, { ...starter, flowOrder: base + (starter.flowOrder ?? 0) }, now);
    return { added: starters.length, components: listComponents(ctx.db, assessmentId) };
  })();
}

export function dataFlowOf(ctx: ServiceContext, assessmentId: string): DataFlow {
  return buildDataFlow(listBoundary(ctx, assessmentId), { clientLabel: AI_READINESS_STRINGS_EN.dataFlow.client });
}

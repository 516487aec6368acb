import { randomUUID } from 'node:crypto';
import type { Assessment } from '../../shared/domain';
import { validateAssessmentInput } from '../../shared/assessment-input';
import { AppError } from '../../shared/ipc/result';
import { findAssessment, insertAssessment, listAssessments, updateAssessmentRow } from '../db/assessments';
import { controlIdsOf, insertControl, nextSortOrder } from '../db/controls';
import type { ServiceContext } from './context';
import { inScopeCriteria, pinnedCatalog, recordShippedCatalog } from './catalog-versions';

function validated(raw: unknown) {
  const result = validateAssessmentInput(raw);
  if (!result.ok) {
    throw new AppError('invalid_input', result.issues.map((i) => i.message).join(' '));
  }
  return result.value;
}

export function getAssessment(ctx: ServiceContext, id: string): Assessment {
  const assessment = findAssessment(ctx.db, id);
  if (!assessment) throw new AppError('not_found', `No assessment with id ${id} in this workspace.`);
  return assessment;
}

export { listAssessments };

/**
 * Adds the controls of the assessment's pinned catalog version that map to a criterion in scope and are
 * not yet in the checklist (or only `onlyIds`, when given). A newer catalog is adopted explicitly (catalog-update.ts).
 */
export function instantiateCatalogControls(ctx: ServiceContext, assessment: Assessment, onlyIds?: ReadonlySet<string>): number {
  const inScope = inScopeCriteria(assessment);
  const present = controlIdsOf(ctx.db, assessment.id);
  let order = nextSortOrder(ctx.db, assessment.id);
  const now = ctx.now().toISOString();
  let added = 0;
  for (const control of pinnedCatalog(ctx, assessment).controls) {
    if (onlyIds && !onlyIds.has(control.id)) continue;
    if (present.has(control.id) || !control.criteria.some((c) => inScope.has(c))) continue;
    insertControl(
      ctx.db,
      {
        assessmentId: assessment.id,
        controlId: control.id,
        source: 'catalog',
        title: null,
        description: null,
        criteria: control.criteria,
        stage: control.stage,
        frequency: control.frequency,
        status: 'not_assessed',
        justification: '',
        ownerName: '',
        ownerFunction: control.ownerFunction,
        notes: '',
        isKey: control.keyDefault,
        sortOrder: order++,
      },
      now,
    );
    added += 1;
  }
  return added;
}

export function createAssessment(ctx: ServiceContext, raw: unknown): Assessment {
  const input = validated(raw);
  const id = randomUUID();
  return ctx.db.transaction(() => {
    recordShippedCatalog(ctx);
    insertAssessment(ctx.db, id, input, ctx.catalog.version, ctx.now().toISOString());
    const assessment = getAssessment(ctx, id);
    instantiateCatalogControls(ctx, assessment);
    return assessment;
  })();
}

/** Edits the scope; widening it adds the new categories' controls, narrowing it keeps every edit. */
export function updateAssessment(ctx: ServiceContext, id: string, raw: unknown): Assessment {
  const input = validated(raw);
  return ctx.db.transaction(() => {
    getAssessment(ctx, id);
    updateAssessmentRow(ctx.db, id, input, ctx.now().toISOString());
    const assessment = getAssessment(ctx, id);
    instantiateCatalogControls(ctx, assessment);
    return assessment;
  })();
}

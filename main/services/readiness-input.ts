import { isoDateOf } from '../../shared/dates';
import type { Assessment } from '../../shared/domain';
import { toCoverageFacts } from '../../shared/rules/coverage-facts';
import type { CoverageFact, ReadinessControl, RuleInput } from '../../shared/rules/types';
import { listComponents } from '../db/boundary';
import { listControls } from '../db/controls';
import { listEvidence } from '../db/evidence';
import { listReviewFacts } from '../db/findings';
import { listVendors } from '../db/vendors';
import { getAssessment } from './assessments';
import { inScopeCriteria, pinnedCatalog } from './catalog-versions';
import type { ServiceContext } from './context';
import { coverageFor, measuresOperating, resolveAsOf } from './coverage';
import { scoreOf } from './score';

/**
 * The checklist joined with the assessment's pinned catalog: in-scope criteria, the AI flag and the topic
 * tags. Custom controls carry no tags and count as AI-specific when they sit in an ML pipeline stage.
 */
export function readinessControls(ctx: ServiceContext, assessment: Assessment): ReadinessControl[] {
  const catalog = new Map(pinnedCatalog(ctx, assessment).controls.map((c) => [c.id, c]));
  const inScope = inScopeCriteria(assessment);
  return listControls(ctx.db, assessment.id).map((c) => {
    const meta = c.source === 'catalog' ? catalog.get(c.controlId) : undefined;
    return {
      controlId: c.controlId,
      status: c.status,
      stage: c.stage,
      frequency: c.frequency,
      criteria: c.criteria.filter((id) => inScope.has(id)),
      isKey: c.isKey,
      aiSpecific: meta ? meta.aiSpecific : c.stage !== 'organisation_wide',
      tags: meta ? [...meta.tags] : [],
      ownerName: c.ownerName,
      ownerFunction: c.ownerFunction,
      retired: c.retired,
    };
  });
}

/** Type II coverage facts from shared/coverage (empty when operating effectiveness is not measured). */
function coverageFacts(ctx: ServiceContext, assessment: Assessment): CoverageFact[] {
  if (!measuresOperating(assessment)) return [];
  return toCoverageFacts(coverageFor(ctx, assessment, resolveAsOf(ctx, assessment)), assessment.windowStart);
}

/** Everything the rules read for one assessment, today. */
export function ruleInputOf(ctx: ServiceContext, assessmentId: string): RuleInput {
  const assessment = getAssessment(ctx, assessmentId);
  return {
    today: isoDateOf(ctx.now()),
    assessment,
    controls: readinessControls(ctx, assessment),
    criteria: scoreOf(ctx, assessmentId).criteria,
    components: listComponents(ctx.db, assessmentId),
    vendors: listVendors(ctx.db, assessmentId),
    evidence: listEvidence(ctx.db, assessmentId),
    coverage: coverageFacts(ctx, assessment),
    reviews: listReviewFacts(ctx.db, assessmentId),
  };
}

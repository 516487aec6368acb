import { CatalogIndex } from '../../shared/catalog/lookup';
import { isoDateOf } from '../../shared/dates';
import { reportOptionsSchema, type ReportOptions, type ReportOptionsInput } from '../../shared/ipc/contract';
import { AI_STRINGS } from '../../shared/report/document';
import { resolveReportOptions } from '../../shared/report/options';
import type { ReportData } from '../../shared/report/types';
import { runRules, withMutes } from '../../shared/rules/engine';
import { rankGaps } from '../../shared/rules/rank';
import type { FindingsResult } from '../../shared/rules/types';
import { listControls } from '../db/controls';
import { workspaceIsEncrypted } from '../evidence/data-key';
import { listEvidence } from '../db/evidence';
import { listMutes } from '../db/findings';
import { findSnapshot, listSnapshots } from '../db/snapshots';
import { getAssessment } from '../services/assessments';
import { listBoundary } from '../services/boundary';
import type { ServiceContext } from '../services/context';
import { coverageFor, measuresOperating } from '../services/coverage';
import { ownershipOf } from '../services/findings';
import { ruleInputOf } from '../services/readiness-input';
import { listPlan } from '../services/remediation';
import { currentReview } from '../services/review';
import { scoreOf } from '../services/score';
import { listVendorViews } from '../services/vendors';

/** The rule findings and the ranked gaps with their texts in the report's language (findingsOf, localised). */
function localisedFindings(ctx: ServiceContext, assessmentId: string, options: ReportOptions): FindingsResult {
  const strings = AI_STRINGS[options.lang];
  const input = ruleInputOf(ctx, assessmentId);
  const findings = withMutes(runRules(input, { strings }), listMutes(ctx.db, assessmentId));
  const ranking = rankGaps({ findings, criteria: input.criteria, controls: input.controls }, strings);
  return {
    assessmentId,
    asOf: input.today,
    findings,
    rankingMethod: ranking.method,
    gaps: ranking.ranked,
    topFive: ranking.topFive,
  };
}

/** Gathers the report's data from the workspace; the document itself is built by pure code in shared/. */
export function gatherReportData(
  ctx: ServiceContext,
  assessmentId: string,
  input: ReportOptionsInput,
  appVersion: string,
): ReportData {
  const options = reportOptionsSchema.parse(input);
  const assessment = getAssessment(ctx, assessmentId);
  const score = scoreOf(ctx, assessmentId);
  const index = new CatalogIndex(ctx.catalog);
  const inScope = new Set(score.controls.filter((c) => c.criteria.length > 0).map((c) => c.id));
  const checklist = listControls(ctx.db, assessmentId);
  const snapshots = listSnapshots(ctx.db, assessmentId);
  const today = isoDateOf(ctx.now());
  return {
    assessment,
    score,
    controls: checklist
      .filter((c) => inScope.has(c.controlId))
      .map((c) => ({ ...c, displayTitle: index.titleOf(c, options.lang) })),
    criteria: score.criteria.map((c) => ({ id: c.id, title: index.criterion(c.id)?.title[options.lang] ?? c.id })),
    generatedAt: ctx.now().toISOString(),
    appVersion,
    catalogVersion: assessment.catalogVersion,
    locale: options.lang,
    options: resolveReportOptions(options),
    evidence: listEvidence(ctx.db, assessmentId),
    coverage: measuresOperating(assessment) && score.asOf ? coverageFor(ctx, assessment, score.asOf, checklist) : [],
    review: currentReview(ctx, assessmentId),
    snapshots,
    trend: snapshots.flatMap((s) => {
      const frozen = findSnapshot(ctx.db, s.id);
      if (!frozen) return [];
      const { overall, categories } = frozen.data.score;
      return [{ label: s.label, asOf: s.asOf, reviewId: s.reviewId, score: { overall, categories } }];
    }),
    boundary: listBoundary(ctx, assessmentId),
    vendors: listVendorViews(ctx, assessmentId, today),
    ownership: ownershipOf(ctx, assessmentId),
    findings: localisedFindings(ctx, assessmentId, options),
    remediation: listPlan(ctx, assessmentId),
    fromEncryptedWorkspace: workspaceIsEncrypted(ctx.db),
  };
}

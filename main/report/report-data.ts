import { CatalogIndex } from '../../shared/catalog/lookup';
import type { ReportOptions } from '../../shared/ipc/contract';
import type { ReportData } from '../../shared/report/types';
import { listControls } from '../db/controls';
import { getAssessment } from '../services/assessments';
import type { ServiceContext } from '../services/context';
import { scoreOf } from '../services/score';

/** Gathers the report's data from the workspace; the document itself is built by pure code in shared/. */
export function gatherReportData(ctx: ServiceContext, assessmentId: string, options: ReportOptions, appVersion: string): ReportData {
  const assessment = getAssessment(ctx, assessmentId);
  const score = scoreOf(ctx, assessmentId);
  const index = new CatalogIndex(ctx.catalog);
  const inScope = new Set(score.controls.filter((c) => c.criteria.length > 0).map((c) => c.id));
  return {
    assessment,
    score,
    controls: listControls(ctx.db, assessmentId)
      .filter((c) => inScope.has(c.controlId))
      .map((c) => ({ ...c, displayTitle: index.titleOf(c, options.lang) })),
    criteria: score.criteria.map((c) => ({ id: c.id, title: index.criterion(c.id)?.title[options.lang] ?? c.id })),
    generatedAt: ctx.now().toISOString(),
    appVersion,
    catalogVersion: assessment.catalogVersion,
    locale: options.lang,
  };
}

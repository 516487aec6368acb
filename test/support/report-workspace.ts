import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import type { ServiceContext } from '../../main/services/context';
import { listControls, updateControl } from '../../main/services/controls';
import { addEvidenceFiles, setPopulation } from '../../main/services/evidence';
import { findingsOf, muteFinding } from '../../main/services/findings';
import { saveRemediation } from '../../main/services/remediation';
import { completeReview, recordSample, startReview } from '../../main/services/review';
import { scoreOf } from '../../main/services/score';
import { takeSnapshot } from '../../main/services/snapshots';
import type { AssessmentControl, EvidenceKind, Frequency } from '../../shared/domain';

/**
 * A realistic workspace for the report, built through the services with a clock the builder moves:
 * the demo assessment (Type II, four categories, boundary, three vendors, two remediation items);
 * September evidence and a "Baseline" snapshot on 2026-10-01; October evidence, a few controls fixed,
 * and the day-60 review held and completed on 2026-11-02 (freezing its snapshot); on 2026-11-22 a muted
 * finding and three more remediation items (one overdue, one done). The report is generated at REPORT_TIME.
 */
export const REPORT_TIME = new Date('2026-11-22T14:03:00.000Z');
export const MUTE_JUSTIFICATION =
  'VectorVault holds embeddings only; its renewal review is scheduled with procurement for December.';

export interface ReportWorkspace {
  ctx: ServiceContext;
  assessmentId: string;
  workspacePath: string;
  close: () => void;
}

const KIND_BY_FREQUENCY: Record<Frequency, EvidenceKind> = {
  continuous: 'log_export',
  daily: 'system_report',
  weekly: 'ticket',
  monthly: 'system_report',
  quarterly: 'config_export',
  annually: 'policy',
  per_event: 'ticket',
};

/** Evidence of one month for a control: a period export for most, a single screenshot for a few. */
async function addMonth(
  ctx: ServiceContext,
  store: string,
  files: string,
  assessmentId: string,
  control: AssessmentControl,
  month: { from: string; to: string; tag: string },
  screenshot: boolean,
): Promise<void> {
  const name = `${control.controlId.toLowerCase()}-${month.tag}${screenshot ? '.png' : '.csv'}`;
  const path = join(files, name);
  writeFileSync(path, `${control.controlId} ${month.tag} ${control.frequency}\n`);
  await addEvidenceFiles(ctx, store, {
    assessmentId,
    filePaths: [path],
    controlIds: [control.controlId],
    kind: screenshot ? 'screenshot' : KIND_BY_FREQUENCY[control.frequency],
    sourceSystem: screenshot ? 'Admin console' : 'Export job',
    collectedBy: 'Aisha Bello',
    collectedAt: month.to,
    periodFrom: screenshot ? month.to : month.from,
    periodTo: month.to,
    notes: '',
  });
}

export async function buildReportWorkspace(dir: string): Promise<ReportWorkspace> {
  const clock = { now: new Date('2026-10-01T09:00:00.000Z') };
  const workspacePath = join(dir, 'workspace.fwdb');
  const db = openWorkspaceDb(workspacePath, { create: true });
  const ctx: ServiceContext = { db, catalog: bundledCatalog(), now: () => clock.now };
  const store = join(dir, 'evidence-store');
  const files = join(dir, 'files');
  mkdirSync(files, { recursive: true });

  const assessment = createDemoAssessment(ctx);
  const id = assessment.id;
  const inScope = new Set(
    scoreOf(ctx, id)
      .controls.filter((c) => c.criteria.length > 0)
      .map((c) => c.id),
  );
  const controls = listControls(ctx.db, id).filter((c) => inScope.has(c.controlId) && c.status !== 'not_applicable');
  // Two of every three controls collect evidence; every seventh of those only screenshots.
  const collecting = controls.filter((_, i) => i % 3 !== 2);
  const september = { from: '2026-09-01', to: '2026-09-30', tag: '2026-09' };
  for (const [i, control] of collecting.entries()) {
    if (control.frequency === 'per_event') setPopulation(ctx, id, control.controlId, 12 + (i % 5), 10 + (i % 3));
    else await addMonth(ctx, store, files, id, control, september, i % 7 === 3);
  }
  takeSnapshot(ctx, id, 'Baseline');

  clock.now = new Date('2026-11-02T10:00:00.000Z');
  const october = { from: '2026-10-01', to: '2026-10-31', tag: '2026-10' };
  for (const [i, control] of collecting.entries()) {
    if (control.frequency !== 'per_event' && i % 4 !== 1)
      await addMonth(ctx, store, files, id, control, october, i % 7 === 3);
  }
  for (const control of controls.filter((c) => c.status === 'not_implemented').slice(0, 6)) {
    updateControl(ctx, id, control.controlId, { status: 'implemented' });
  }
  const review = startReview(ctx, id);
  let n = 0;
  for (const planned of review.controls) {
    for (const sample of planned.samples) {
      n += 1;
      const exception = n % 17 === 0;
      recordSample(ctx, {
        reviewId: review.id,
        controlId: planned.controlId,
        seq: sample.seq,
        result: exception ? 'exception' : 'passed',
        note: exception ? 'Approval recorded after the change went live.' : '',
      });
    }
  }
  completeReview(ctx, review.id);

  clock.now = REPORT_TIME;
  const stale = findingsOf(ctx, id).findings.find((f) => f.ruleId === 'FW-AI-07');
  if (stale) muteFinding(ctx, id, stale.key, MUTE_JUSTIFICATION);
  const weak = controls
    .filter((c) => c.status === 'partial')
    .slice(0, 3)
    .map((c) => c.controlId);
  saveRemediation(ctx, id, {
    action: 'Export inference API access logs monthly and attach them as evidence',
    ownerName: 'Marc Delacroix',
    ownerFunction: 'security',
    dueDate: '2026-11-15',
    priority: 'high',
    controlIds: weak.slice(0, 1),
  });
  saveRemediation(ctx, id, {
    action: 'Adopt the drift-monitoring runbook for production models',
    ownerName: 'Dr. Lena Fischer',
    ownerFunction: 'data_science',
    dueDate: '2027-04-30',
    priority: 'medium',
    controlIds: weak.slice(1, 2),
  });
  saveRemediation(ctx, id, {
    action: 'Approve the AI acceptable-use policy',
    ownerName: 'Hannah Cohen',
    ownerFunction: 'legal',
    dueDate: '2026-11-10',
    priority: 'low',
    status: 'done',
    controlIds: weak.slice(2, 3),
  });
  return { ctx, assessmentId: id, workspacePath, close: () => closeWorkspaceDb(db) };
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { listControls } from '../../main/db/controls';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { assessmentResultsOf, poamOf } from '../../main/interchange/oscal-data';
import { createAssessment } from '../../main/services/assessments';
import { addCustomControl, updateControl } from '../../main/services/controls';
import { saveRemediation } from '../../main/services/remediation';
import { completeReview, startReview } from '../../main/services/review';
import { takeSnapshot } from '../../main/services/snapshots';
import { CATEGORY_KEYS, type ControlStatus, type Frequency } from '../../shared/domain';
import { median, printTable, timeRuns } from './support';

/*
 * OSCAL export of a large assessment: every category in scope, 300 controls (the catalog's plus custom
 * ones), each with two evidence items, a baseline snapshot, a completed day-60 review with every sample
 * tested (a few exceptions), and 60 remediation items. Target: < 1 s for the assessment results.
 */

let now = new Date('2026-10-01T09:00:00Z');
const db = openWorkspaceDb(join(mkdtempSync(join(tmpdir(), 'fieldwork-bench-oscal-')), 'bench.fwdb'), { create: true });
const ctx = { db, catalog: bundledCatalog(), now: () => now };
const assessment = createAssessment(ctx, {
  organisation: 'Benchmark Labs',
  systemName: 'Large AI platform',
  reportType: 'II',
  categories: [...CATEGORY_KEYS],
  windowStart: '2026-09-01',
  windowEnd: '2027-02-28',
  assessors: ['Bench Assessor'],
});
const frequencies: Frequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'continuous'];
const statuses: ControlStatus[] = ['implemented', 'implemented', 'partial', 'not_implemented', 'implemented'];
db.transaction(() => {
  for (let i = listControls(db, assessment.id).length; i < 300; i++) {
    addCustomControl(ctx, assessment.id, {
      title: `Custom control ${i}`,
      criteria: ['CC7.2', 'A1.2'],
      frequency: frequencies[i % frequencies.length] ?? 'monthly',
    });
  }
  listControls(db, assessment.id).forEach((c, i) =>
    updateControl(ctx, assessment.id, c.controlId, {
      status: statuses[i % statuses.length] ?? 'partial',
      ownerName: `Owner ${i % 17}`,
    }),
  );
})();
const controls = listControls(db, assessment.id);
db.transaction(() => {
  const file = db.prepare('INSERT INTO evidence_files (sha256, size, stored_at) VALUES (?, ?, ?)');
  const item = db.prepare(
    `INSERT INTO evidence_items (id, assessment_id, sha256, original_name, kind, source_system, collected_by, collected_at, period_from, period_to, notes, created_at)
     VALUES (?, ?, ?, ?, 'log_export', 'SIEM', 'Bench', ?, ?, ?, '', ?)`,
  );
  const link = db.prepare(
    'INSERT INTO evidence_links (evidence_id, assessment_id, control_id, linked_at) VALUES (?, ?, ?, ?)',
  );
  let n = 0;
  for (const control of controls) {
    for (const [from, to] of [
      ['2026-09-01', '2026-09-15'],
      ['2026-09-16', '2026-09-30'],
    ] as const) {
      const sha = (++n).toString(16).padStart(64, '0');
      const id = `ev-${n}`;
      file.run(sha, 1000 + n, now.toISOString());
      item.run(id, assessment.id, sha, `${control.controlId}-export-${n}.jsonl`, to, from, to, now.toISOString());
      link.run(id, assessment.id, control.controlId, now.toISOString());
    }
  }
})();
takeSnapshot(ctx, assessment.id, 'Baseline');
now = new Date('2026-11-22T09:00:00Z');
const review = startReview(ctx, assessment.id);
db.prepare(
  "UPDATE review_samples SET result = CASE WHEN seq = 1 AND rowid % 23 = 0 THEN 'exception' ELSE 'passed' END, note = 'bench' WHERE review_id = ?",
).run(review.id);
completeReview(ctx, review.id);
for (let i = 0; i < 60; i++) {
  saveRemediation(ctx, assessment.id, {
    action: `Remediate gap ${i}`,
    ownerName: 'Owner',
    dueDate: '2027-01-15',
    priority: 'high',
    controlIds: [controls[i]?.controlId ?? ''],
  });
}
const samples = db.prepare("SELECT count(*) FROM review_samples WHERE result != 'untested'").pluck().get() as number;

const options = { appVersion: 'bench' };
let arBytes = 0;
let poamBytes = 0;
assessmentResultsOf(ctx, assessment.id, options); // warm-up
const arTimes = await timeRuns(7, () => {
  arBytes = JSON.stringify(assessmentResultsOf(ctx, assessment.id, options), null, 2).length;
});
const poamTimes = await timeRuns(7, () => {
  poamBytes = JSON.stringify(poamOf(ctx, assessment.id, options), null, 2).length;
});
closeWorkspaceDb(db);
const fixture = `5 categories, ${controls.length} controls, ${controls.length * 2} evidence items, ${samples} tested samples, 2 results`;
const ar = median(arTimes);
const poam = median(poamTimes);
printTable('OSCAL export', [
  {
    name: 'Assessment results (build + JSON)',
    fixture: `${fixture}; ${(arBytes / 2 ** 20).toFixed(1)} MiB`,
    median: `${(ar / 1000).toFixed(3)} s`,
    target: '< 1 s',
    verdict: ar < 1000 ? 'met' : 'MISSED',
  },
  {
    name: 'Plan of action and milestones (build + JSON)',
    fixture: `60 remediation items; ${(poamBytes / 2 ** 10).toFixed(0)} KiB`,
    median: `${(poam / 1000).toFixed(3)} s`,
    target: '< 1 s',
    verdict: poam < 1000 ? 'met' : 'MISSED',
  },
]);

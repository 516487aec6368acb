import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addCustomControl, updateControl } from '../../main/services/controls';
import { coverageOf } from '../../main/services/coverage';
import { completeReview, currentReview, getSampleSizes, recordSample, setSampleSizes, startReview } from '../../main/services/review';
import { scoreOf } from '../../main/services/score';
import { diffSnapshotsOf, getSnapshot, listSnapshotsOf, takeSnapshot } from '../../main/services/snapshots';
import type { ReviewPlan, ReviewView } from '../../shared/review/types';
import { planControlSample } from '../../shared/sampling/draw';
import { AppError } from '../../shared/ipc/result';
import type { ScoreResult } from '../../shared/scoring/types';
import { smallCatalog } from '../support/small-catalog';

/*
 * The day-60 review on a real workspace file, with a clock the test moves. The Security-only assessment on
 * the small catalog holds, in scope: SEC-GOV-01 (annual, CC1.1, marked N/A), SEC-AC-01 (quarterly),
 * AI-REG-01 and SEC-CM-01 (per-event, CC8.1) — all not assessed, so design 0 — and one custom weekly
 * control CUS-W, implemented, the only control mapped to CC7.2. Window 2026-09-01 → 2027-02-28 (181 days),
 * review date 2026-10-31 (61 days elapsed). CUS-W has evidence in weeks 1, 3 and 8 of the 8 elapsed weeks:
 *   w1 09-01..09-07 (export 09-01..09-07), w2 09-08..09-14, w3 09-15..09-21 (ticket 09-16), w4 09-22..09-28,
 *   w5 09-29..10-05, w6 10-06..10-12, w7 10-13..10-19, w8 10-20..10-26 (report 10-20..10-26).
 * So at the review: coverage 3/8; sample 5 × 61/181 = 1.69 → 2 weeks; one passed, one exception → pass
 * rate 1/2; operating(CUS-W) = 1 × 3/8 × 1/2 = 3/16 = CC7.2's operating (its only control); every other
 * criterion's operating is 0, so overall operating = (3/16) / 33 Security criteria.
 */

let dir: string;
let db: Db;
let now = new Date('2026-10-01T09:00:00Z');
let ctx: ServiceContext;
let assessmentId: string;
let typeOneId: string;
let baselineId: string;
let review: ReviewView;

function at(iso: string): void {
  now = new Date(iso);
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

let evidenceCount = 0;
function addEvidence(assessment: string, controlId: string, from: string, to: string, kind: string): string {
  const n = ++evidenceCount;
  const sha = n.toString(16).padStart(64, '0');
  const id = `ev-${n}`;
  db.prepare('INSERT INTO evidence_files (sha256, size, stored_at) VALUES (?, 100, ?)').run(sha, now.toISOString());
  db.prepare(
    `INSERT INTO evidence_items (id, assessment_id, sha256, original_name, kind, collected_at, period_from, period_to, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, assessment, sha, `${id}.txt`, kind, to, from, to, now.toISOString());
  db.prepare('INSERT INTO evidence_links (evidence_id, assessment_id, control_id, linked_at) VALUES (?, ?, ?, ?)').run(id, assessment, controlId, now.toISOString());
  return id;
}

function control(score: ScoreResult, id: string) {
  const found = score.controls.find((c) => c.id === id);
  if (!found) throw new Error(`no control ${id}`);
  return found;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-review-'));
  db = openWorkspaceDb(join(dir, 'workspace.fwdb'), { create: true });
  ctx = { db, catalog: smallCatalog(), now: () => now };
  const assessment = createAssessment(ctx, {
    organisation: 'Acme AI',
    systemName: 'Scoring API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: ['Ana'],
  });
  assessmentId = assessment.id;
  typeOneId = createAssessment(ctx, { organisation: 'Acme AI', systemName: 'Scoring API', reportType: 'I', categories: ['security'], assessors: [] }).id;
  updateControl(ctx, assessmentId, 'SEC-GOV-01', { status: 'not_applicable', justification: 'Governance is assessed at group level.' });
  addCustomControl(ctx, assessmentId, { controlId: 'CUS-W', title: 'Weekly review of inference API logs', criteria: ['CC7.2'], frequency: 'weekly' });
  updateControl(ctx, assessmentId, 'CUS-W', { status: 'implemented', ownerName: 'Priya' });
  addEvidence(assessmentId, 'CUS-W', '2026-09-01', '2026-09-07', 'log_export');
  addEvidence(assessmentId, 'CUS-W', '2026-09-16', '2026-09-16', 'ticket');
  addEvidence(assessmentId, 'CUS-W', '2026-10-20', '2026-10-26', 'system_report');
  db.prepare("INSERT INTO control_populations VALUES (?, 'AI-REG-01', 30, 27, ?)").run(assessmentId, now.toISOString());
});

afterAll(() => {
  closeWorkspaceDb(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('operating readiness before the review', () => {
  it('a Type I assessment stays design only', () => {
    const score = scoreOf(ctx, typeOneId);
    expect(score.overall.operating).toBeNull();
    expect(score.controls.every((c) => c.coverage === null && c.samplePassRate === null)).toBe(true);
    expect(score.asOf).toBeUndefined();
    expect(coverageOf(ctx, typeOneId)).toMatchObject({ measured: false, controls: [] });
  });

  it('baseline on 2026-10-01: CUS-W covers 2 of 4 ended weeks → operating 1 × 1/2, no pass rate yet', () => {
    // Weeks ended by 10-01: w1..w4 (w5 ends 10-05). Evidence in w1 and w3; the w8 report lies after 10-01.
    const score = scoreOf(ctx, assessmentId);
    expect(score.asOf).toBe('2026-10-01');
    expect(control(score, 'CUS-W')).toMatchObject({ design: 1, coverage: 0.5, samplePassRate: null, operating: 0.5 });
    expect(score.overall.operating).toBeCloseTo(0.5 / 33, 12);
    expect(score.overall.design).toBeCloseTo(1 / 33, 12);
    baselineId = takeSnapshot(ctx, assessmentId, '  Baseline ').id;
  });

  it('coverage:get gives the per-control details', () => {
    const report = coverageOf(ctx, assessmentId, '2026-10-31');
    const w = report.controls.find((c) => c.controlId === 'CUS-W');
    expect(w).toMatchObject({ expected: 8, evidenced: 3, coverage: 3 / 8, gaps: [{ from: '2026-09-08', to: '2026-09-14' }, { from: '2026-09-22', to: '2026-10-19' }] });
    expect(report.controls.find((c) => c.controlId === 'AI-REG-01')).toMatchObject({ coverage: 0.9, expected: 30, evidenced: 27 });
    expect(report.controls.find((c) => c.controlId === 'SEC-CM-01')?.notes).toEqual(['population_not_recorded']);
    expect(() => coverageOf(ctx, assessmentId, '2026-10-32')).toThrow(/real date/);
  });
});

describe('the day-60 review', () => {
  it('is refused before the review date, naming the date and the days left', () => {
    at('2026-10-19T23:30:00Z');
    const error = caught(() => startReview(ctx, assessmentId));
    expect(error.code).toBe('review_not_yet');
    expect(error.message).toContain('opens on 2026-10-31, in 12 days');
  });

  it('is refused for a Type I assessment', () => {
    at('2026-10-31T09:00:00Z');
    expect(caught(() => startReview(ctx, typeOneId)).code).toBe('review_type_ii_only');
  });

  it('draws each in-scope, applicable control\'s sample on the review date and stores it', () => {
    review = startReview(ctx, assessmentId);
    expect(review).toMatchObject({ status: 'in_progress', asOf: '2026-10-31', snapshotId: null });
    expect(review.seed).toMatch(/^[0-9a-f]{32}$/);
    const byId = new Map(review.controls.map((c) => [c.controlId, c]));
    expect([...byId.keys()].sort()).toEqual(['AI-REG-01', 'CUS-W', 'SEC-AC-01', 'SEC-CM-01']); // SEC-GOV-01 is N/A
    // weekly: 8 elapsed weeks, 5 × 61/181 → 2; quarterly: no quarter ended → the current one, 1 item;
    // per-event 30 events → band 13–52 → 5; SEC-CM-01 has no recorded population → nothing to sample.
    expect(byId.get('CUS-W')).toMatchObject({ population: 8, size: 2, conclusion: 'incomplete' });
    expect(byId.get('SEC-AC-01')).toMatchObject({ population: 1, size: 1 });
    expect(byId.get('SEC-AC-01')?.samples.map((s) => s.item)).toEqual(['2026-09-01']);
    expect(byId.get('AI-REG-01')).toMatchObject({ population: 30, size: 5 });
    expect(byId.get('SEC-CM-01')).toMatchObject({ size: 0, samples: [], reason: 'population_not_recorded', conclusion: 'not_sampled' });
    expect(review.totals).toMatchObject({ items: 8, untested: 8, tested: 0 });
    expect(currentReview(ctx, assessmentId)?.id).toBe(review.id);
  });

  it('the stored seed and plan reproduce every stored sample', () => {
    const row = db.prepare('SELECT seed, as_of, sample_table FROM reviews WHERE id = ?').get(review.id) as { seed: string; as_of: string; sample_table: string };
    const plan = JSON.parse(row.sample_table) as ReviewPlan;
    const stored = db.prepare('SELECT control_id, item FROM review_samples WHERE review_id = ? ORDER BY control_id, seq').all(review.id) as { control_id: string; item: string }[];
    for (const [controlId, p] of Object.entries(plan.controls)) {
      const redrawn = planControlSample(plan.sizes, {
        seed: row.seed,
        controlId,
        frequency: p.frequency,
        windowStart: plan.windowStart,
        windowEnd: plan.windowEnd,
        asOf: row.as_of,
        population: p.frequency === 'per_event' && p.reason !== 'population_not_recorded' ? p.population : undefined,
      });
      expect(redrawn.items).toEqual(stored.filter((s) => s.control_id === controlId).map((s) => s.item));
    }
  });

  it('only one review is open at a time', () => {
    expect(caught(() => startReview(ctx, assessmentId)).code).toBe('review_open');
  });

  it('records results; an exception needs a note; unknown items and foreign evidence are refused', () => {
    const foreign = addEvidence(typeOneId, 'SEC-AC-01', '2026-10-01', '2026-10-01', 'ticket');
    const base = { reviewId: review.id, controlId: 'CUS-W' };
    expect(caught(() => recordSample(ctx, { ...base, seq: 2, result: 'exception', note: '  ' })).code).toBe('note_required');
    expect(caught(() => recordSample(ctx, { ...base, seq: 3, result: 'passed' })).code).toBe('not_found');
    expect(caught(() => recordSample(ctx, { ...base, seq: 1, result: 'passed', evidenceId: foreign })).code).toBe('not_found');
    recordSample(ctx, { ...base, seq: 1, result: 'passed', evidenceId: 'ev-1' });
    const view = recordSample(ctx, { ...base, seq: 2, result: 'exception', note: 'No reviewer sign-off for that week.' });
    const w = view.controls.find((c) => c.controlId === 'CUS-W');
    expect(w).toMatchObject({ tested: 2, passed: 1, exceptions: 1, passRate: 0.5, conclusion: 'not_effective' });
    expect(w?.samples[0]).toMatchObject({ result: 'passed', evidenceId: 'ev-1' });
  });

  it('operating = design × coverage × pass rate: 1 × 3/8 × 1/2 = 3/16 for CUS-W', () => {
    const score = scoreOf(ctx, assessmentId);
    expect(control(score, 'CUS-W')).toMatchObject({ design: 1, coverage: 0.375, samplePassRate: 0.5, operating: 0.1875 });
    expect(score.criteria.find((c) => c.id === 'CC7.2')?.operating).toBe(0.1875);
    expect(score.overall.operating).toBeCloseTo(0.1875 / 33, 12);
    // An as-of date before the review ignores it: weeks ended by 10-15 are w1..w6, evidenced w1, w3 → 2/6.
    const earlier = scoreOf(ctx, assessmentId, '2026-10-15');
    expect(control(earlier, 'CUS-W')).toMatchObject({ samplePassRate: null });
    expect(control(earlier, 'CUS-W').operating).toBeCloseTo(1 / 3, 12);
  });

  it('refuses to complete with untested items unless asked to, then freezes the Day-60 snapshot', () => {
    // SEC-AC-01 (1) and AI-REG-01 (5) are untested: 6 items in 2 controls.
    const error = caught(() => completeReview(ctx, review.id));
    expect(error.code).toBe('review_incomplete');
    expect(error.message).toContain('6 sample items in 2 controls are still untested');
    at('2026-11-02T16:00:00Z');
    const done = completeReview(ctx, review.id, { allowIncomplete: true });
    expect(done.review).toMatchObject({ status: 'completed', completedAt: '2026-11-02T16:00:00.000Z', snapshotId: done.snapshot.id });
    expect(done.snapshot).toMatchObject({ label: 'Day-60 review', asOf: '2026-10-31', reviewId: review.id });
    expect(done.snapshot.operating).toBeCloseTo(0.1875 / 33, 12);
    const data = getSnapshot(ctx, done.snapshot.id).data;
    const w = data.controls.find((c) => c.id === 'CUS-W');
    expect(w).toMatchObject({ status: 'implemented', operating: 0.1875, conclusion: 'not_effective', ownerName: 'Priya' });
    expect(w?.coverageDetail).toMatchObject({ expected: 8, evidenced: 3, pointInTimeOnly: false, gaps: [{ from: '2026-09-08', to: '2026-09-14' }, { from: '2026-09-22', to: '2026-10-19' }] });
    expect(data.controls.find((c) => c.id === 'AI-REG-01')?.conclusion).toBe('incomplete');
    expect(data.controls.find((c) => c.id === 'SEC-CM-01')?.conclusion).toBe('not_sampled');
    expect(data.controls.find((c) => c.id === 'SEC-GOV-01')).toMatchObject({ status: 'not_applicable', design: null, conclusion: null });
    expect(data.score.asOf).toBe('2026-10-31');
  });

  it('a completed review is read-only, for the service and for SQL (trigger)', () => {
    expect(caught(() => recordSample(ctx, { reviewId: review.id, controlId: 'CUS-W', seq: 1, result: 'exception', note: 'x' })).code).toBe('review_completed');
    expect(() => db.prepare("UPDATE review_samples SET result = 'passed' WHERE review_id = ?").run(review.id)).toThrow(/a completed review is read-only/);
    // Schema 30: nor can its samples be deleted, or the review row itself be changed or deleted.
    expect(() => db.prepare('DELETE FROM review_samples WHERE review_id = ?').run(review.id)).toThrow(/a completed review is read-only/);
    expect(() => db.prepare("UPDATE reviews SET as_of = '2000-01-01' WHERE id = ?").run(review.id)).toThrow(/a completed review is read-only/);
    expect(() => db.prepare('DELETE FROM reviews WHERE id = ?').run(review.id)).toThrow(/a completed review is read-only/);
    expect(caught(() => completeReview(ctx, review.id)).code).toBe('review_completed');
  });
});

describe('snapshots', () => {
  it('are read-only: the triggers refuse UPDATE and DELETE', () => {
    expect(() => db.prepare("UPDATE snapshots SET label = 'changed' WHERE id = ?").run(baselineId)).toThrow(/snapshots are read-only/);
    expect(() => db.prepare("UPDATE snapshots SET data = '{}'").run()).toThrow(/snapshots are read-only/);
    expect(() => db.prepare('DELETE FROM snapshots WHERE id = ?').run(baselineId)).toThrow(/snapshots are read-only/);
    expect(getSnapshot(ctx, baselineId).label).toBe('Baseline');
  });

  it('are listed oldest first with their headline figures', () => {
    const list = listSnapshotsOf(ctx, assessmentId);
    expect(list.map((s) => [s.label, s.asOf])).toEqual([
      ['Baseline', '2026-10-01'],
      ['Day-60 review', '2026-10-31'],
    ]);
    expect(list[0]?.operating).toBeCloseTo(0.5 / 33, 12);
    expect(list[0]?.design).toBeCloseTo(1 / 33, 12);
  });

  it('diff: baseline → Day-60 shows CUS-W falling from 1/2 to 3/16 and its conclusion', () => {
    const [baseline, day60] = listSnapshotsOf(ctx, assessmentId);
    const diff = diffSnapshotsOf(ctx, baseline?.id ?? '', day60?.id ?? '');
    expect(diff.overall.design.delta).toBe(0);
    expect(diff.overall.operating.delta).toBeCloseTo((0.1875 - 0.5) / 33, 12);
    const w = diff.controls.find((c) => c.id === 'CUS-W');
    expect(w).toMatchObject({ presence: 'both', coverage: { from: 0.5, to: 0.375 }, operating: { from: 0.5, to: 0.1875, delta: -0.3125 }, conclusion: { from: null, to: 'not_effective' } });
    // Only CC7.2 moved; AI-REG-01 etc. changed conclusion only (their operating stays 0).
    expect(diff.criteria.map((c) => c.id)).toEqual(['CC7.2']);
    expect(diff.controls.map((c) => c.id).sort()).toEqual(['AI-REG-01', 'CUS-W', 'SEC-AC-01', 'SEC-CM-01']);
    expect(diff.categories).toHaveLength(1);
    expect(diffSnapshotsOf(ctx, baselineId, baselineId)).toMatchObject({ criteria: [], controls: [] });
  });

  it('refuses an empty label and unknown ids', () => {
    expect(caught(() => takeSnapshot(ctx, assessmentId, '   ')).code).toBe('invalid_input');
    expect(caught(() => getSnapshot(ctx, 'nope')).code).toBe('not_found');
  });
});

describe('sample-size settings', () => {
  it('an override is validated, used by the next review and stored with it; null restores the defaults', () => {
    expect(getSampleSizes(ctx).custom).toBe(false);
    expect(() => setSampleSizes(ctx, { ...getSampleSizes(ctx).sizes, weekly: 41 })).toThrow();
    const custom = setSampleSizes(ctx, { ...getSampleSizes(ctx).sizes, weekly: 10 });
    expect(custom).toMatchObject({ custom: true, sizes: { weekly: 10 } });
    // A second review, as of 2026-11-02 (63 days): weekly 10 × 63/181 = 3.48 → 4 of the 9 ended weeks.
    const second = startReview(ctx, assessmentId);
    expect(second.asOf).toBe('2026-11-02');
    expect(second.sizes.weekly).toBe(10);
    expect(second.controls.find((c) => c.controlId === 'CUS-W')).toMatchObject({ population: 9, size: 4 });
    expect(setSampleSizes(ctx, null)).toMatchObject({ custom: false, sizes: { weekly: 5 } });
    expect(currentReview(ctx, assessmentId)?.sizes.weekly).toBe(10);
  });
});

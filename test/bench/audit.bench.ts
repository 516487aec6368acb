import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createAssessment } from '../../main/services/assessments';
import { verifyAudit } from '../../main/services/audit';
import type { ServiceContext } from '../../main/services/context';
import { listControls, updateControl } from '../../main/services/controls';
import { CATEGORY_KEYS } from '../../shared/domain';
import { median, printTable, timeRuns } from './support';

// 1,000 control edits through the real service (one transaction each, synchronous = FULL), on two
// workspaces built the same way in the same run: one records the audit trail, the other had its
// recording triggers dropped. Runs alternate between the two so machine noise hits both alike.
const EDITS = 1000;
const RUNS = 7;
const STATUSES = ['not_implemented', 'partial', 'implemented', 'not_assessed'] as const;
const dir = mkdtempSync(join(tmpdir(), 'fieldwork-bench-audit-'));
const catalog = bundledCatalog();

function workspace(name: string, recording: boolean): { ctx: ServiceContext; controls: string[] } {
  const path = join(dir, name);
  if (!recording) {
    closeWorkspaceDb(openWorkspaceDb(path, { create: true }));
    const raw = new Database(path);
    const triggers = raw
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'audit_*' AND name NOT GLOB 'audit_log_*'",
      )
      .pluck()
      .all() as string[];
    for (const t of triggers) raw.exec(`DROP TRIGGER ${t}`);
    raw.close();
  }
  const ctx: ServiceContext = { db: openWorkspaceDb(path, { create: true }), catalog, now: () => new Date() };
  const assessment = createAssessment(ctx, {
    organisation: 'Bench',
    systemName: 'S',
    reportType: 'I',
    categories: [...CATEGORY_KEYS],
    assessors: [],
  });
  return { ctx, controls: listControls(ctx.db, assessment.id).map((c) => `${assessment.id}|${c.controlId}`) };
}

const withTrail = workspace('with.fwdb', true);
const without = workspace('without.fwdb', false);

function edits(w: { ctx: ServiceContext; controls: string[] }, run: number, inOneTransaction: boolean): void {
  const body = () => {
    for (let i = 0; i < EDITS; i++) {
      const [assessmentId = '', controlId = ''] = (w.controls[i % w.controls.length] ?? '').split('|');
      updateControl(w.ctx, assessmentId, controlId, {
        status: STATUSES[(i + run) % STATUSES.length],
        notes: `run ${run}, edit ${i}`,
      });
    }
  };
  if (inOneTransaction) w.ctx.db.transaction(body)();
  else body();
}

const times = { with: [] as number[], without: [] as number[], withTx: [] as number[], withoutTx: [] as number[] };
edits(withTrail, 100, true); // warm-up
edits(without, 100, true);
for (let run = 0; run < RUNS; run++) {
  const pair = run % 2 === 0 ? ([withTrail, without] as const) : ([without, withTrail] as const);
  for (const w of pair) {
    const [each] = await timeRuns(1, () => edits(w, run, false));
    const [batch] = await timeRuns(1, () => edits(w, run + 50, true));
    if (w === withTrail) {
      times.with.push(each ?? 0);
      times.withTx.push(batch ?? 0);
    } else {
      times.without.push(each ?? 0);
      times.withoutTx.push(batch ?? 0);
    }
  }
}

const entries = withTrail.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const verifyMs = median(await timeRuns(3, () => verifyAudit(withTrail.ctx)));
closeWorkspaceDb(withTrail.ctx.db);
closeWorkspaceDb(without.ctx.db);
rmSync(dir, { recursive: true, force: true });

const m = {
  with: median(times.with),
  without: median(times.without),
  withTx: median(times.withTx),
  withoutTx: median(times.withoutTx),
};
const perEdit = (m.with - m.without) / EDITS;
const ratio = m.with / m.without;
const ratioTx = m.withTx / m.withoutTx;
const fixture = `${withTrail.controls.length} controls, all 5 categories`;
printTable('Audit trail overhead', [
  {
    name: '1,000 control edits, one transaction each — without the trail',
    fixture,
    median: `${m.without.toFixed(0)} ms`,
    target: 'baseline',
    verdict: 'met',
  },
  {
    name: '1,000 control edits, one transaction each — with the trail',
    fixture,
    median: `${m.with.toFixed(0)} ms (×${ratio.toFixed(2)}, +${perEdit.toFixed(3)} ms per edit)`,
    // Unnoticeable: well inside one display frame (16 ms at 60 Hz) per edit a person makes.
    target: '< 16 ms added per edit',
    verdict: perEdit < 16 ? 'met' : 'MISSED',
  },
  {
    name: '1,000 control edits in one transaction — with vs without (CPU cost of the triggers)',
    fixture,
    median: `${m.withTx.toFixed(0)} ms vs ${m.withoutTx.toFixed(0)} ms (×${ratioTx.toFixed(2)})`,
    target: '≤ 3×',
    verdict: ratioTx <= 3 ? 'met' : 'MISSED',
  },
  {
    name: 'Verify the whole trail (chain, triggers, replay against the data)',
    fixture: `${entries.toLocaleString('en-GB')} entries`,
    median: `${verifyMs.toFixed(0)} ms`,
    target: '< 2 s',
    verdict: verifyMs < 2000 ? 'met' : 'MISSED',
  },
]);

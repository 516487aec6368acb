import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../shared/dates';
import { CATEGORY_KEYS, CONTROL_STATUSES, FREQUENCIES, type EvidenceKind } from '../../shared/domain';
import { CRITERION_IDS } from '../../shared/catalog/criteria-ids';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { evidenceCipherOf } from '../../main/evidence/data-key';
import { storeFile } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';
import { addCustomControl, bulkUpdateControls, listControls } from '../../main/services/controls';
import type { ServiceContext } from '../../main/services/context';
import { scoreOf } from '../../main/services/score';
import { applyOpened, openMatrix, previewOpened, proposalOf } from '../../main/interchange/matrix-import';
import { largeMatrixXlsx } from '../fixtures/make-matrices';
import { median, printTable, timeRuns } from './support';

// The same workspace twice, plain and encrypted (SQLCipher 4), built by the same code: every category in
// scope (the shipped catalog's controls) plus 1,000 custom controls over all 61 criteria, statuses spread,
// and 20,000 evidence items over a Type II window. scoreOf reads it all back and scores it; the runs of
// both alternate, so noise hits both alike. The evidence import compares storing a 64 MiB file plain and
// sealed (AES-256-GCM). Target: encrypted ≤ 1.5 × plain, measured in this run.
const WINDOW_START = '2026-09-01';
const WINDOW_END = '2027-08-31';
const CUSTOM = 1000;
const ITEMS = 20_000;
const PASS = 'bench passphrase 2026';
const MATRIX_ROWS = 5000;
const KINDS: EvidenceKind[] = ['log_export', 'system_report', 'ticket', 'screenshot', 'config_export'];

const dir = mkdtempSync(join(tmpdir(), 'fieldwork-bench-encryption-'));
const now = () => new Date('2027-03-01T12:00:00Z');

function build(path: string, passphrase?: string): { ctx: ServiceContext; assessmentId: string } {
  const db: Db = openWorkspaceDb(path, { create: true, now, ...(passphrase !== undefined && { passphrase }) });
  const ctx: ServiceContext = { db, catalog: bundledCatalog(), now };
  const assessment = createAssessment(ctx, {
    organisation: 'Bench',
    systemName: 'S',
    reportType: 'II',
    categories: [...CATEGORY_KEYS],
    windowStart: WINDOW_START,
    windowEnd: WINDOW_END,
    assessors: [],
  });
  for (let i = 0; i < CUSTOM; i++) {
    addCustomControl(ctx, assessment.id, {
      controlId: `BEN-${i}`,
      title: `Bench control ${i}`,
      criteria: Array.from(
        { length: 1 + (i % 3) },
        (_, k) => CRITERION_IDS[(i * 7 + k * 13) % CRITERION_IDS.length] ?? 'CC1.1',
      ),
      frequency: FREQUENCIES[i % FREQUENCIES.length] ?? 'daily',
    });
  }
  const ids = listControls(db, assessment.id).map((c) => c.controlId);
  for (const [index, status] of CONTROL_STATUSES.entries()) {
    const chosen = ids.filter((_, i) => i % CONTROL_STATUSES.length === index);
    const patch = status === 'not_applicable' ? { status, justification: 'Out of scope for the bench.' } : { status };
    bulkUpdateControls(ctx, assessment.id, chosen, patch);
  }
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  db.transaction(() => {
    const file = db.prepare('INSERT INTO evidence_files (sha256, size, stored_at) VALUES (?, 1, ?)');
    const item = db.prepare(
      'INSERT INTO evidence_items (id, assessment_id, sha256, original_name, kind, collected_at, period_from, period_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const link = db.prepare(
      'INSERT INTO evidence_links (evidence_id, assessment_id, control_id, linked_at) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < ITEMS; i++) {
      const kind = KINDS[rand(KINDS.length)] ?? 'log_export';
      const from = addDays(WINDOW_START, rand(200));
      const to = kind === 'ticket' || kind === 'screenshot' ? from : addDays(from, rand(45));
      const sha = i.toString(16).padStart(64, '0');
      file.run(sha, 'now');
      item.run(`ev-${i}`, assessment.id, sha, 'x', kind, to, from, to, 'now');
      link.run(`ev-${i}`, assessment.id, ids[rand(ids.length)], 'now');
    }
  })();
  return { ctx, assessmentId: assessment.id };
}

const plain = build(join(dir, 'plain.fwdb'));
const encrypted = build(join(dir, 'encrypted.fwdb'), PASS);
const controls = scoreOf(plain.ctx, plain.assessmentId).controls.length;
if (scoreOf(encrypted.ctx, encrypted.assessmentId).controls.length !== controls)
  throw new Error('the two workspaces differ');

for (let i = 0; i < 3; i++) {
  scoreOf(plain.ctx, plain.assessmentId);
  scoreOf(encrypted.ctx, encrypted.assessmentId);
}
const plainTimes: number[] = [];
const encryptedTimes: number[] = [];
// Inside a transaction scoreOf reads the evidence from the file every time (its per-connection rows are
// kept only outside transactions), so both runs pay the full read that encryption slows down.
const coldScore = (w: typeof plain) => w.ctx.db.transaction(() => scoreOf(w.ctx, w.assessmentId))();
for (let i = 0; i < 15; i++) {
  plainTimes.push(...(await timeRuns(1, () => coldScore(plain))));
  encryptedTimes.push(...(await timeRuns(1, () => coldScore(encrypted))));
}
const plainScore = median(plainTimes);
const encryptedScore = median(encryptedTimes);
const scoreRatio = encryptedScore / plainScore;

// Evidence import: the same 64 MiB file into a plain store and a sealed one, alternating.
const cipher = evidenceCipherOf(encrypted.ctx.db);
if (!cipher) throw new Error('the encrypted workspace has no evidence key');
const source = join(dir, 'export.log');
const block = Buffer.from('2027-01-05T10:00:00Z user=ana action=deploy model=fraud-v7 result=ok\n'.repeat(16_000));
writeFileSync(
  source,
  Buffer.concat(Array.from({ length: Math.ceil((64 * 2 ** 20) / block.length) }, () => block)).subarray(
    0,
    64 * 2 ** 20,
  ),
);
const size = statSync(source).size;
const plainStore: number[] = [];
const sealedStore: number[] = [];
for (let i = 0; i < 5; i++) {
  plainStore.push(...(await timeRuns(1, () => storeFile(join(dir, `plain-store-${i}`), source))));
  sealedStore.push(...(await timeRuns(1, () => storeFile(join(dir, `sealed-store-${i}`), source, { cipher }))));
}
const plainImport = median(plainStore);

// Control matrix import: the same 5,000-row XLSX read, previewed and applied into a new assessment of each
// workspace, alternating.
const matrix = join(dir, 'matrix-5000.xlsx');
writeFileSync(matrix, await largeMatrixXlsx(MATRIX_ROWS));
async function importMatrix(w: typeof plain): Promise<void> {
  const id = createAssessment(w.ctx, {
    organisation: 'Import',
    systemName: 'API',
    reportType: 'I',
    categories: ['security'],
    assessors: [],
  }).id;
  const opened = await openMatrix(matrix);
  const { proposedMapping } = proposalOf(opened, 'bench');
  const report = previewOpened(w.ctx, opened, proposedMapping, id);
  const summary = applyOpened(w.ctx, opened, proposedMapping, id);
  if (!report.canApply || summary.created !== MATRIX_ROWS) throw new Error('bench matrix import failed');
}
await openMatrix(matrix); // warm-up
const plainMatrix: number[] = [];
const encryptedMatrix: number[] = [];
for (let i = 0; i < 5; i++) {
  plainMatrix.push(...(await timeRuns(1, () => importMatrix(plain))));
  encryptedMatrix.push(...(await timeRuns(1, () => importMatrix(encrypted))));
}
const matrixRatio = median(encryptedMatrix) / median(plainMatrix);
const sealedImport = median(sealedStore);
const importRatio = sealedImport / plainImport;

closeWorkspaceDb(plain.ctx.db);
closeWorkspaceDb(encrypted.ctx.db);
rmSync(dir, { recursive: true, force: true });

const fixture = `5 categories, ${controls.toLocaleString('en')} controls, ${ITEMS.toLocaleString('en')} evidence items`;
printTable('Encryption overhead', [
  {
    name: 'scoreOf, plain workspace (evidence read from the file)',
    fixture,
    median: `${plainScore.toFixed(1)} ms`,
    target: 'baseline',
    verdict: 'met',
  },
  {
    name: 'scoreOf, encrypted workspace (SQLCipher 4)',
    fixture,
    median: `${encryptedScore.toFixed(1)} ms (${scoreRatio.toFixed(2)}×)`,
    target: '≤ 1.5 × plain',
    verdict: scoreRatio <= 1.5 ? 'met' : 'MISSED',
  },
  {
    name: 'control matrix import, plain workspace (read, preview, apply)',
    fixture: `${MATRIX_ROWS.toLocaleString('en')}-row XLSX`,
    median: `${median(plainMatrix).toFixed(0)} ms`,
    target: 'baseline',
    verdict: 'met',
  },
  {
    name: 'control matrix import, encrypted workspace',
    fixture: `${MATRIX_ROWS.toLocaleString('en')}-row XLSX`,
    median: `${median(encryptedMatrix).toFixed(0)} ms (${matrixRatio.toFixed(2)}×)`,
    target: '≤ 1.5 × plain',
    verdict: matrixRatio <= 1.5 ? 'met' : 'MISSED',
  },
  {
    name: 'evidence import, plain store',
    fixture: `${size / 2 ** 20} MiB log export`,
    median: `${plainImport.toFixed(0)} ms`,
    target: 'baseline',
    verdict: 'met',
  },
  {
    name: 'evidence import, sealed store (AES-256-GCM)',
    fixture: `${size / 2 ** 20} MiB log export`,
    median: `${sealedImport.toFixed(0)} ms (${importRatio.toFixed(2)}×)`,
    target: '≤ 1.5 × plain',
    verdict: importRatio <= 1.5 ? 'met' : 'MISSED',
  },
]);

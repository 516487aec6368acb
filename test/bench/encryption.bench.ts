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
for (let i = 0; i < 15; i++) {
  plainTimes.push(...(await timeRuns(1, () => scoreOf(plain.ctx, plain.assessmentId))));
  encryptedTimes.push(...(await timeRuns(1, () => scoreOf(encrypted.ctx, encrypted.assessmentId))));
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
const sealedImport = median(sealedStore);
const importRatio = sealedImport / plainImport;

closeWorkspaceDb(plain.ctx.db);
closeWorkspaceDb(encrypted.ctx.db);
rmSync(dir, { recursive: true, force: true });

const fixture = `5 categories, ${controls.toLocaleString('en')} controls, ${ITEMS.toLocaleString('en')} evidence items`;
printTable('Encryption overhead', [
  {
    name: 'scoreOf, plain workspace',
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

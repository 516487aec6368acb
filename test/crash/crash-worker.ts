/**
 * A child process for the crash test: applies real writes to a workspace in a loop and prints one
 * "ack" line after each write has committed, until the parent kills it with SIGKILL at a random moment.
 * Usage: node crash-worker.mjs <edits|evidence> <workspace> <assessmentId> <seed>
 */
import { writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { bundledCatalog } from '../../main/catalog/bundled';
import { openWorkspaceDb } from '../../main/db/open';
import { listControls } from '../../main/db/controls';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { updateControl } from '../../main/services/controls';
import { addEvidence } from '../../main/services/evidence';

const [mode, workspace, assessmentId, seedText] = process.argv.slice(2) as [string, string, string, string];
const ack = (line: string) => writeSync(1, `${line}\n`);
const db = openWorkspaceDb(workspace);
const ctx = { db, catalog: bundledCatalog(), now: () => new Date('2026-11-22T10:00:00Z') };
const controls = listControls(db, assessmentId).map((c) => c.controlId);
let n = Number(seedText) * 1_000_000;
ack('ready');

if (mode === 'edits') {
  for (;;) {
    n += 1;
    const controlId = controls[n % controls.length]!;
    const status = (['implemented', 'partial', 'not_implemented'] as const)[n % 3]!;
    updateControl(ctx, assessmentId, controlId, { status, notes: `edit ${n}` });
    ack(`edit ${controlId} ${n} ${status}`);
  }
} else {
  const source = join(tmpdir(), `fieldwork-crash-${process.pid}.bin`);
  for (;;) {
    n += 1;
    writeFileSync(source, randomBytes(64 * 1024 + (n % 7) * 4096));
    const controlId = controls[n % controls.length]!;
    const item = await addEvidence(ctx, evidenceStoreDirOf(workspace), {
      assessmentId,
      filePath: source,
      controlIds: [controlId],
      kind: 'log_export',
      sourceSystem: 'crash test',
      collectedBy: 'worker',
      collectedAt: '2026-11-20',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-20',
      notes: `import ${n}`,
    });
    ack(`evidence ${item.id} ${item.sha256}`);
  }
}

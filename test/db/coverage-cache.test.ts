import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCoverageEvidence } from '../../main/db/coverage';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addCustomControl, updateControl } from '../../main/services/controls';
import { coverageOf } from '../../main/services/coverage';
import { addEvidence, linkEvidence, removeEvidence } from '../../main/services/evidence';
import { smallCatalog } from '../support/small-catalog';

/*
 * Coverage reads its evidence rows once per connection and keeps them until the audit trail records an
 * evidence change. The oracle is a second connection opened afresh for every check, which has no cache.
 */

let dir: string;
let workspace: string;
let store: string;
let ctx: ServiceContext;
let assessmentId: string;

const NOW = () => new Date('2026-11-15T10:00:00Z');
const META = {
  kind: 'log_export',
  sourceSystem: 'Okta',
  collectedBy: 'Ana Lopez',
  periodFrom: '2026-09-01',
  periodTo: '2026-10-31',
  notes: '',
} as const;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-coverage-cache-'));
  workspace = join(dir, 'w.fwdb');
  store = evidenceStoreDirOf(workspace);
  ctx = { db: openWorkspaceDb(workspace, { create: true }), catalog: smallCatalog(), now: NOW };
  assessmentId = createAssessment(ctx, {
    organisation: 'Acme Robotics',
    systemName: 'Vision API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
});

afterEach(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

function coverage(context: ServiceContext, controlId: string): number {
  const entry = coverageOf(context, assessmentId).controls.find((c) => c.controlId === controlId);
  if (!entry) throw new Error(`no coverage for ${controlId}`);
  return entry.coverage;
}

/** The same figure read through a new connection, which has nothing cached. */
function fresh(controlId: string): number {
  const other = { db: openWorkspaceDb(workspace), catalog: smallCatalog(), now: NOW };
  try {
    return coverage(other, controlId);
  } finally {
    closeWorkspaceDb(other.db);
  }
}

async function attach(controlIds: string[], name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, `export ${name}\n`);
  return (await addEvidence(ctx, store, { ...META, assessmentId, filePath: path, controlIds })).id;
}

describe('coverage evidence kept per connection until the evidence changes', () => {
  it('follows adds, links and removals, and keeps the rows across edits that do not touch evidence', async () => {
    expect(coverage(ctx, 'SEC-AC-01')).toBe(0);
    const id = await attach(['SEC-AC-01'], 'okta.log');
    const after = coverage(ctx, 'SEC-AC-01');
    expect(after).toBeGreaterThan(0);
    expect(after).toBe(fresh('SEC-AC-01'));

    // A status edit is audited too, but is not an evidence change: the same rows are served.
    const rows = listCoverageEvidence(ctx.db, assessmentId);
    updateControl(ctx, assessmentId, 'SEC-AC-01', { status: 'implemented' });
    expect(listCoverageEvidence(ctx.db, assessmentId)).toBe(rows);

    expect(coverage(ctx, 'SEC-GOV-01')).toBe(0);
    linkEvidence(ctx, id, 'SEC-GOV-01');
    expect(listCoverageEvidence(ctx.db, assessmentId)).not.toBe(rows);
    expect(coverage(ctx, 'SEC-GOV-01')).toBe(fresh('SEC-GOV-01'));
    expect(coverage(ctx, 'SEC-GOV-01')).toBeGreaterThan(0);

    await removeEvidence(ctx, store, id);
    expect(coverage(ctx, 'SEC-AC-01')).toBe(0);
    expect(coverage(ctx, 'SEC-GOV-01')).toBe(0);
  });

  it('sees evidence another connection (the command line) added while this one was open', async () => {
    expect(coverage(ctx, 'SEC-AC-01')).toBe(0);
    const other = { db: openWorkspaceDb(workspace), catalog: smallCatalog(), now: NOW };
    try {
      const path = join(dir, 'ci-drop.log');
      writeFileSync(path, 'dropped by a CI job\n');
      await addEvidence(other, store, { ...META, assessmentId, filePath: path, controlIds: ['SEC-AC-01'] });
    } finally {
      closeWorkspaceDb(other.db);
    }
    expect(coverage(ctx, 'SEC-AC-01')).toBeGreaterThan(0);
    expect(coverage(ctx, 'SEC-AC-01')).toBe(fresh('SEC-AC-01'));
  });

  it('does not keep what a rolled-back transaction saw', async () => {
    const id = await attach(['SEC-AC-01'], 'okta.log');
    const monthly = addCustomControl(ctx, assessmentId, {
      title: 'Monthly access review',
      criteria: ['CC6.2'],
      frequency: 'monthly',
    }).controlId;
    const before = coverage(ctx, 'SEC-GOV-01');
    expect(() =>
      ctx.db.transaction(() => {
        linkEvidence(ctx, id, 'SEC-GOV-01');
        expect(coverage(ctx, 'SEC-GOV-01')).toBeGreaterThan(before);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    // The next real change reuses the rolled-back sequence numbers, with different content: it must be seen,
    // and the rolled-back link must not.
    linkEvidence(ctx, id, monthly);
    expect(coverage(ctx, 'SEC-GOV-01')).toBe(before);
    expect(coverage(ctx, monthly)).toBeGreaterThan(0);
    expect(coverage(ctx, monthly)).toBe(fresh(monthly));
  });
});

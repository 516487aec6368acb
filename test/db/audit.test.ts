import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { AUDITED_TABLES } from '../../main/db/audit-verify';
import { UNAUDITED_TABLES_050 } from '../../main/db/migrations/050-audit-trail';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { writeSetting } from '../../main/db/settings';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { createAssessment, updateAssessment } from '../../main/services/assessments';
import { getAuditActor, setAuditActor, verifyAudit } from '../../main/services/audit';
import type { ServiceContext } from '../../main/services/context';
import { addCustomControl, bulkUpdateControls, deleteCustomControl, updateControl } from '../../main/services/controls';
import { addEvidenceFiles, removeEvidence, setPopulation } from '../../main/services/evidence';
import { muteFinding, unmuteFinding } from '../../main/services/findings';
import { saveRemediation } from '../../main/services/remediation';
import { setSampleSizes } from '../../main/services/review';
import { deleteVendor, saveVendor } from '../../main/services/vendors';
import { DEFAULT_SAMPLE_SIZES } from '../../shared/sampling/sizes';
import { smallCatalog } from '../support/small-catalog';
import { allEntries, entriesAfter, lastSeq, rawConnection } from '../support/audit-helpers';

/* The audit trail on real workspace files: what the services write is recorded, in the same transaction. */

let dir: string;
let path: string;
let ctx: ServiceContext;
let assessmentId: string;
const NOW = new Date('2026-11-22T09:00:00.000Z');
const OS_USER = userInfo().username;

function open(catalog = smallCatalog(), options: { actor?: string } = {}): ServiceContext {
  return { db: openWorkspaceDb(path, { create: true, now: () => NOW, ...options }), catalog, now: () => NOW };
}

function caughtMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-audit-'));
  path = join(dir, 'workspace.fwdb');
  ctx = open();
  assessmentId = createAssessment(ctx, {
    organisation: 'Acme AI',
    systemName: 'Scoring API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: ['Ana'],
  }).id;
});

afterEach(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

describe('recording', () => {
  it('records the new assessment: the catalog version, the assessment and its four controls, with who and when', () => {
    const entries = allEntries(ctx.db);
    // Small catalog, Security only: SEC-GOV-01, SEC-AC-01, AI-REG-01, SEC-CM-01 carry a CC criterion.
    expect(entries.map((e) => [e.seq, e.table, e.action, e.label])).toEqual([
      [1, 'catalog_versions', 'insert', '0.9.0'],
      [2, 'assessments', 'insert', 'Acme AI — Scoring API'],
      [3, 'assessment_controls', 'insert', 'SEC-GOV-01'],
      [4, 'assessment_controls', 'insert', 'SEC-AC-01'],
      [5, 'assessment_controls', 'insert', 'AI-REG-01'],
      [6, 'assessment_controls', 'insert', 'SEC-CM-01'],
    ]);
    for (const e of entries) {
      expect(e.at).toBe('2026-11-22T09:00:00.000Z');
      expect(e.actor).toBe(OS_USER);
      expect(e.osUser).toBe(OS_USER);
    }
    expect(entries[1]?.after).toMatchObject({ organisation: 'Acme AI', categories: ['security'], assessors: ['Ana'] });
    expect(entries[1]?.assessmentId).toBe(assessmentId);
    expect(entries[0]?.assessmentId).toBeNull();
    // The catalog's JSON is logged as its hash, never in full.
    expect(Object.keys(entries[0]?.after ?? {})).toEqual(['version', 'released', 'data_sha256', 'loaded_at']);
  });

  it('records an edit as the changed fields only, before and after, and nothing for an edit that changes nothing', () => {
    const seq = lastSeq(ctx.db);
    updateControl(ctx, assessmentId, 'SEC-AC-01', {
      status: 'implemented',
      ownerName: 'Priya',
      ownerFunction: 'security',
    });
    updateControl(ctx, assessmentId, 'SEC-AC-01', { status: 'implemented', ownerName: 'Priya' });
    const [entry, ...rest] = entriesAfter(ctx.db, seq);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      table: 'assessment_controls',
      action: 'update',
      recordKey: [assessmentId, 'SEC-AC-01'],
      label: 'SEC-AC-01',
      assessmentId,
      // owner_function was already "security" (the catalog default), so it is not a change.
      before: { status: 'not_assessed', owner_name: '' },
      after: { status: 'implemented', owner_name: 'Priya' },
    });
  });

  it('records an N/A with its justification, and a muted finding with its justification', () => {
    const seq = lastSeq(ctx.db);
    updateControl(ctx, assessmentId, 'SEC-GOV-01', {
      status: 'not_applicable',
      justification: 'Governance is run by the group.',
    });
    expect(entriesAfter(ctx.db, seq).map((e) => [e.before, e.after])).toEqual([
      [
        { status: 'not_assessed', justification: '' },
        { status: 'not_applicable', justification: 'Governance is run by the group.' },
      ],
    ]);

    closeWorkspaceDb(ctx.db);
    ctx = open(bundledCatalog());
    const ai = createAssessment(ctx, {
      organisation: 'Helio',
      systemName: 'Copilot',
      reportType: 'I',
      categories: ['security'],
      assessors: [],
    }).id;
    const key = `FW-AI-01|assessment:${ai}`;
    const before = lastSeq(ctx.db);
    muteFinding(ctx, ai, key, 'Models are trained by the vendor only');
    unmuteFinding(ctx, ai, key);
    expect(
      entriesAfter(ctx.db, before).map((e) => [
        e.table,
        e.action,
        e.label,
        e.before?.justification ?? e.after?.justification,
      ]),
    ).toEqual([
      ['finding_mutes', 'insert', key, 'Models are trained by the vendor only'],
      ['finding_mutes', 'delete', key, 'Models are trained by the vendor only'],
    ]);
  });

  it('writes nothing when the change is rolled back: a refused bulk edit, or a transaction that fails later', () => {
    const seq = lastSeq(ctx.db);
    expect(
      caughtMessage(() => bulkUpdateControls(ctx, assessmentId, ['SEC-AC-01', 'NOPE-99'], { status: 'partial' })),
    ).toMatch(/NOPE-99/);
    expect(() =>
      ctx.db.transaction(() => {
        updateControl(ctx, assessmentId, 'SEC-CM-01', { notes: 'checked' });
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    expect(lastSeq(ctx.db)).toBe(seq);
    expect(verifyAudit(ctx).ok).toBe(true);
  });

  it('records every kind of service write, each in its own table', async () => {
    const seq = lastSeq(ctx.db);
    updateAssessment(ctx, assessmentId, {
      organisation: 'Acme AI',
      systemName: 'Scoring API v2',
      reportType: 'II',
      categories: ['security'],
      windowStart: '2026-09-01',
      windowEnd: '2027-02-28',
      assessors: ['Ana'],
    });
    addCustomControl(ctx, assessmentId, { controlId: 'CUS-01', title: 'Weekly log review', criteria: ['CC7.2'] });
    deleteCustomControl(ctx, assessmentId, 'CUS-01');
    const vendor = saveVendor(ctx, assessmentId, { name: 'Acme Models', serviceType: 'hosted_model_api' });
    deleteVendor(ctx, assessmentId, vendor.id);
    saveRemediation(ctx, assessmentId, { action: 'Write the access policy', controlIds: ['SEC-AC-01'] });
    const file = join(dir, 'access-review.csv');
    writeFileSync(file, 'user,access\nana,admin\n');
    const [item] = await addEvidenceFiles(ctx, evidenceStoreDirOf(path), {
      assessmentId,
      controlIds: ['SEC-AC-01'],
      filePaths: [file],
      kind: 'system_report',
      sourceSystem: 'Okta',
      collectedBy: 'Ana',
      collectedAt: '2026-11-01',
      periodFrom: '2026-09-01',
      periodTo: '2026-10-31',
      notes: '',
    });
    setPopulation(ctx, assessmentId, 'AI-REG-01', 12, 10);
    setSampleSizes(ctx, { ...DEFAULT_SAMPLE_SIZES, weekly: 6 });
    await removeEvidence(ctx, evidenceStoreDirOf(path), item?.id ?? '', undefined);

    const kinds = entriesAfter(ctx.db, seq).map((e) => `${e.table}:${e.action}`);
    expect(kinds).toEqual([
      'assessments:update',
      'assessment_controls:insert',
      'assessment_controls:delete',
      'ai_vendors:insert',
      'ai_vendors:delete',
      'remediation_items:insert',
      'remediation_controls:insert',
      'evidence_items:insert',
      'evidence_links:insert',
      'control_populations:insert',
      'settings:insert',
      'evidence_links:delete',
      'evidence_items:delete',
    ]);
    const evidence = entriesAfter(ctx.db, seq).find((e) => e.table === 'evidence_items');
    expect(evidence?.after).toMatchObject({
      original_name: 'access-review.csv',
      sha256: item?.sha256,
      kind: 'system_report',
    });
    expect(verifyAudit(ctx)).toMatchObject({ ok: true, discrepancies: { count: 0 } });
  });

  it('keeps secrets out: a settings value whose key names a key or secret is recorded as redacted', () => {
    const seq = lastSeq(ctx.db);
    writeSetting(ctx.db, 'evidence.dataKey', 'ab'.repeat(32));
    const [entry] = entriesAfter(ctx.db, seq);
    expect(entry?.after).toEqual({ key: 'evidence.dataKey', value: '[redacted]' });
    expect(JSON.stringify(allEntries(ctx.db))).not.toContain('ab'.repeat(32));
  });
});

describe('who', () => {
  it('records the name chosen in Settings (the choice itself too), keeps it across re-opens, and lets the command line override it', () => {
    expect(getAuditActor(ctx)).toEqual({ actor: OS_USER, chosen: null, osUser: OS_USER, source: 'os' });
    const seq = lastSeq(ctx.db);
    expect(setAuditActor(ctx, '  Dana Reviewer ')).toMatchObject({ actor: 'Dana Reviewer', source: 'setting' });
    updateControl(ctx, assessmentId, 'SEC-CM-01', { notes: 'Reviewed with the CTO' });
    expect(entriesAfter(ctx.db, seq).map((e) => [e.table, e.actor, e.osUser, e.after])).toEqual([
      ['settings', OS_USER, OS_USER, { key: 'audit.actor', value: 'Dana Reviewer' }],
      ['assessment_controls', 'Dana Reviewer', OS_USER, { notes: 'Reviewed with the CTO' }],
    ]);

    closeWorkspaceDb(ctx.db);
    ctx = open();
    expect(getAuditActor(ctx).actor).toBe('Dana Reviewer');
    closeWorkspaceDb(ctx.db);
    ctx = open(smallCatalog(), { actor: 'ci-bot' });
    const before = lastSeq(ctx.db);
    updateControl(ctx, assessmentId, 'SEC-CM-01', { notes: 'From the pipeline' });
    expect(entriesAfter(ctx.db, before).map((e) => e.actor)).toEqual(['ci-bot']);
    expect(setAuditActor(ctx, null)).toMatchObject({ actor: 'ci-bot', chosen: null, source: 'override' });
  });
});

describe('guarding the trail', () => {
  it('refuses to change or delete an entry', () => {
    expect(() => ctx.db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").run()).toThrow(
      /append-only/,
    );
    expect(() => ctx.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(allEntries(ctx.db)[1]?.actor).toBe(OS_USER);
  });

  it('refuses writes from a connection without the recording functions, instead of letting them escape the trail', () => {
    const raw = rawConnection(path);
    try {
      expect(() => raw.prepare("UPDATE assessment_controls SET status = 'implemented'").run()).toThrow(
        /no such function: fw_/,
      );
    } finally {
      raw.close();
    }
  });

  it('has recording triggers on every table but the listed exceptions, and logs or deliberately ignores every column', () => {
    const tables = ctx.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const audited = new Map(AUDITED_TABLES.map((t) => [t.table, t]));
    const triggers = new Set(
      ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[],
    );
    for (const table of tables) {
      if (table in UNAUDITED_TABLES_050) continue;
      const spec = audited.get(table);
      expect(spec, `${table} has no audit triggers: add them in a migration (auditTriggersSql)`).toBeDefined();
      for (const action of ['insert', 'update', 'delete'])
        expect(triggers.has(`audit_${table}_${action}`), table).toBe(true);
      const columns = (ctx.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).sort();
      const covered = [...(spec?.columns.map((c) => c.column) ?? []), ...(spec?.ignored ?? [])].sort();
      expect(covered, table).toEqual(columns);
    }
  });
});

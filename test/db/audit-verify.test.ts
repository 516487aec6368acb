import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../main/db/audit';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID, closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createAssessment } from '../../main/services/assessments';
import { exportAudit, verifyAudit } from '../../main/services/audit';
import type { ServiceContext } from '../../main/services/context';
import { updateControl } from '../../main/services/controls';
import { saveVendor } from '../../main/services/vendors';
import type { AuditAnchor, AuditVerification } from '../../shared/audit/types';
import { smallCatalog } from '../support/small-catalog';
import { allEntries, lastSeq, rawConnection, recipeHash, rehashFrom } from '../support/audit-helpers';

/* Verification on real files: every way of editing or removing past entries that the chain can see, and the ones it cannot. */

let dir: string;
let path: string;
let ctx: ServiceContext;
let assessmentId: string;
const now = () => new Date('2026-11-22T09:00:00.000Z');

function reopen(): void {
  if (ctx.db.open) closeWorkspaceDb(ctx.db);
  ctx = { db: openWorkspaceDb(path, { now }), catalog: smallCatalog(), now };
}

/** Runs `tamper` on a plain connection, as someone editing the file with any SQLite tool would. */
function tamper(sql: string): void {
  closeWorkspaceDb(ctx.db);
  const raw = rawConnection(path);
  try {
    raw.exec(sql);
  } finally {
    raw.close();
  }
  reopen();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-audit-verify-'));
  path = join(dir, 'workspace.fwdb');
  ctx = { db: openWorkspaceDb(path, { create: true, now }), catalog: smallCatalog(), now };
  assessmentId = createAssessment(ctx, {
    organisation: 'Acme AI',
    systemName: 'Scoring API',
    reportType: 'I',
    categories: ['security'],
    assessors: [],
  }).id;
  // Entries 1–6 come from the new assessment (see audit.test.ts); 7–10 are these edits.
  updateControl(ctx, assessmentId, 'SEC-AC-01', { status: 'implemented' });
  updateControl(ctx, assessmentId, 'SEC-GOV-01', { status: 'partial', ownerName: 'Ana' });
  updateControl(ctx, assessmentId, 'SEC-CM-01', { notes: 'Change tickets sampled' });
  updateControl(ctx, assessmentId, 'AI-REG-01', { status: 'not_implemented' });
});

afterEach(() => {
  if (ctx.db.open) closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

const intact = { missing: [], altered: [] };

describe('an untouched trail', () => {
  it('verifies: ten entries, unbroken, head = the last entry, the data reconciles', () => {
    const result = verifyAudit(ctx);
    const last = allEntries(ctx.db).at(-1);
    expect(result).toEqual<AuditVerification>({
      ok: true,
      entries: 10,
      head: { seq: 10, hash: last?.hash ?? '' },
      firstBreak: null,
      triggers: intact,
      discrepancies: { count: 0, first: [] },
      anchorChecked: null,
    });
  });

  it('is chained as the export documents: each hash is SHA-256 of the previous hash, a line feed and the entry', () => {
    const rows = ctx.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
    let prev = '0'.repeat(64);
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(recipeHash(prev, row));
      prev = row.hash ?? '';
    }
  });
});

describe('tampering the chain detects', () => {
  it('an entry changed in place (after dropping the append-only guard)', () => {
    tamper(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after = '{"status":"implemented"}' WHERE seq = 10;`);
    const result = verifyAudit(ctx);
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toEqual({ kind: 'altered', seq: 10 });
    expect(result.triggers).toEqual({ missing: ['audit_log_no_update'], altered: [] });
    // The trail now claims AI-REG-01 is implemented; the data says not_implemented.
    expect(result.discrepancies.first).toEqual([
      {
        table: 'assessment_controls',
        recordKey: [assessmentId, 'AI-REG-01'],
        problem: 'different',
        fields: ['status'],
      },
    ]);
  });

  it('an entry deleted from the middle, and entries deleted from the start', () => {
    tamper('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 8;');
    expect(verifyAudit(ctx).firstBreak).toEqual({ kind: 'gap', seq: 9, missingFrom: 8, missingTo: 8 });
    tamper('DELETE FROM audit_log WHERE seq IN (1, 2);');
    expect(verifyAudit(ctx).firstBreak).toEqual({ kind: 'gap', seq: 3, missingFrom: 1, missingTo: 2 });
  });

  it('an entry changed and re-sealed (its own hash recomputed without rewriting the rest)', () => {
    closeWorkspaceDb(ctx.db);
    const raw = rawConnection(path);
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 8;`);
    const row = raw.prepare('SELECT * FROM audit_log WHERE seq = 8').get() as AuditRow;
    raw.prepare('UPDATE audit_log SET hash = ? WHERE seq = 8').run(recipeHash(row.prev_hash ?? '', row));
    raw.close();
    reopen();
    expect(verifyAudit(ctx).firstBreak).toEqual({ kind: 'link', seq: 9 });
  });

  it('a data change made with the recording trigger switched off, even when the trigger is put back', () => {
    const shipped = ctx.db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_assessment_controls_update'")
      .pluck()
      .get() as string;
    tamper(
      `DROP TRIGGER audit_assessment_controls_update; UPDATE assessment_controls SET status = 'implemented' WHERE control_id = 'SEC-CM-01';`,
    );
    const off = verifyAudit(ctx);
    expect(off.triggers.missing).toEqual(['audit_assessment_controls_update']);
    expect(off.firstBreak).toBeNull();
    expect(off.discrepancies.first).toEqual([
      {
        table: 'assessment_controls',
        recordKey: [assessmentId, 'SEC-CM-01'],
        problem: 'different',
        fields: ['status'],
      },
    ]);
    tamper(`${shipped};`);
    expect(verifyAudit(ctx)).toMatchObject({ ok: false, triggers: intact, discrepancies: { count: 1 } });
  });

  it('a recording trigger replaced by one that records less', () => {
    tamper(
      `DROP TRIGGER audit_finding_mutes_insert; CREATE TRIGGER audit_finding_mutes_insert AFTER INSERT ON finding_mutes BEGIN SELECT 1; END;`,
    );
    expect(verifyAudit(ctx)).toMatchObject({
      ok: false,
      triggers: { missing: [], altered: ['audit_finding_mutes_insert'] },
    });
  });
});

describe('what the chain alone cannot see, and the anchor can', () => {
  let anchor: AuditAnchor;
  beforeEach(() => {
    const head = verifyAudit(ctx).head;
    if (!head) throw new Error('no head');
    anchor = head;
  });

  it('a rewrite of the whole chain after the edit verifies on its own (no secret key), but not against an earlier anchor', () => {
    const guard = ctx.db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    closeWorkspaceDb(ctx.db);
    const raw = rawConnection(path);
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 7;`);
    rehashFrom(raw, 7);
    raw.exec(guard); // and the guard put back as shipped, so only the chain itself is left to tell
    raw.close();
    reopen();
    expect(allEntries(ctx.db)[6]?.actor).toBe('someone else');
    expect(verifyAudit(ctx)).toMatchObject({ ok: true, entries: 10, triggers: intact });
    expect(verifyAudit(ctx, anchor)).toMatchObject({ ok: false, firstBreak: { kind: 'anchor_mismatch', seq: 10 } });
  });

  it('the newest entries cut off: the chain still verifies, the data and the anchor do not', () => {
    tamper('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 10;');
    const result = verifyAudit(ctx, anchor);
    expect(result.firstBreak).toEqual({ kind: 'anchor_missing', seq: 10 });
    expect(result.discrepancies.first).toEqual([
      {
        table: 'assessment_controls',
        recordKey: [assessmentId, 'AI-REG-01'],
        problem: 'different',
        fields: ['status'],
      },
    ]);
  });
});

describe('a workspace from before the audit trail', () => {
  it('starts its trail with one baseline entry per existing record, and verifies', () => {
    const old = join(dir, 'schema40.fwdb');
    const raw = new Database(old);
    raw.pragma('journal_mode = WAL');
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.filter((step) => step.version <= 40)) {
      raw.exec(m.sql);
      raw.pragma(`user_version = ${m.version}`);
    }
    raw.exec(`INSERT INTO assessments (id, organisation, system_name, report_type, categories, catalog_version, created_at, updated_at)
      VALUES ('a1', 'Old Co', 'Legacy API', 'I', '["security"]', '0.9.0', '2026-01-01', '2026-01-01');
      INSERT INTO assessment_controls (assessment_id, control_id, source, criteria, stage, frequency, status, justification, sort_order, updated_at)
      VALUES ('a1', 'SEC-AC-01', 'catalog', '["CC6.1"]', 'organisation_wide', 'quarterly', 'not_applicable', 'No users', 0, '2026-01-01');`);
    raw.close();
    const db = openWorkspaceDb(old, { now });
    try {
      const entries = allEntries(db);
      expect(entries.map((e) => [e.table, e.action, e.label])).toEqual([
        ['assessments', 'baseline', 'Old Co — Legacy API'],
        ['assessment_controls', 'baseline', 'SEC-AC-01'],
      ]);
      expect(entries[1]?.after).toMatchObject({
        status: 'not_applicable',
        justification: 'No users',
        criteria: ['CC6.1'],
      });
      expect(verifyAudit({ db, catalog: smallCatalog(), now }).ok).toBe(true);
    } finally {
      closeWorkspaceDb(db);
    }
  });
});

describe('exports', () => {
  it('writes JSON that can be re-verified outside Fieldwork, and CSV that a spreadsheet cannot run', () => {
    saveVendor(ctx, assessmentId, { name: "=HYPERLINK('http://evil','click')", serviceType: 'other' });
    const json = join(dir, 'trail.json');
    expect(exportAudit(ctx, json, 'json').entries).toBe(11);
    const document = JSON.parse(readFileSync(json, 'utf8')) as {
      anchor: string;
      verification: AuditVerification;
      entries: (Omit<
        AuditRow,
        'os_user' | 'table_name' | 'record_key' | 'record_label' | 'assessment_id' | 'prev_hash'
      > & {
        osUser: string;
        table: string;
        recordKey: string;
        label: string;
        assessmentId: string | null;
        prevHash: string;
      })[];
    };
    let prev = '0'.repeat(64);
    for (const e of document.entries) {
      const row: AuditRow = {
        ...e,
        os_user: e.osUser,
        table_name: e.table,
        record_key: e.recordKey,
        record_label: e.label,
        assessment_id: e.assessmentId,
        prev_hash: e.prevHash,
      };
      expect(recipeHash(prev, row)).toBe(e.hash);
      prev = e.hash ?? '';
    }
    expect(document.anchor).toBe(`11:${prev}`);
    expect(document.verification.ok).toBe(true);

    const csv = join(dir, 'trail.csv');
    exportAudit(ctx, csv, 'csv', { table: 'ai_vendors' });
    const parsed = Papa.parse<string[]>(readFileSync(csv, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]?.slice(0, 7)).toEqual(['seq', 'at', 'actor', 'os_user', 'table', 'action', 'record']);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[1]?.[6]).toBe("'=HYPERLINK('http://evil','click')");
    expect(parsed.data[1]?.[9]).toContain("name: =HYPERLINK('http://evil','click')");
  });

  it('exports only what the filter keeps', () => {
    const csv = join(dir, 'controls.csv');
    const result = exportAudit(ctx, csv, 'csv', { table: 'assessment_controls', action: 'update' });
    expect(result.entries).toBe(4);
    expect(lastSeq(ctx.db)).toBe(10);
  });
});

import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb, schemaVersion, type Db } from '../../main/db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/db/migrations';
import { AppError } from '../../shared/ipc/result';

/** 'FWRK' in ASCII: F 0x46, W 0x57, R 0x52, K 0x4b. */
const FIELDWORK_APPLICATION_ID = 0x4657524b;

let dir: string;
const opened: Db[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-workspace-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(path: string, create = false): Db {
  const db = openWorkspaceDb(path, { create });
  opened.push(db);
  return db;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
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

/** Writes a SQLite file with our application id and a user_version from a future Fieldwork. */
function writeFutureWorkspace(path: string, wal: boolean): void {
  const raw = new Database(path);
  if (wal) raw.pragma('journal_mode = WAL');
  raw.pragma(`application_id = ${FIELDWORK_APPLICATION_ID}`);
  raw.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT; CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT;');
  raw.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('written_by', 'fieldwork 9');
  raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
  raw.close();
}

/**
 * Our schema: every object with SQL text, by name. SQLite's own tables (sqlite_stat1/4, which the
 * `PRAGMA optimize` run on close creates) are not ours and are left out.
 */
function schemaSql(db: Db): string {
  const rows = db
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { sql: string }[];
  return rows.map((r) => r.sql.trim()).join(';\n\n');
}

describe('openWorkspaceDb — a new workspace', () => {
  it('migrates an empty file to the latest schema with our identity and durability pragmas', () => {
    const path = join(dir, 'new.fwdb');
    const db = open(path, true);
    expect(existsSync(path)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(10);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(FIELDWORK_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('creates every table STRICT, also after a close and re-open', () => {
    const path = join(dir, 'strict.fwdb');
    const ourTables = (db: Db) =>
      db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        .all() as { name: string; sql: string }[];
    const first = open(path, true);
    const tables = ourTables(first);
    expect(tables.map((t) => t.name)).toEqual([
      'ai_vendors',
      'assessment_controls',
      'assessments',
      'audit_log',
      'boundary_component_controls',
      'boundary_components',
      'catalog_versions',
      'control_populations',
      'evidence_files',
      'evidence_items',
      'evidence_links',
      'finding_mutes',
      'meta',
      'remediation_controls',
      'remediation_items',
      'review_samples',
      'reviews',
      'settings',
      'snapshots',
    ]);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
    closeWorkspaceDb(first);
    for (const table of ourTables(open(path))) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
  });

  it('enforces foreign keys and the N/A justification check', () => {
    const db = open(join(dir, 'fk.fwdb'), true);
    const insertControl = db.prepare(
      `INSERT INTO assessment_controls (assessment_id, control_id, source, criteria, stage, frequency, status, justification, sort_order, updated_at)
       VALUES (?, 'X-01', 'custom', '["CC1.1"]', 'training', 'daily', ?, ?, 0, '2026-11-22T00:00:00.000Z')`,
    );
    expect(() => insertControl.run('no-such-assessment', 'not_assessed', '')).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO assessments (id, organisation, system_name, report_type, categories, catalog_version, created_at, updated_at)
       VALUES ('a1', 'Acme', 'API', 'I', '["security"]', '1.0.0', 'now', 'now')`,
    ).run();
    expect(() => insertControl.run('a1', 'not_applicable', '  ')).toThrow(/CHECK/);
    expect(insertControl.run('a1', 'not_applicable', 'No model training here').changes).toBe(1);
  });

  it('matches the committed schema snapshot (shipped migrations are never edited)', () => {
    const db = open(join(dir, 'snapshot.fwdb'), true);
    expect({ userVersion: schemaVersion(db), sql: schemaSql(db) }).toMatchSnapshot();
  });
});

describe('openWorkspaceDb — re-opening', () => {
  it('keeps data and applies no migration twice', () => {
    const path = join(dir, 'reopen.fwdb');
    const first = open(path, true);
    const schemaBefore = schemaSql(first);
    first.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('probe', 'kept');
    closeWorkspaceDb(first);
    expect(first.open).toBe(false);

    // Re-running migration 10 would fail on CREATE TABLE meta (it exists) and refuse to open.
    for (const create of [false, true]) {
      const again = open(path, create);
      expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
      expect(schemaSql(again)).toBe(schemaBefore);
      expect(again.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('probe')).toBe('kept');
      expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
      closeWorkspaceDb(again);
    }
  });

  it('closeWorkspaceDb is safe to call twice', () => {
    const db = open(join(dir, 'twice.fwdb'), true);
    closeWorkspaceDb(db);
    expect(() => closeWorkspaceDb(db)).not.toThrow();
  });
});

describe('openWorkspaceDb — files it must refuse and leave untouched', () => {
  for (const wal of [false, true]) {
    it(`refuses a workspace from a newer Fieldwork (${wal ? 'WAL' : 'rollback journal'})`, () => {
      const path = join(dir, 'future.fwdb');
      writeFutureWorkspace(path, wal);
      expect(existsSync(`${path}-wal`)).toBe(false);
      const before = sha256(path);

      const error = caught(() => open(path));
      expect(error.code).toBe('workspace_too_new');
      expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 10));
      expect(error.message).toMatch(/untouched/);

      expect(sha256(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
      expect(existsSync(`${path}-journal`)).toBe(false);
      // Also refused when asked to create.
      expect(caught(() => open(path, true)).code).toBe('workspace_too_new');
      expect(sha256(path)).toBe(before);
    });
  }

  it("refuses someone else's SQLite database", () => {
    const path = join(dir, 'crm.sqlite');
    const raw = new Database(path);
    raw.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');");
    raw.close();
    const before = sha256(path);

    const error = caught(() => open(path, true));
    expect(error.code).toBe('workspace_foreign');
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses an empty SQLite database that carries another application id', () => {
    const path = join(dir, 'other-app.db');
    const raw = new Database(path);
    raw.pragma('application_id = 305419896'); // 0x12345678
    raw.close();
    const before = sha256(path);
    expect(caught(() => open(path)).code).toBe('workspace_foreign');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a file that is not SQLite at all', () => {
    const path = join(dir, 'notes.fwdb');
    writeFileSync(path, 'These are meeting notes, not a database.\n'.repeat(200));
    const before = sha256(path);

    const error = caught(() => open(path, true));
    expect(error.code).toBe('workspace_unreadable');
    expect(error.message).toContain(path);
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a missing path unless asked to create it, and creates nothing', () => {
    const path = join(dir, 'missing.fwdb');
    const error = caught(() => open(path));
    expect(error.code).toBe('workspace_not_found');
    expect(error.message).toContain(path);
    expect(existsSync(path)).toBe(false);
  });
});

describe('shipped migrations', () => {
  // One snapshot per step: adding a migration adds a snapshot; editing a shipped one fails here.
  for (const migration of MIGRATIONS) {
    it(`migration ${migration.version} is unchanged`, () => {
      expect(migration.sql).toMatchSnapshot();
    });
  }
  it('are numbered in tens, strictly increasing', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => v % 10 === 0 && (i === 0 || v > (versions[i - 1] ?? 0)))).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { listAssessments } from '../../main/db/assessments';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { selectRows, tableColumns } from '../../main/db/portable';
import { ensureEvidenceKey } from '../../main/evidence/data-key';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { exportAssessmentFile } from '../../main/interchange/portable-export';
import { sealFile, unsealFile } from '../../main/interchange/sealed-file';
import { importAssessmentFile, inspectAssessmentFile } from '../../main/interchange/portable-import';
import { PORTABLE_TABLES, rowSchemas } from '../../main/interchange/portable-schema';
import type { ServiceContext } from '../../main/services/context';
import { updateControl } from '../../main/services/controls';
import { verifyEvidence } from '../../main/services/evidence';
import { findingsOf } from '../../main/services/findings';
import { scoreOf } from '../../main/services/score';
import { takeSnapshot } from '../../main/services/snapshots';
import { saveVendor } from '../../main/services/vendors';
import { buildRealisticWorkspace, type RealisticWorkspace } from '../support/interchange-workspace';
import { readEntries, renameInPlace, writeEntries, type RawEntry } from '../support/zip-tamper';

/*
 * Portable assessments (.fwassess) between real workspaces: export → import into a new workspace keeps
 * every record of every table; the encrypted variant round-trips and refuses a wrong passphrase or a
 * changed byte; the same assessment arriving twice is detected and each choice (refuse, cancel, copy,
 * replace) does exactly what it says; hostile files are refused and leave the workspace untouched.
 */

const PASSPHRASE = 'correct horse battery staple';
const NOW = new Date('2026-11-24T08:00:00.000Z');

let dir: string;
let ws: RealisticWorkspace;
let plainFile: string;
let sealedFile: string;
/** The source assessment's rows as exported. */
let exported: Record<string, unknown[]>;
const opened: Db[] = [];

type Dump = Record<string, Record<string, unknown>[]>;

function dump(db: Db, assessmentId: string): Dump {
  return Object.fromEntries(PORTABLE_TABLES.map((t) => [t, selectRows(db, t, assessmentId)]));
}

function workspace(name: string): { ctx: ServiceContext; storeDir: string } {
  const path = join(dir, `${name}.fwdb`);
  const db = openWorkspaceDb(path, { create: true, now: () => NOW });
  opened.push(db);
  return { ctx: { db, catalog: bundledCatalog(), now: () => NOW }, storeDir: evidenceStoreDirOf(path) };
}

function storeFiles(storeDir: string): string[] {
  try {
    return readdirSync(storeDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-portable-'));
  ws = await buildRealisticWorkspace(dir, 'source.fwdb');
  plainFile = join(dir, 'helio.fwassess');
  sealedFile = join(dir, 'helio-sealed.fwassess');
  await exportAssessmentFile(ws.ctx, ws.storeDir, ws.assessmentId, plainFile, { appVersion: '0.1.0' });
  await exportAssessmentFile(ws.ctx, ws.storeDir, ws.assessmentId, sealedFile, {
    appVersion: '0.1.0',
    passphrase: PASSPHRASE,
  });
  exported = dump(ws.db, ws.assessmentId);
}, 120_000);

afterAll(() => {
  for (const db of [ws.db, ...opened]) closeWorkspaceDb(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('export → import into a new workspace', () => {
  it('holds every record of every table', () => {
    for (const table of PORTABLE_TABLES) expect(exported[table]?.length, table).toBeGreaterThan(0);
  });

  it('describes every column of every table (a migration adding one fails here until the schema follows)', () => {
    for (const table of PORTABLE_TABLES)
      expect(Object.keys(rowSchemas[table].shape), table).toEqual(tableColumns(ws.db, table));
  });

  it('preserves every record, table by table, and the scores, findings and evidence', async () => {
    const target = workspace('office');
    const result = await importAssessmentFile(target.ctx, target.storeDir, plainFile);
    expect(result).toMatchObject({
      status: 'imported',
      mode: 'new',
      assessmentId: ws.assessmentId,
      evidenceFilesStored: 7,
    });
    const imported = dump(target.ctx.db, ws.assessmentId);
    for (const table of PORTABLE_TABLES) expect(imported[table], table).toEqual(exported[table]);
    expect(scoreOf(target.ctx, ws.assessmentId, '2026-11-22')).toEqual(scoreOf(ws.ctx, ws.assessmentId, '2026-11-22'));
    const muted = (ctx: ServiceContext) =>
      findingsOf(ctx, ws.assessmentId)
        .findings.filter((f) => f.muted)
        .map((f) => f.key);
    expect(muted(target.ctx)).toEqual(muted(ws.ctx));
    expect(muted(target.ctx)).toHaveLength(1);
    const verification = await verifyEvidence(target.ctx, target.storeDir, ws.assessmentId);
    expect(verification.summary).toEqual({ total: 8, ok: 8, modified: 0, missing: 0 });
  });

  it('stores the evidence sealed when the target workspace encrypts its evidence, and exports it back unchanged', async () => {
    const target = workspace('sealed-store');
    ensureEvidenceKey(target.ctx.db);
    await importAssessmentFile(target.ctx, target.storeDir, plainFile);
    expect(storeFiles(target.storeDir).every((name) => name.endsWith('.fwenc'))).toBe(true);
    expect((await verifyEvidence(target.ctx, target.storeDir, ws.assessmentId)).summary.ok).toBe(8);
    const again = join(dir, 'again.fwassess');
    await exportAssessmentFile(target.ctx, target.storeDir, ws.assessmentId, again, { appVersion: '0.1.0' });
    const back = workspace('back');
    await importAssessmentFile(back.ctx, back.storeDir, again);
    expect(dump(back.ctx.db, ws.assessmentId)).toEqual(exported);
  });
});

describe('encrypted files', () => {
  it('are sealed: no zip, no readable text', () => {
    const bytes = readFileSync(sealedFile);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('FWSEAL01');
    expect(bytes.includes(Buffer.from('Helio Analytics'))).toBe(false);
    expect(bytes.includes(Buffer.from('assessment.json'))).toBe(false);
  });

  it('round-trip with the passphrase', async () => {
    const target = workspace('sealed-target');
    await expect(inspectAssessmentFile(target.ctx, sealedFile)).rejects.toMatchObject({ code: 'passphrase_required' });
    const preview = await inspectAssessmentFile(target.ctx, sealedFile, PASSPHRASE);
    expect(preview).toMatchObject({
      encrypted: true,
      duplicate: null,
      assessment: { id: ws.assessmentId, organisation: 'Helio Analytics SAS' },
    });
    await importAssessmentFile(target.ctx, target.storeDir, sealedFile, { passphrase: PASSPHRASE });
    expect(dump(target.ctx.db, ws.assessmentId)).toEqual(exported);
  });

  it('refuse a wrong passphrase with a clear error, and change nothing', async () => {
    const target = workspace('wrong-passphrase');
    await expect(
      importAssessmentFile(target.ctx, target.storeDir, sealedFile, { passphrase: 'Correct horse battery staple' }),
    ).rejects.toMatchObject({
      code: 'wrong_passphrase',
      message: expect.stringMatching(/passphrase is wrong/) as unknown,
    });
    expect(listAssessments(target.ctx.db)).toEqual([]);
    expect(storeFiles(target.storeDir)).toEqual([]);
  });

  it('refuse a file with a changed byte', async () => {
    const bytes = readFileSync(sealedFile);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    const damaged = join(dir, 'damaged.fwassess');
    writeFileSync(damaged, bytes);
    const target = workspace('damaged');
    // The whole file fits in the first chunk: a changed byte and a wrong passphrase look the same, and the message says both.
    await expect(
      importAssessmentFile(target.ctx, target.storeDir, damaged, { passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'wrong_passphrase',
      message: expect.stringMatching(/or the file was altered/) as unknown,
    });
    expect(listAssessments(target.ctx.db)).toEqual([]);
  });

  it('detect a changed, dropped or truncated chunk past the first one', async () => {
    const plain = join(dir, 'big.bin');
    const content = Buffer.alloc(3 * 2 ** 20 + 123);
    for (let i = 0; i < content.length; i++) content[i] = (i * 7919) % 251;
    writeFileSync(plain, content);
    const sealed = join(dir, 'big.sealed');
    await sealFile(plain, sealed, PASSPHRASE);
    const out = (n: number) => join(dir, `big-${n}.out`);
    await unsealFile(sealed, out(0), PASSPHRASE);
    expect(readFileSync(out(0)).equals(content)).toBe(true);
    const bytes = readFileSync(sealed);
    const record = 2 ** 20 + 16;
    const changed = Buffer.from(bytes);
    changed[39 + record + 10] = (changed[39 + record + 10] ?? 0) ^ 0x80;
    const truncated = bytes.subarray(0, 39 + 2 * record);
    const dropped = Buffer.concat([bytes.subarray(0, 39 + record), bytes.subarray(39 + 2 * record)]);
    let n = 0;
    for (const variant of [changed, truncated, dropped]) {
      const path = join(dir, `big-variant-${++n}.sealed`);
      writeFileSync(path, variant);
      await expect(unsealFile(path, out(n), PASSPHRASE)).rejects.toMatchObject({ code: 'file_damaged' });
      expect(readdirSync(dir).includes(`big-${n}.out`)).toBe(false);
    }
    await expect(unsealFile(sealed, out(9), 'wrong')).rejects.toMatchObject({ code: 'wrong_passphrase' });
  });
});

/** Rows with every id-like column removed and ids inside JSON columns blanked, for comparing a copy with its original. */
function withoutIds(rows: Record<string, unknown>[]): string[] {
  const ids = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
  return rows
    .map((row) => {
      const rest = Object.fromEntries(
        Object.entries(row).filter(
          ([k]) => !['id', 'assessment_id', 'evidence_id', 'review_id', 'component_id', 'item_id'].includes(k),
        ),
      );
      return JSON.stringify(rest).replace(ids, '<id>');
    })
    .sort();
}

describe('the same assessment arriving twice', () => {
  it('is detected: refused without a choice, previewed as a duplicate, and "cancel" changes nothing', async () => {
    await expect(importAssessmentFile(ws.ctx, ws.storeDir, plainFile)).rejects.toMatchObject({
      code: 'duplicate_assessment',
    });
    const preview = await inspectAssessmentFile(ws.ctx, plainFile);
    expect(preview.duplicate).toMatchObject({ id: ws.assessmentId, organisation: 'Helio Analytics SAS' });
    const cancelled = await importAssessmentFile(ws.ctx, ws.storeDir, plainFile, { onDuplicate: 'cancel' });
    expect(cancelled).toMatchObject({ status: 'cancelled', assessmentId: null });
    expect(listAssessments(ws.db)).toHaveLength(1);
    expect(dump(ws.db, ws.assessmentId)).toEqual(exported);
  });

  it('"copy" keeps both: the copy has new ids and every record, with references (and mutes) following', async () => {
    const result = await importAssessmentFile(ws.ctx, ws.storeDir, plainFile, { onDuplicate: 'copy' });
    expect(result.mode).toBe('copy');
    const copyId = result.assessmentId ?? '';
    expect(copyId).not.toBe(ws.assessmentId);
    expect(listAssessments(ws.db)).toHaveLength(2);
    const copy = dump(ws.db, copyId);
    for (const table of PORTABLE_TABLES)
      expect(withoutIds(copy[table] ?? []), table).toEqual(withoutIds(exported[table] as Record<string, unknown>[]));
    // No record of the copy shares an id with the original, except the content-addressed files.
    const originalIds = new Set(
      JSON.stringify(exported).match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g),
    );
    const copyIds = new Set(
      JSON.stringify(copy).match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g),
    );
    expect([...copyIds].filter((id) => originalIds.has(id))).toEqual([]);
    expect(scoreOf(ws.ctx, copyId, '2026-11-22').overall).toEqual(
      scoreOf(ws.ctx, ws.assessmentId, '2026-11-22').overall,
    );
    expect(findingsOf(ws.ctx, copyId).findings.filter((f) => f.muted)).toHaveLength(1);
    expect(dump(ws.db, ws.assessmentId)).toEqual(exported);
  });

  it('"replace" restores the file’s version over local edits, keeping the frozen review and snapshots', async () => {
    const control = selectRows(ws.db, 'assessment_controls', ws.assessmentId)[0] as { control_id: string };
    updateControl(ws.ctx, ws.assessmentId, control.control_id, { notes: 'Edited after the export' });
    saveVendor(ws.ctx, ws.assessmentId, { name: 'Added after the export', serviceType: 'hosted_model_api' });
    expect(dump(ws.db, ws.assessmentId)).not.toEqual(exported);
    const result = await importAssessmentFile(ws.ctx, ws.storeDir, plainFile, { onDuplicate: 'replace' });
    expect(result).toMatchObject({ status: 'imported', mode: 'replace', assessmentId: ws.assessmentId });
    expect(dump(ws.db, ws.assessmentId)).toEqual(exported);
    expect((await verifyEvidence(ws.ctx, ws.storeDir)).summary.missing).toBe(0);
  });

  it('"replace" refuses to destroy a snapshot the file does not hold, and changes nothing', async () => {
    takeSnapshot(ws.ctx, ws.assessmentId, 'Pre-fieldwork');
    const before = dump(ws.db, ws.assessmentId);
    await expect(
      importAssessmentFile(ws.ctx, ws.storeDir, plainFile, { onDuplicate: 'replace' }),
    ).rejects.toMatchObject({
      code: 'replace_conflict',
      message: expect.stringMatching(/snapshot “Pre-fieldwork”.*import the file as a copy/) as unknown,
    });
    expect(dump(ws.db, ws.assessmentId)).toEqual(before);
  });
});

describe('hostile files', () => {
  let original: RawEntry[];
  beforeAll(async () => {
    original = await readEntries(plainFile);
  });

  async function variant(name: string, change: (entries: RawEntry[]) => RawEntry[]): Promise<string> {
    const path = join(dir, `${name}.fwassess`);
    await writeEntries(path, change(original.map((e) => ({ ...e }))));
    return path;
  }

  /** assessment.json edited, and the manifest re-hashed to match (a forger who knows the format). */
  function editDocument(
    entries: RawEntry[],
    edit: (doc: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }) => void,
  ): RawEntry[] {
    const docEntry = entries.find((e) => e.name === 'assessment.json');
    const manifestEntry = entries.find((e) => e.name === 'manifest.json');
    if (!docEntry || !manifestEntry) throw new Error('not a portable file');
    const doc = JSON.parse(docEntry.data.toString('utf8')) as {
      schemaVersion: number;
      tables: Record<string, Record<string, unknown>[]>;
    };
    edit(doc);
    docEntry.data = Buffer.from(JSON.stringify(doc));
    const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as {
      files: { path: string; sha256: string; size: number }[];
    };
    const listed = manifest.files.find((f) => f.path === 'assessment.json');
    if (listed) {
      listed.sha256 = createHash('sha256').update(docEntry.data).digest('hex');
      listed.size = docEntry.data.length;
    }
    manifestEntry.data = Buffer.from(JSON.stringify(manifest));
    return entries;
  }

  async function expectRefused(path: string, code: string, message?: RegExp): Promise<void> {
    const target = workspace(`hostile-${code}-${Math.random().toString(16).slice(2, 8)}`);
    await expect(importAssessmentFile(target.ctx, target.storeDir, path)).rejects.toMatchObject({
      code,
      ...(message && { message: expect.stringMatching(message) as unknown }),
    });
    expect(listAssessments(target.ctx.db)).toEqual([]);
    expect(storeFiles(target.storeDir)).toEqual([]);
  }

  it('refuses a changed assessment.json (manifest hash) and a changed evidence file', async () => {
    await expectRefused(
      await variant('changed-doc', (e) =>
        e.map((x) =>
          x.name === 'assessment.json' ? { ...x, data: Buffer.concat([x.data.subarray(0, -1), Buffer.from(' }')]) } : x,
        ),
      ),
      'invalid_file',
      /was altered/,
    );
    await expectRefused(
      await variant('changed-evidence', (e) =>
        e.map((x) => (x.name.startsWith('evidence/') ? { ...x, data: Buffer.from('swapped') } : x)),
      ),
      'invalid_file',
      /altered/,
    );
  });

  it('refuses records that break the schema or refer to nothing, naming what is wrong', async () => {
    await expectRefused(
      await variant('bad-enum', (e) =>
        editDocument(e, (d) => ((d.tables.assessment_controls?.[0] ?? {}).status = 'done')),
      ),
      'invalid_file',
      /^assessment\.json is not valid \(table assessment_controls, row 1, field status: Invalid option: .*\); nothing was imported\.$/,
    );
    await expectRefused(
      await variant('dangling', (e) =>
        editDocument(e, (d) => ((d.tables.evidence_links?.[0] ?? {}).control_id = 'NOPE-99')),
      ),
      'invalid_file',
      /evidence link refers to a missing/,
    );
    await expectRefused(
      await variant('too-new', (e) => editDocument(e, (d) => (d.schemaVersion = 9_999))),
      'file_too_new',
    );
  });

  it('refuses a forged or damaged snapshot or sample plan, naming table, row and field, and changes nothing', async () => {
    type Tables = Record<string, Record<string, unknown>[]>;
    /** Edits the JSON column of the last row of `table`, and says which row (from 1) that is. */
    const forge = async (
      name: string,
      table: string,
      column: string,
      edit: (value: Record<string, unknown>) => unknown,
    ) => {
      let row = 0;
      const path = await variant(name, (e) =>
        editDocument(e, (d) => {
          const rows = (d.tables as Tables)[table] ?? [];
          row = rows.length;
          const last = rows.at(-1);
          if (!last) throw new Error(`the export holds no ${table}`);
          const edited = edit(JSON.parse(String(last[column])) as Record<string, unknown>);
          last[column] = typeof edited === 'string' ? edited : JSON.stringify(edited);
        }),
      );
      return { path, where: `table ${table}, row ${row}, field ${column}` };
    };
    const cases: [string, string, string, (v: Record<string, unknown>) => unknown, string][] = [
      [
        'snapshot-score-text',
        'snapshots',
        'data',
        (v) => ({
          ...v,
          score: { ...(v.score as object), overall: { ...(v.score as { overall: object }).overall, design: 'high' } },
        }),
        ': must hold a snapshot (at score.overall.design): Invalid input: expected number, received string',
      ],
      [
        'snapshot-extra-key',
        'snapshots',
        'data',
        (v) => ({ ...v, injected: '<script>' }),
        ': must hold a snapshot: Unrecognized key',
      ],
      [
        'snapshot-format',
        'snapshots',
        'data',
        (v) => ({ ...v, format: 'fieldwork-snapshot/9' }),
        ': must hold a snapshot (at format)',
      ],
      [
        'snapshot-design-above-one',
        'snapshots',
        'data',
        (v) => ({ ...v, controls: (v.controls as object[]).map((c) => ({ ...c, design: 7 })) }),
        ': must hold a snapshot (at controls.0.design): Too big',
      ],
      [
        'snapshot-not-json',
        'snapshots',
        'data',
        () => '{"format": ',
        ': must hold a snapshot in JSON, and is not valid JSON',
      ],
      [
        'plan-size-over-population',
        'reviews',
        'sample_table',
        (v) => {
          const controls = v.controls as Record<string, Record<string, unknown>>;
          const [first] = Object.keys(controls);
          return {
            ...v,
            controls: { ...controls, [first ?? '']: { ...controls[first ?? ''], population: 1, size: 5 } },
          };
        },
        ': must hold a sample plan (at controls.',
      ],
      [
        'plan-window-date',
        'reviews',
        'sample_table',
        (v) => ({ ...v, windowStart: '2026-02-30' }),
        ': must hold a sample plan (at windowStart): must be a date',
      ],
      [
        'plan-sizes',
        'reviews',
        'sample_table',
        (v) => ({ ...v, sizes: { daily: 25 } }),
        ': must hold a sample plan (at sizes.',
      ],
    ];
    for (const [name, table, column, edit, detail] of cases) {
      const { path, where } = await forge(name, table, column, edit);
      const target = workspace(`forged-${name}`);
      const error = await importAssessmentFile(target.ctx, target.storeDir, path).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error, name).toMatchObject({ code: 'invalid_file' });
      expect(error?.message, name).toMatch(/^assessment\.json is not valid \(.*\); nothing was imported\.$/);
      expect(error?.message, name).toContain(`${where}${detail}`);
      expect(listAssessments(target.ctx.db), name).toEqual([]);
      expect(storeFiles(target.storeDir), name).toEqual([]);
    }
  });

  it('refuses unexpected and unsafe entries', async () => {
    await expectRefused(
      await variant('unexpected', (e) => [...e, { name: 'notes.txt', data: Buffer.from('hi') }]),
      'unsafe_archive',
      /never contains/,
    );
    const traversal = await variant('traversal', (e) => e);
    const evidenceName = original.find((x) => x.name.startsWith('evidence/'))?.name ?? '';
    renameInPlace(traversal, evidenceName, `../../../${evidenceName.slice(9)}`);
    await expectRefused(traversal, 'unsafe_archive', /climbs out/);
  });

  it('refuses a file that is not an assessment file', async () => {
    const path = join(dir, 'random.fwassess');
    writeFileSync(path, 'not a zip at all');
    await expectRefused(path, 'not_a_zip');
  });
});

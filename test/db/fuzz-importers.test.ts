import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { applyMatrixImport, previewMatrixImport, readMatrixForImport } from '../../main/interchange/matrix-import';
import { buildEvidencePackage } from '../../main/interchange/package-build';
import { verifyPackage } from '../../main/interchange/package-verify';
import { exportAssessmentFile } from '../../main/interchange/portable-export';
import { importAssessmentFile } from '../../main/interchange/portable-import';
import { controlMatrixXlsx } from '../../main/interchange/spreadsheet-export';
import { AppState, type DialogPort } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import { createAssessment } from '../../main/services/assessments';
import { startReview } from '../../main/services/review';
import { takeSnapshot } from '../../main/services/snapshots';
import type { ServiceContext } from '../../main/services/context';
import type { Channel } from '../../shared/ipc/channels';
import { addEvidenceFiles } from '../../main/services/evidence';
import { PACKAGE_FILE_STATUSES } from '../../shared/interchange/package';
import { AppError } from '../../shared/ipc/result';
import { reviewPlanSchema } from '../../shared/review/schema';
import { snapshotDataSchema } from '../../shared/snapshots/schema';
import { largeMatrixXlsx } from '../fixtures/make-matrices';
import { jsonHostileValue, knownErrorCodes, messageProblem, mutationOf, tablesHash } from '../support/hostile-values';
import { buildZip, type HostileEntry } from '../support/hostile-zip';
import { byteMutations, mutateBytes } from '../support/mutate-bytes';
import { MATRICES } from '../support/spreadsheet-workspace';
import { readEntries, type RawEntry } from '../support/zip-tamper';

// A new random seed on every run, so that each run tries new damage. A failure reports its seed and path:
// replay it with FIELDWORK_FUZZ_SEED=<seed>; FIELDWORK_FUZZ_RUNS=<n> runs longer (default 25 per property).
if (process.env.FIELDWORK_FUZZ_SEED) fc.configureGlobal({ seed: Number(process.env.FIELDWORK_FUZZ_SEED) });

/*
 * Every importer fed random damage to real files: control matrices (CSV, XLSX), portable assessments
 * (.fwassess, plain and sealed; bytes, and assessment.json / manifest.json / the embedded catalog edited
 * and re-hashed), evidence packages. Whatever the damage, the outcome is an import or a refusal with a
 * known code and a sentence; a refusal leaves the workspace exactly as it was (every table but the audit
 * log, and the evidence store), and nothing is left in the temp folder. Hand-built hostile archives are
 * in fuzz-archives.test.ts.
 */

const NOW = new Date('2026-11-24T08:00:00.000Z');
/** What the zip reader and zlib say to programmers ("invalid central directory file header signature: 0x…"). */
const RAW_ZIP_TEXT =
  /signature|bytes in the stream|unexpected EOF|invalid (code|distance|block|bit|stored|literal)|incorrect header check|Either not a zip/i;

/** A line shown to a person: a sentence, and no raw text of the zip reader or of zlib. */
function expectSentence(message: string, what = ''): void {
  const shown = `${what}${what ? ': ' : ''}${message.slice(0, 300)}`;
  expect(messageProblem(message), shown).toBeNull();
  expect(message, shown).not.toMatch(RAW_ZIP_TEXT);
}
const CODES = knownErrorCodes(join(import.meta.dirname, '../..'));
const RUNS = Number(process.env.FIELDWORK_FUZZ_RUNS ?? 25);
const LONG = RUNS > 25;

let root: string;
let savedTmp: string | undefined;
let source: { db: Db; ctx: ServiceContext; storeDir: string; assessmentId: string };
let target: { db: Db; ctx: ServiceContext; storeDir: string; assessmentId: string };
/** The target workspace as the window sees it, to read an imported assessment back through every screen's channel. */
let app: AppState;
const files: { csv: Buffer[]; xlsx: Buffer[]; portable: string; sealed: string; pkg: string } = {
  csv: [],
  xlsx: [],
  portable: '',
  sealed: '',
  pkg: '',
};
let portableEntries: RawEntry[];
let attempt = 0;

class CancelledDialogs implements DialogPort {
  chooseWorkspaceToOpen = () => Promise.resolve(null);
  chooseWorkspaceToCreate = () => Promise.resolve(null);
  chooseReportPath = () => Promise.resolve(null);
  chooseEvidenceFiles = () => Promise.resolve([]);
  chooseExportPath = () => Promise.resolve(null);
  chooseMatrixFile = () => Promise.resolve(null);
  chooseFileToOpen = () => Promise.resolve(null);
}

const READ_CHANNELS: Channel[] = [
  'assessment:get',
  'control:list',
  'score:get',
  'coverage:get',
  'findings:list',
  'ownership:get',
  'boundary:list',
  'boundary:dataFlow',
  'vendor:list',
  'remediation:list',
  'evidence:list',
  'evidence:populations',
  'evidence:verify',
  'review:current',
  'snapshot:list',
  'catalog:pendingUpdate',
];

/** An imported assessment must read back on every screen: no "something went wrong" (internal) anywhere. */
async function readsBack(assessmentId: string, what: string): Promise<void> {
  const broken: string[] = [];
  const read = async (channel: Channel, input: unknown) => {
    const result = await invokeChannel(app, channel, input);
    if (!result.ok && result.error.code === 'internal') broken.push(channel);
    return result.ok ? result.value : null;
  };
  await read('assessment:list', {});
  for (const channel of READ_CHANNELS)
    await read(channel, channel === 'assessment:get' ? { id: assessmentId } : { assessmentId });
  const snapshots = ((await read('snapshot:list', { assessmentId })) ?? []) as { id: string }[];
  for (const snapshot of snapshots) await read('snapshot:get', { id: snapshot.id });
  const [first, last] = [snapshots[0], snapshots.at(-1)];
  if (first && last) await read('snapshot:diff', { from: first.id, to: last.id });
  expect(broken, `${what} imported, then broke ${broken.join(', ')}`).toEqual([]);
}

function workspace(name: string): { db: Db; ctx: ServiceContext; storeDir: string } {
  const path = join(root, name);
  const db = openWorkspaceDb(path, { create: true, now: () => NOW });
  return { db, ctx: { db, catalog: bundledCatalog(), now: () => NOW }, storeDir: evidenceStoreDirOf(path) };
}

/**
 * Every file and folder of the evidence store, except the staging folder `.partial` itself, which the store
 * creates on its first copy and keeps: a file left inside it still counts as a change.
 */
function storeListing(storeDir: string): string {
  try {
    return readdirSync(storeDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name !== '.partial')
      .sort()
      .join('\n');
  } catch {
    return '';
  }
}

function targetState(): string {
  return `${tablesHash(target.db)}\n${storeListing(target.storeDir)}`;
}

/** The temp folder (TMPDIR points into `root` for this file) holds nothing once an import has finished. */
function tempLeftovers(): string[] {
  return readdirSync(join(root, 'tmp'));
}

function inputPath(extension: string): string {
  attempt += 1;
  return join(root, 'in', `attempt-${attempt}.${extension}`);
}

/**
 * Runs an import on a damaged file: it either succeeds, or fails with an AppError of a known code and a
 * sentence, and then the workspace is exactly as before. Returns the outcome for the caller's own checks.
 */
async function importsOrRefusesCleanly(what: string, run: () => Promise<unknown>): Promise<AppError | null> {
  const before = targetState();
  try {
    const outcome = await run();
    const imported = (outcome as { assessmentId?: unknown } | undefined)?.assessmentId;
    if (typeof imported === 'string') await readsBack(imported, what);
    return null;
  } catch (error) {
    if (!(error instanceof AppError))
      throw new Error(
        `${what}: a raw ${(error as Error).name ?? typeof error} escaped: ${String((error as Error).message ?? error).slice(0, 300)}`,
        {
          cause: error,
        },
      );
    expect(CODES.has(error.code) && error.code !== 'internal', `${what}: code ${error.code}`).toBe(true);
    expectSentence(error.message, what);
    expect(
      targetState() === before,
      `${what}: refused (${error.message.slice(0, 200)}) but the workspace changed`,
    ).toBe(true);
    return error;
  } finally {
    expect(tempLeftovers(), `${what}: left files in the temp folder`).toEqual([]);
  }
}

function shortReport<Ts extends unknown[]>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath ?? ''}): ${reason.slice(0, 1_500)}`,
  );
}

function options<Ts extends unknown[]>(numRuns = RUNS): fc.Parameters<Ts> {
  return { numRuns, reporter: (details) => shortReport(details), endOnFailure: true };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fieldwork-fuzz-importers-'));
  for (const sub of ['tmp', 'in', 'sources']) mkdirSync(join(root, sub));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = join(root, 'tmp');

  const src = workspace('source.fwdb');
  const assessmentId = createDemoAssessment(src.ctx).id;
  const evidence = join(root, 'sources', 'okta-export.csv');
  writeFileSync(evidence, 'user,role\nana,admin\n');
  const controlId = src.ctx.catalog.controls[0]?.id ?? '';
  await addEvidenceFiles(src.ctx, src.storeDir, {
    assessmentId,
    filePaths: [evidence],
    controlIds: [controlId],
    kind: 'system_report',
    periodFrom: '2026-10-01',
  });
  startReview(src.ctx, assessmentId);
  takeSnapshot(src.ctx, assessmentId, 'Baseline');
  source = { ...src, assessmentId };
  files.portable = join(root, 'helio.fwassess');
  files.sealed = join(root, 'helio-sealed.fwassess');
  files.pkg = join(root, 'helio-package.zip');
  await exportAssessmentFile(src.ctx, src.storeDir, assessmentId, files.portable, { appVersion: '0.1.0' });
  await exportAssessmentFile(src.ctx, src.storeDir, assessmentId, files.sealed, {
    appVersion: '0.1.0',
    passphrase: 'fuzz passphrase',
  });
  await buildEvidencePackage(src.ctx, src.storeDir, assessmentId, files.pkg, { appVersion: '0.1.0' });
  portableEntries = await readEntries(files.portable);
  files.csv = ['messy-matrix.csv', 'french-semicolon-1252.csv'].map((f) => readFileSync(join(MATRICES, f)));
  files.xlsx = [await largeMatrixXlsx(12), await controlMatrixXlsx(src.ctx, assessmentId, '0.1.0')];

  app = new AppState({
    workspacePath: join(root, 'target.fwdb'),
    catalog: bundledCatalog(),
    now: () => NOW,
    dialogs: new CancelledDialogs(),
    version: '0.1.0-fuzz',
    platform: 'linux',
  });
  const tgt = { ctx: app.services, db: app.services.db, storeDir: app.evidenceStoreDir };
  const targetId = createAssessment(tgt.ctx, {
    organisation: 'Acme AI',
    systemName: 'Inference API',
    reportType: 'II',
    categories: ['security', 'availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
  target = { ...tgt, assessmentId: targetId };
}, 180_000);

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  if (source) closeWorkspaceDb(source.db);
  app?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The three steps of a matrix import, with the proposed mapping (the title column when no id is found). */
async function importMatrix(path: string): Promise<void> {
  const proposal = await readMatrixForImport(path);
  const mapping = { ...proposal.proposedMapping };
  if (mapping.id === undefined && mapping.title === undefined && proposal.headers.length > 0) mapping.title = 0;
  previewMatrixImport(target.ctx, proposal.token, mapping, target.assessmentId);
  applyMatrixImport(target.ctx, proposal.token, mapping, target.assessmentId);
  await readsBack(target.assessmentId, 'a matrix');
}

describe('control matrix import, fed damaged files', () => {
  it(
    'CSV: flipped, inserted, deleted, duplicated bytes and cut-off ends → imported or refused, never half-written',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: files.csv.length - 1 }), byteMutations, async (which, mutations) => {
          const path = inputPath('csv');
          writeFileSync(path, mutateBytes(files.csv[which] ?? Buffer.alloc(0), mutations));
          await importsOrRefusesCleanly(`CSV ${JSON.stringify(mutations).slice(0, 200)}`, () => importMatrix(path));
        }),
        options(),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );

  it(
    'XLSX: damaged bytes, and damaged parts inside an intact zip → imported or refused, never half-written',
    async () => {
      const parts = await Promise.all(files.xlsx.map((bytes) => entriesOf(bytes)));
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: files.xlsx.length - 1 }),
          fc.boolean(),
          fc.nat(),
          byteMutations,
          async (which, inside, part, mutations) => {
            const path = inputPath('xlsx');
            const original = files.xlsx[which] ?? Buffer.alloc(0);
            const entries = parts[which] ?? [];
            const bytes = inside
              ? buildZip(
                  entries.map((e, i) =>
                    i === part % entries.length ? { name: e.name, data: mutateBytes(e.data, mutations) } : e,
                  ),
                )
              : mutateBytes(original, mutations);
            writeFileSync(path, bytes);
            await importsOrRefusesCleanly(`XLSX ${inside ? `part ${part % entries.length}` : 'bytes'}`, () =>
              importMatrix(path),
            );
          },
        ),
        options(Math.ceil(RUNS * 0.8)),
      );
    },
    LONG ? 1_800_000 : 90_000,
  );

  it('XLSX: duplicated, dropped, renamed parts and forged sizes → refused with a sentence, or read', async () => {
    const entries = await entriesOf(files.xlsx[1] ?? Buffer.alloc(0));
    const variants: [string, HostileEntry[]][] = [
      ['a duplicated sheet', [...entries, ...entries.filter((e) => e.name.includes('sheet1'))]],
      ['a duplicated workbook part', [...entries.filter((e) => e.name === 'xl/workbook.xml'), ...entries]],
      ['no workbook part', entries.filter((e) => e.name !== 'xl/workbook.xml')],
      ['no sheet', entries.filter((e) => !e.name.startsWith('xl/worksheets/'))],
      [
        'a sheet renamed by case',
        entries.map((e) => (e.name.includes('sheet1') ? { ...e, name: e.name.toUpperCase() } : e)),
      ],
      ['a traversal name', entries.map((e) => (e.name.includes('sheet1') ? { ...e, name: `../../${e.name}` } : e))],
      ['a size declared too small', entries.map((e) => (e.name.includes('sheet1') ? { ...e, declaredSize: 10 } : e))],
      [
        'a size declared at 4 GiB',
        entries.map((e) => (e.name.includes('sheet1') ? { ...e, declaredSize: 0xfffffffe } : e)),
      ],
      ['an unknown compression method', entries.map((e) => (e.name.includes('sheet1') ? { ...e, method: 99 } : e))],
    ];
    for (const [what, list] of variants) {
      const path = inputPath('xlsx');
      writeFileSync(path, buildZip(list));
      await importsOrRefusesCleanly(`XLSX with ${what}`, () => importMatrix(path));
    }
  }, 60_000);

  it('refuses a file over the 50 MB limit before reading it, naming the limit', async () => {
    const path = inputPath('csv');
    writeFileSync(path, 'Ref,Title\n');
    truncateSync(path, 50 * 2 ** 20 + 1); // sparse: no 50 MB written
    const error = await importsOrRefusesCleanly('oversized CSV', () => importMatrix(path));
    expect(error).toMatchObject({ code: 'file_too_large', message: expect.stringMatching(/at most 50 MB/) as unknown });
  });
});

async function entriesOf(bytes: Buffer): Promise<(HostileEntry & { name: string })[]> {
  const path = join(root, 'in', `entries-${++attempt}.zip`);
  writeFileSync(path, bytes);
  return (await readEntries(path)).map((e) => ({ name: e.name, data: e.data }));
}

/** A portable file whose assessment.json is `doc` and whose manifest says so (a forger who knows the format). */
function rehashed(doc: unknown, editManifest?: (manifest: Record<string, unknown>) => unknown): HostileEntry[] {
  const json = Buffer.from(JSON.stringify(doc) ?? 'null', 'utf8');
  return portableEntries.map((e) => {
    if (e.name === 'assessment.json') return { name: e.name, data: json };
    if (e.name !== 'manifest.json') return e;
    const manifest = JSON.parse(e.data.toString('utf8')) as { files: { path: string; sha256: string; size: number }[] };
    for (const f of manifest.files)
      if (f.path === 'assessment.json')
        Object.assign(f, { sha256: createHash('sha256').update(json).digest('hex'), size: json.length });
    const edited: unknown = editManifest ? editManifest(manifest) : manifest;
    return { name: e.name, data: Buffer.from(JSON.stringify(edited) ?? 'null', 'utf8') };
  });
}

const DUPLICATE_CHOICES = fc.constantFrom(undefined, 'copy' as const, 'replace' as const);

describe('portable assessment import, fed damaged files', () => {
  const importFile = (path: string, onDuplicate?: 'copy' | 'replace', passphrase?: string) => () =>
    importAssessmentFile(target.ctx, target.storeDir, path, { onDuplicate, passphrase });

  it(
    'damaged bytes of a plain file → imported or refused, never half-written',
    async () => {
      const original = readFileSync(files.portable);
      await fc.assert(
        fc.asyncProperty(byteMutations, DUPLICATE_CHOICES, async (mutations, onDuplicate) => {
          const path = inputPath('fwassess');
          writeFileSync(path, mutateBytes(original, mutations));
          await importsOrRefusesCleanly(
            `.fwassess ${JSON.stringify(mutations).slice(0, 200)}`,
            importFile(path, onDuplicate),
          );
        }),
        options(),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );

  it(
    'assessment.json edited (wrong types, 1 MiB strings, deep nesting, __proto__ keys) and re-hashed → imported or refused',
    async () => {
      const doc = JSON.parse(
        portableEntries.find((e) => e.name === 'assessment.json')?.data.toString('utf8') ?? '{}',
      ) as unknown;
      await fc.assert(
        fc.asyncProperty(mutationOf(doc, jsonHostileValue), DUPLICATE_CHOICES, async (edited, onDuplicate) => {
          const path = inputPath('fwassess');
          writeFileSync(path, buildZip(rehashed(edited)));
          await importsOrRefusesCleanly('edited assessment.json', importFile(path, onDuplicate));
        }),
        options(),
      );
    },
    LONG ? 1_800_000 : 90_000,
  );

  it(
    'JSON inside columns (categories, criteria, sample plan, snapshot, models, CUECs, finding keys) edited → imported and readable, or refused',
    async () => {
      type Doc = { tables: Record<string, Record<string, unknown>[]> };
      const doc = JSON.parse(
        portableEntries.find((e) => e.name === 'assessment.json')?.data.toString('utf8') ?? '{}',
      ) as Doc;
      const cells = (
        [
          ['assessments', 'categories'],
          ['assessments', 'assessors'],
          ['assessment_controls', 'criteria'],
          ['reviews', 'sample_table'],
          ['snapshots', 'data'],
          ['ai_vendors', 'models'],
          ['ai_vendors', 'cuecs'],
          ['remediation_items', 'finding_keys'],
        ] as const
      ).filter(([table, column]) => typeof doc.tables[table]?.[0]?.[column] === 'string');
      expect(cells.length, 'the exported assessment lacks some JSON columns').toBe(8);
      const edits = fc.constantFrom(...cells).chain(([table, column]) =>
        mutationOf(JSON.parse(String(doc.tables[table]?.[0]?.[column])), jsonHostileValue).map((value) => ({
          table,
          column,
          value,
        })),
      );
      // The two columns with a shared strict schema: a value it refuses must be refused by the import too,
      // with a sentence naming the table, the row and the field.
      const strict: Partial<Record<string, z.ZodType>> = {
        'reviews.sample_table': reviewPlanSchema,
        'snapshots.data': snapshotDataSchema,
      };
      await fc.assert(
        fc.asyncProperty(edits, async ({ table, column, value }) => {
          const copy = structuredClone(doc);
          const row = copy.tables[table]?.[0];
          const json = JSON.stringify(value) ?? 'null';
          if (row) row[column] = json;
          const path = inputPath('fwassess');
          writeFileSync(path, buildZip(rehashed(copy)));
          const refusal = await importsOrRefusesCleanly(`${table}.${column} edited`, importFile(path, 'copy'));
          const schema = strict[`${table}.${column}`];
          if (schema && !schema.safeParse(JSON.parse(json)).success) {
            expect(refusal?.message, `${table}.${column}: a value its schema refuses was imported`).toContain(
              `table ${table}, row 1, field ${column}: must hold`,
            );
          }
        }),
        options(),
      );
    },
    LONG ? 1_800_000 : 90_000,
  );

  it(
    'manifest.json edited → imported or refused',
    async () => {
      const doc = JSON.parse(
        portableEntries.find((e) => e.name === 'assessment.json')?.data.toString('utf8') ?? '{}',
      ) as unknown;
      const manifest = JSON.parse(
        portableEntries.find((e) => e.name === 'manifest.json')?.data.toString('utf8') ?? '{}',
      ) as unknown;
      await fc.assert(
        fc.asyncProperty(mutationOf(manifest, jsonHostileValue), async (edited) => {
          const path = inputPath('fwassess');
          writeFileSync(path, buildZip(rehashed(doc, () => edited)));
          await importsOrRefusesCleanly('edited manifest.json', importFile(path, 'copy'));
        }),
        options(Math.ceil(RUNS / 2)),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );

  it(
    'a foreign catalog in the file, edited → loaded or refused, never half-written',
    async () => {
      const doc = JSON.parse(
        portableEntries.find((e) => e.name === 'assessment.json')?.data.toString('utf8') ?? '{}',
      ) as {
        catalog: { version: string; data: string } | null;
        tables: { assessments: { catalog_version: string }[] };
      };
      if (!doc.catalog) throw new Error('the export holds no catalog row');
      const catalog = JSON.parse(doc.catalog.data) as unknown;
      let version = 0;
      await fc.assert(
        fc.asyncProperty(mutationOf(catalog, jsonHostileValue), async (edited) => {
          // A version this workspace has never seen, so that the loader runs every time.
          const name = `9.${++version}.0`;
          const copy = structuredClone(doc);
          if (copy.catalog)
            copy.catalog = {
              ...copy.catalog,
              version: name,
              data: JSON.stringify(withVersion(edited, name)) ?? 'null',
            };
          for (const row of copy.tables.assessments) row.catalog_version = name;
          const path = inputPath('fwassess');
          writeFileSync(path, buildZip(rehashed(copy)));
          await importsOrRefusesCleanly('edited catalog', importFile(path, 'copy'));
        }),
        options(Math.ceil(RUNS / 2)),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );

  it(
    'damaged bytes of a sealed file → refused with a sentence',
    async () => {
      const original = readFileSync(files.sealed);
      await fc.assert(
        fc.asyncProperty(byteMutations, async (mutations) => {
          const path = inputPath('fwassess');
          writeFileSync(path, mutateBytes(original, mutations));
          const error = await importsOrRefusesCleanly('sealed .fwassess', importFile(path, 'copy', 'fuzz passphrase'));
          expect(error, 'a damaged sealed file was imported').not.toBeNull();
        }),
        options(Math.ceil(RUNS / 5)),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );
});

function withVersion(catalog: unknown, version: string): unknown {
  return catalog !== null && typeof catalog === 'object' && !Array.isArray(catalog) ? { ...catalog, version } : catalog;
}

describe('evidence package verification, fed damaged files', () => {
  it(
    'damaged bytes → a report whose every line reads as a sentence, or a refusal with one',
    async () => {
      const original = readFileSync(files.pkg);
      await fc.assert(
        fc.asyncProperty(byteMutations, async (mutations) => {
          const path = inputPath('zip');
          writeFileSync(path, mutateBytes(original, mutations));
          let report;
          try {
            report = await verifyPackage(path);
          } catch (error) {
            if (!(error instanceof AppError))
              throw new Error(`a raw error escaped: ${String(error).slice(0, 300)}`, { cause: error });
            expect(CODES.has(error.code)).toBe(true);
            expectSentence(error.message);
            return;
          }
          for (const file of report.files) {
            expect(PACKAGE_FILE_STATUSES).toContain(file.status);
            expectSentence(file.message);
          }
          for (const problem of report.problems) expectSentence(problem);
          expect(report.ok).toBe(report.problems.length === 0 && report.files.every((f) => f.status === 'ok'));
        }),
        options(),
      );
    },
    LONG ? 1_800_000 : 60_000,
  );
});

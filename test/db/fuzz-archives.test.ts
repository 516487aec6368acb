import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import { verifyPackage } from '../../main/interchange/package-verify';
import { exportAssessmentFile } from '../../main/interchange/portable-export';
import { importAssessmentFile } from '../../main/interchange/portable-import';
import { DEFAULT_ZIP_LIMITS, readEntryBuffer, readZip } from '../../main/interchange/zip-read';
import type { ServiceContext } from '../../main/services/context';
import { addEvidenceFiles } from '../../main/services/evidence';
import { PACKAGE_FORMAT, PACKAGE_MANIFEST } from '../../shared/interchange/package';
import { AppError } from '../../shared/ipc/result';
import { messageProblem, tablesHash } from '../support/hostile-values';
import { buildZip, SYMLINK_MODE, type HostileEntry } from '../support/hostile-zip';
import { readEntries } from '../support/zip-tamper';

/*
 * Hand-built hostile archives against both zip readers Fieldwork has: the portable assessment import and
 * the evidence package verification. Each class — path traversal, absolute paths, drive letters,
 * backslashes, symbolic links, duplicate names (exact, by case, by Unicode form), zip bombs by ratio and by
 * a forged size, the total-size and entry-count limits, and oversized parts — is refused with a sentence
 * naming the entry or the limit; the import leaves the workspace unchanged, and nothing is written outside
 * the temp folder. evidence-package.test.ts already checks traversal, absolute, drive-letter and backslash
 * renames, exact and case duplicates, the ratio bomb, the forged size and the total limit on real packages.
 */

const NOW = new Date('2026-11-24T08:00:00.000Z');
const MiB = 2 ** 20;

let root: string;
let savedTmp: string | undefined;
let db: Db;
let ctx: ServiceContext;
let storeDir: string;
/** The entries of a real, valid portable file, evidence included. */
let portable: HostileEntry[];
let evidenceName: string;
let counter = 0;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function archive(entries: readonly HostileEntry[], extension: string): string {
  const path = join(root, 'in', `archive-${++counter}.${extension}`);
  writeFileSync(path, buildZip(entries));
  return path;
}

/** A package-shaped archive: the entries, and a manifest listing each with its true hash and size. */
function packageOf(entries: readonly HostileEntry[], listed: readonly HostileEntry[] = entries): string {
  const manifest = {
    format: PACKAGE_FORMAT,
    createdAt: '2026-11-24T08:00:00.000Z',
    generator: 'Fieldwork 0.1.0',
    assessment: { id: 'a1', organisation: 'Acme', systemName: 'API', reportType: 'II' },
    files: listed.map((e) => ({
      path: String(e.name),
      sha256: sha256(e.data),
      size: e.data.length,
      role: 'evidence',
      mediaType: 'application/octet-stream',
    })),
    notes: [],
  };
  return archive([{ name: PACKAGE_MANIFEST, data: Buffer.from(JSON.stringify(manifest)) }, ...entries], 'zip');
}

/** Everything under `root` whose name says an archive tried to put it there. */
function escaped(): string[] {
  const found = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /evil/i.test(f));
  for (const outside of ['/evil', '/tmp/evil', join(root, '..', 'evil')]) if (existsSync(outside)) found.push(outside);
  return found;
}

/** Imports `path` into the workspace: refused with `code` and a message matching `message`, nothing changed. */
async function portableRefuses(path: string, code: string, message: RegExp): Promise<void> {
  const before = tablesHash(db);
  const error = await importAssessmentFile(ctx, storeDir, path, { onDuplicate: 'copy' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, message: expect.stringMatching(message) as unknown });
  expect(messageProblem((error as AppError).message)).toBeNull();
  expect(tablesHash(db)).toBe(before);
  expect(readdirSync(storeDir).filter((f) => f !== '.partial')).toEqual([]);
  expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  expect(escaped()).toEqual([]);
}

/** Verifies `path`: not ok, and the entry `name` reported with `status` and a message matching `message`. */
async function packageFlags(path: string, name: string, status: string, message: RegExp): Promise<void> {
  const report = await verifyPackage(path);
  expect(report.ok).toBe(false);
  const line = report.files.find((f) => f.path === name && f.status === status);
  expect(line, JSON.stringify(report.files.map((f) => [f.path.slice(0, 60), f.status]))).toBeDefined();
  expect(line?.message).toMatch(message);
  expect(messageProblem(line?.message)).toBeNull();
  expect(escaped()).toEqual([]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fieldwork-fuzz-archives-'));
  for (const sub of ['tmp', 'in', 'sources']) mkdirSync(join(root, sub));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = join(root, 'tmp');
  const path = join(root, 'source.fwdb');
  db = openWorkspaceDb(path, { create: true, now: () => NOW });
  ctx = { db, catalog: bundledCatalog(), now: () => NOW };
  storeDir = evidenceStoreDirOf(path);
  const assessmentId = createDemoAssessment(ctx).id;
  const file = join(root, 'sources', 'okta-export.csv');
  writeFileSync(file, 'user,role\nana,admin\n');
  await addEvidenceFiles(ctx, storeDir, {
    assessmentId,
    filePaths: [file],
    controlIds: [ctx.catalog.controls[0]?.id ?? ''],
    kind: 'system_report',
    periodFrom: '2026-10-01',
  });
  const exported = join(root, 'helio.fwassess');
  await exportAssessmentFile(ctx, storeDir, assessmentId, exported, { appVersion: '0.1.0' });
  portable = (await readEntries(exported)).map((e) => ({ name: e.name, data: e.data }));
  evidenceName = String(portable.find((e) => String(e.name).startsWith('evidence/'))?.name);
  // The source workspace is also the import target; its evidence store is emptied so that leftovers show.
  db.prepare('DELETE FROM evidence_links').run();
  db.prepare('DELETE FROM evidence_items').run();
  db.prepare('DELETE FROM evidence_files').run();
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir);
}, 120_000);

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  closeWorkspaceDb(db);
  rmSync(root, { recursive: true, force: true });
});

const UNSAFE_NAMES: [string, string, RegExp][] = [
  ['a ../ traversal', '../evil.txt', /climbs out of the archive/],
  ['a traversal inside a path', 'evidence/../../evil.txt', /climbs out of the archive/],
  ['an absolute path', '/tmp/evil.txt', /is an absolute path/],
  ['a drive letter', 'C:/evil.txt', /names a drive/],
  ['a drive letter with a backslash', 'C:\\evil.txt', /backslash/],
  ['a backslash traversal', 'a\\..\\evil.txt', /backslash/],
  ['a UNC path', '\\\\server\\share\\evil.txt', /backslash/],
  ['a NUL byte', 'evil\u0000.txt', /control character/],
  ['a folder entry', 'evil/', /folder entry/],
];

describe('hostile entry names', () => {
  it.each(UNSAFE_NAMES)('the portable import refuses %s, before reading anything', async (_what, name, message) => {
    const entries = [{ name, data: Buffer.from('pwned') }, ...portable];
    await portableRefuses(archive(entries, 'fwassess'), 'unsafe_archive', message);
  });

  it.each(UNSAFE_NAMES.filter(([what]) => /inside|backslash traversal|UNC|NUL|folder/.test(what)))(
    'the package verification flags %s as unsafe and never reads it',
    async (_what, name, message) => {
      const entry = { name, data: Buffer.from('pwned') };
      await packageFlags(packageOf([entry]), name, 'unsafe', message);
    },
  );
});

describe('symbolic links', () => {
  it('the portable import refuses an entry stored as a symbolic link, even with the right name and hash', async () => {
    const entries = portable.map((e) => (e.name === evidenceName ? { ...e, mode: SYMLINK_MODE } : e));
    await portableRefuses(archive(entries, 'fwassess'), 'unsafe_archive', /symbolic link/);
  });

  it('the package verification flags a symbolic link listed in the manifest with its true hash', async () => {
    const file = { name: 'evidence/ssh-key', data: Buffer.from('/root/.ssh/id_ed25519') };
    // The same entry as a regular file verifies: the link is the only thing wrong below.
    expect(await verifyPackage(packageOf([file]))).toMatchObject({ ok: true, problems: [] });
    await packageFlags(packageOf([{ ...file, mode: SYMLINK_MODE }]), 'evidence/ssh-key', 'unsafe', /symbolic link/);
  });
});

describe('duplicate names', () => {
  const twins: [string, (name: string) => string][] = [
    ['exactly', (n) => n],
    ['by case only', (n) => n.toUpperCase()],
    ['by Unicode form only (NFC and NFD)', (n) => n.normalize('NFD')],
  ];

  it.each(twins.slice(0, 2))('the portable import refuses names that are the same %s', async (_what, twin) => {
    // Only plain ASCII names get past the portable reader's list of expected entries, so no NFC/NFD pair here.
    const entries = [...portable, { name: twin('assessment.json'), data: Buffer.from('{}') }];
    await portableRefuses(
      archive(entries, 'fwassess'),
      'unsafe_archive',
      /appears more than once|would be the same file/,
    );
  });

  it('the package verification flags names that differ by Unicode form only', async () => {
    const first = { name: 'evidence/résumé.txt', data: Buffer.from('a') };
    const second = { name: first.name.normalize('NFD'), data: Buffer.from('b') };
    await packageFlags(packageOf([first, second], [first]), second.name, 'duplicate', /would be the same file/);
  });
});

describe('a damaged local header behind an intact directory', () => {
  /** Breaks the signature of the `n`-th local file header (0-based); the central directory still lists the entry. */
  function breakLocalHeader(path: string, n: number): void {
    const bytes = readFileSync(path);
    const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    let at = bytes.indexOf(signature);
    for (let i = 0; i < n; i++) at = bytes.indexOf(signature, at + 1);
    bytes.writeUInt32LE(0xdeadbeef, at);
    writeFileSync(path, bytes);
  }

  it('the portable import refuses it with a sentence naming the entry', async () => {
    const path = archive(portable, 'fwassess');
    breakLocalHeader(path, 0);
    await portableRefuses(
      path,
      'entry_damaged',
      /^assessment\.json could not be read from the archive: its header inside the archive is damaged\.$/,
    );
  });

  it('the package verification reports that entry as damaged and goes on with the others', async () => {
    const entry = { name: 'evidence/log.txt', data: Buffer.from('a log') };
    const path = packageOf([entry]);
    breakLocalHeader(path, 1);
    await packageFlags(
      path,
      'evidence/log.txt',
      'damaged',
      /could not be read from the archive: its header inside the archive is damaged\.$/,
    );
  });
});

describe('zip bombs and size limits', () => {
  it('the portable import refuses a high-ratio bomb by its declared sizes, without inflating it', async () => {
    const bomb = { name: `evidence/${'0'.repeat(64)}`, data: Buffer.alloc(24 * MiB) };
    await portableRefuses(
      archive([bomb, ...portable], 'fwassess'),
      'unsafe_archive',
      /times its compressed size.*zip bomb/,
    );
  });

  it('the portable import stops an entry inflating past its forged declared size, while streaming', async () => {
    const data = Buffer.alloc(4 * MiB, 7);
    const forged = { name: `evidence/${sha256(data)}`, data, declaredSize: 1_000 };
    const path = archive([forged, ...portable], 'fwassess');
    // Whichever notices first: our guard, or yauzl's own size check under it.
    const refusal = await importAssessmentFile(ctx, storeDir, path).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(['zip_bomb', 'entry_damaged']).toContain(refusal?.code);
    await portableRefuses(
      path,
      refusal?.code ?? '',
      /more than the 1000 bytes its header declares|could not be read from the archive/,
    );
  });

  it('the portable import refuses a manifest or an assessment.json over its limit, naming the limit', async () => {
    // Random bytes do not compress, so the declared sizes pass the ratio check and the part limits speak.
    const manifest = { name: 'manifest.json', data: randomBytes(400_000), declaredSize: 65 * MiB };
    await portableRefuses(
      archive([manifest], 'fwassess'),
      'file_too_large',
      /manifest\.json is 65\.0 MiB; at most 64\.0 MiB are read/,
    );
    const document = { name: 'assessment.json', data: randomBytes(3 * MiB), declaredSize: 513 * MiB };
    await portableRefuses(
      archive([document], 'fwassess'),
      'file_too_large',
      /assessment\.json is 513\.0 MiB; at most 512\.0 MiB are read/,
    );
  });

  it('the package verification reports a manifest over its limit, naming the limit', async () => {
    const path = archive([{ name: PACKAGE_MANIFEST, data: randomBytes(400_000), declaredSize: 65 * MiB }], 'zip');
    await packageFlags(path, PACKAGE_MANIFEST, 'too_large', /at most 64\.0 MiB are read/);
  });

  it('the portable import refuses a file over 200 GiB before opening it, naming the limit', async () => {
    const path = join(root, 'in', 'huge.fwassess');
    writeFileSync(path, '');
    truncateSync(path, 200 * 2 ** 30 + 1); // sparse: nothing is written
    await portableRefuses(path, 'file_too_large', /larger than the 200 GiB Fieldwork accepts/);
    rmSync(path);
  });

  it('the shared reader (both importers) stops at the total-size and entry-count limits before inflating', async () => {
    const entries = [0, 1, 2].map((i) => ({ name: `evidence/part-${i}`, data: randomBytes(MiB) }));
    const path = archive(entries, 'zip');
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 2.5 * MiB };
    const read: string[] = [];
    const total = readZip(path, limits, async (entry) => {
      await readEntryBuffer(entry, 2 * MiB);
      read.push(entry.name);
    });
    await expect(total).rejects.toMatchObject({
      code: 'zip_too_large',
      message: 'The archive declares more than 2.5 MiB of content in total; it was not read.',
    });
    expect(read).toEqual(['evidence/part-0', 'evidence/part-1']);
    const count = readZip(path, { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 }, () => Promise.resolve());
    await expect(count).rejects.toMatchObject({
      code: 'zip_too_large',
      message: 'The archive holds 3 entries; at most 2 are accepted.',
    });
  });
});

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkspaceDb } from '../../main/db/open';
import { storedFilePath } from '../../main/evidence/store';
import { buildEvidencePackage, PACKAGE_PATHS } from '../../main/interchange/package-build';
import { verifyPackage } from '../../main/interchange/package-verify';
import { DEFAULT_ZIP_LIMITS } from '../../main/interchange/zip-read';
import { packageManifestSchema, type PackageVerification } from '../../shared/interchange/package';
import { evidenceEntryName } from '../../shared/interchange/paths';
import type { OscalAssessmentResults } from '../../shared/oscal/types';
import { buildRealisticWorkspace, type RealisticWorkspace } from '../support/interchange-workspace';
import { oscalErrors } from '../support/oscal-schemas';
import {
  forgeDeclaredSize,
  readEntries,
  renameInPlace,
  rewriteZip,
  writeEntries,
  type RawEntry,
} from '../support/zip-tamper';

/*
 * The evidence package on a realistic workspace: build it, read it back independently (plain yauzl, node
 * hashing), verify it, then hand the verifier every hostile variant the brief names — a changed, an extra
 * and a missing file, traversal/absolute/drive/backslash names, duplicate names, a zip bomb by ratio and by
 * forged sizes, a total-size limit — each caught with a per-file result.
 */

let dir: string;
let ws: RealisticWorkspace;
let packagePath: string;
let entries: RawEntry[];

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-package-'));
  ws = await buildRealisticWorkspace(dir);
  packagePath = join(dir, 'package.zip');
  await buildEvidencePackage(ws.ctx, ws.storeDir, ws.assessmentId, packagePath, { appVersion: '0.1.0' });
  entries = await readEntries(packagePath);
}, 120_000);

afterAll(() => {
  closeWorkspaceDb(ws.db);
  rmSync(dir, { recursive: true, force: true });
});

function entry(name: string): RawEntry {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

function statusOf(report: PackageVerification, path: string): string | undefined {
  return report.files.find((f) => f.path === path)?.status;
}

let variant = 0;
async function variantOf(change: (list: RawEntry[]) => RawEntry[]): Promise<string> {
  const path = join(dir, `variant-${++variant}.zip`);
  await rewriteZip(packagePath, path, change);
  return path;
}

const policy = () => ws.evidence.find((e) => e.originalName === 'policy-copy.md');

describe('building an evidence package', () => {
  it('holds the report, the matrix, both OSCAL files, every evidence file and the manifest', () => {
    const names = entries.map((e) => e.name).sort();
    const evidenceNames = [...new Set(ws.evidence.map((e) => evidenceEntryName(e.sha256, e.originalName)))];
    expect(names).toEqual([...Object.values(PACKAGE_PATHS), 'manifest.json', ...evidenceNames].sort());
    expect(entry(PACKAGE_PATHS.report).data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(entry(PACKAGE_PATHS.matrix).data.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(
      oscalErrors('assessment-results', JSON.parse(entry(PACKAGE_PATHS.assessmentResults).data.toString('utf8'))),
    ).toEqual([]);
    expect(oscalErrors('poam', JSON.parse(entry(PACKAGE_PATHS.poam).data.toString('utf8')))).toEqual([]);
  });

  it('writes each evidence file byte for byte, under a safe name', () => {
    for (const item of ws.evidence) {
      const data = entry(evidenceEntryName(item.sha256, item.originalName)).data;
      expect(sha(data)).toBe(item.sha256);
      expect(data.length).toBe(item.size);
    }
    expect(entries.some((e) => e.name.endsWith('-model-promotion_.._ticket.txt'))).toBe(true);
    expect(entries.some((e) => e.name.endsWith('-Accès — revue trimestrielle Q3.pdf'))).toBe(true);
  });

  it('lists every other file in the manifest with its SHA-256, size and (for evidence) the controls it supports', () => {
    const manifest = packageManifestSchema.parse(JSON.parse(entry('manifest.json').data.toString('utf8')));
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      entries
        .filter((e) => e.name !== 'manifest.json')
        .map((e) => e.name)
        .sort(),
    );
    for (const file of manifest.files) {
      const data = entry(file.path).data;
      expect(file.sha256).toBe(sha(data));
      expect(file.size).toBe(data.length);
    }
    const item = policy();
    const listed = manifest.files.find((f) => f.path === evidenceEntryName(item?.sha256 ?? '', 'policy-copy.md'));
    expect(listed?.role).toBe('evidence');
    expect(listed?.controls).toEqual(item?.controlIds);
    expect(manifest.assessment.id).toBe(ws.assessmentId);
    expect(manifest.notes).toEqual([]);
  });

  it('resolves every evidence link of the OSCAL results to a file in the package', () => {
    const ar = JSON.parse(entry(PACKAGE_PATHS.assessmentResults).data.toString('utf8')) as OscalAssessmentResults;
    const hrefs = (ar['assessment-results']['back-matter']?.resources ?? []).flatMap((r) => r.rlinks ?? []);
    expect(hrefs.length).toBe(ws.evidence.length);
    for (const link of hrefs) {
      const data = entry(link.href.split('/').map(decodeURIComponent).join('/')).data;
      expect(sha(data)).toBe(link.hashes?.[0]?.value);
    }
  });

  it('verifies as intact', async () => {
    const report = await verifyPackage(packagePath);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary.ok).toBe(entries.length - 1);
    expect(report.files.every((f) => f.status === 'ok')).toBe(true);
  });

  it('refuses to package an evidence file whose stored copy was altered, and leaves no file behind', async () => {
    const item = ws.evidence[0];
    if (!item) throw new Error('no evidence');
    const stored = storedFilePath(ws.storeDir, item.sha256, null);
    const original = readFileSync(stored);
    writeFileSync(stored, Buffer.concat([original, Buffer.from('tampered')]));
    const out = join(dir, 'out', 'refused.zip');
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    mkdirSync(join(dir, 'out'));
    try {
      await expect(
        buildEvidencePackage(ws.ctx, ws.storeDir, ws.assessmentId, out, { appVersion: '0.1.0' }),
      ).rejects.toMatchObject({ code: 'evidence_damaged' });
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(join(dir, 'out'))).toEqual([]);
    } finally {
      writeFileSync(stored, original);
    }
  });
});

describe('verifying a package that was tampered with', () => {
  const evidenceName = () => {
    const item = policy();
    return evidenceEntryName(item?.sha256 ?? '', 'policy-copy.md');
  };

  it('reports a changed file', async () => {
    const path = await variantOf((list) =>
      list.map((e) =>
        e.name === evidenceName() ? { ...e, data: Buffer.from('# Information security policy (edited)\n') } : e,
      ),
    );
    const report = await verifyPackage(path);
    expect(report.ok).toBe(false);
    expect(statusOf(report, evidenceName())).toBe('changed');
    expect(report.summary.changed).toBe(1);
    expect(report.summary.ok).toBe(entries.length - 2);
  });

  it('reports an extra file and a missing one', async () => {
    const extra = await variantOf((list) => [
      ...list,
      { name: 'evidence/readme.txt', data: Buffer.from('not in the manifest') },
    ]);
    const extraReport = await verifyPackage(extra);
    expect(extraReport.ok).toBe(false);
    expect(statusOf(extraReport, 'evidence/readme.txt')).toBe('extra');
    const missing = await variantOf((list) => list.filter((e) => e.name !== PACKAGE_PATHS.matrix));
    const missingReport = await verifyPackage(missing);
    expect(missingReport.ok).toBe(false);
    expect(statusOf(missingReport, PACKAGE_PATHS.matrix)).toBe('missing');
  });

  it.each([
    ['../../../', 'traversal', /climbs out/],
    ['/tmp/pwn/', 'absolute', /absolute path/],
    ['C:/Users/', 'drive letter', /names a drive/],
    ['evidence\\', 'backslash', /backslash/],
  ])('flags an entry renamed with %s (%s) as unsafe, and never reads it', async (prefix, _kind, message) => {
    const path = join(dir, `unsafe-${++variant}.zip`);
    writeFileSync(path, readFileSync(packagePath));
    const renamed = prefix + evidenceName().slice('evidence/'.length);
    renameInPlace(path, evidenceName(), renamed);
    const report = await verifyPackage(path);
    expect(report.ok).toBe(false);
    const unsafe = report.files.find((f) => f.path === renamed);
    expect(unsafe?.status).toBe('unsafe');
    expect(unsafe?.message).toMatch(message);
    expect(statusOf(report, evidenceName())).toBe('missing');
  });

  it('flags duplicate names, also those that differ only by case', async () => {
    const report = entry(PACKAGE_PATHS.report);
    const path = await variantOf((list) => [
      ...list,
      { name: PACKAGE_PATHS.report, data: Buffer.from('%PDF-1.4 forged') },
      { name: PACKAGE_PATHS.matrix.toUpperCase(), data: report.data },
    ]);
    const result = await verifyPackage(path);
    expect(result.ok).toBe(false);
    const duplicates = result.files.filter((f) => f.status === 'duplicate').map((f) => f.path);
    expect(duplicates.sort()).toEqual([PACKAGE_PATHS.matrix.toUpperCase(), PACKAGE_PATHS.report].sort());
  });

  it('stops a zip bomb by its compression ratio without inflating it', async () => {
    const path = await variantOf((list) => [...list, { name: 'evidence/zeros.bin', data: Buffer.alloc(48 * 2 ** 20) }]);
    const started = process.hrtime.bigint();
    const report = await verifyPackage(path);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(report.ok).toBe(false);
    const bomb = report.files.find((f) => f.path === 'evidence/zeros.bin');
    expect(bomb?.status).toBe('too_large');
    expect(bomb?.message).toMatch(/zip bomb/);
    expect(ms).toBeLessThan(20_000);
  });

  it('stops an entry whose declared size is forged, while streaming', async () => {
    const path = await variantOf((list) => [
      ...list,
      { name: 'evidence/forged.bin', data: Buffer.alloc(4 * 2 ** 20, 7) },
    ]);
    forgeDeclaredSize(path, 'evidence/forged.bin', 1_000);
    const report = await verifyPackage(path);
    expect(report.ok).toBe(false);
    const forged = report.files.find((f) => f.path === 'evidence/forged.bin');
    expect(['too_large', 'damaged']).toContain(forged?.status);
    expect(forged?.message).toMatch(
      /forged\.bin (inflates to more than the 1000 bytes its header declares|could not be read)/,
    );
    // Reading went on with the other entries.
    expect(report.summary.ok).toBe(entries.length - 1);
  });

  it('stops at the total size limit', async () => {
    const report = await verifyPackage(packagePath, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 20_000 });
    expect(report.ok).toBe(false);
    expect(report.problems.join(' ')).toMatch(/in total/);
  });

  it('says so when the archive has no manifest', async () => {
    const path = join(dir, 'no-manifest.zip');
    await writeEntries(path, [{ name: 'report.pdf', data: Buffer.from('%PDF') }]);
    const report = await verifyPackage(path);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/no manifest\.json/);
  });

  it('refuses a file that is not a zip with a sentence', async () => {
    const path = join(dir, 'not-a-zip.zip');
    writeFileSync(path, 'hello');
    await expect(verifyPackage(path)).rejects.toMatchObject({ code: 'not_a_zip' });
    await expect(verifyPackage(join(dir, 'absent.zip'))).rejects.toMatchObject({ code: 'file_not_found' });
  });
});

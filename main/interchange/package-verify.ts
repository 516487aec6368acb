import {
  PACKAGE_FILE_STATUSES,
  PACKAGE_MANIFEST,
  packageManifestSchema,
  type PackageFileCheck,
  type PackageFileStatus,
  type PackageManifest,
  type PackageVerification,
} from '../../shared/interchange/package';
import { collisionKey, entryNameProblem, ENTRY_NAME_PROBLEMS } from '../../shared/interchange/paths';
import { issuesText } from '../../shared/ipc/issues';
import { AppError } from '../../shared/ipc/result';
import { DEFAULT_ZIP_LIMITS, hashEntry, readEntryBuffer, readZip, type EntryProblem, type ZipLimits } from './zip-read';

/**
 * Checks an evidence package against its manifest: every listed file present with its SHA-256 and size,
 * nothing extra, no unsafe entry name (`../`, absolute, drive letter, backslash…), no duplicate name, no
 * entry beyond the size and compression-ratio limits (checked on the declared sizes, then while inflating).
 * Nothing is extracted: entries are hashed as they stream. One result per file, and `ok` only when all are.
 */

const MAX_MANIFEST_BYTES = 64 * 2 ** 20;

const PROBLEM_STATUS: Record<EntryProblem, PackageFileStatus> = {
  unsafe_name: 'unsafe',
  link: 'unsafe',
  duplicate: 'duplicate',
  too_large: 'too_large',
  ratio: 'too_large',
  unsupported: 'damaged',
};

function summaryOf(files: readonly PackageFileCheck[]): Record<PackageFileStatus, number> {
  const summary = Object.fromEntries(PACKAGE_FILE_STATUSES.map((s) => [s, 0])) as Record<PackageFileStatus, number>;
  for (const f of files) summary[f.status] += 1;
  return summary;
}

function manifestProblems(manifest: PackageManifest): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of manifest.files) {
    const problem = entryNameProblem(file.path);
    if (problem)
      problems.push(`The manifest lists "${file.path.slice(0, 200)}", which ${ENTRY_NAME_PROBLEMS[problem]}.`);
    if (seen.has(collisionKey(file.path))) problems.push(`The manifest lists "${file.path}" twice.`);
    seen.add(collisionKey(file.path));
    if (file.path === PACKAGE_MANIFEST) problems.push('The manifest lists itself.');
  }
  return problems;
}

export async function verifyPackage(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<PackageVerification> {
  const checks: PackageFileCheck[] = [];
  const actual = new Map<string, { sha256: string; size: number }>();
  const problems: string[] = [];
  let manifestBuffer: Buffer | undefined;
  let manifestCount = 0;
  try {
    await readZip(path, limits, async (entry) => {
      if (entry.problem) {
        checks.push({ path: entry.name, status: PROBLEM_STATUS[entry.problem], message: entry.detail });
        return;
      }
      try {
        if (entry.name === PACKAGE_MANIFEST) {
          manifestCount += 1;
          manifestBuffer = await readEntryBuffer(entry, MAX_MANIFEST_BYTES);
        } else {
          actual.set(entry.name, await hashEntry(entry));
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'zip_too_large') throw error;
        checks.push({
          path: entry.name,
          status: error.code === 'zip_bomb' || error.code === 'file_too_large' ? 'too_large' : 'damaged',
          message: error.message,
        });
      }
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'zip_too_large') throw error;
    problems.push(error.message);
  }

  let manifest: PackageManifest | null = null;
  if (manifestCount === 0 || !manifestBuffer) {
    problems.push(
      `The package has no ${PACKAGE_MANIFEST}: it is not a Fieldwork evidence package, or the manifest was removed.`,
    );
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(manifestBuffer.toString('utf8'));
    } catch {
      problems.push(`${PACKAGE_MANIFEST} is not valid JSON.`);
    }
    const result = packageManifestSchema.safeParse(parsed);
    if (parsed !== undefined && !result.success) {
      problems.push(
        `${PACKAGE_MANIFEST} is not a Fieldwork package manifest (${issuesText(result.error.issues, 1, 'top level') || 'invalid'}).`,
      );
    } else if (result.success) {
      manifest = result.data;
      problems.push(...manifestProblems(manifest));
    }
  }

  if (manifest) {
    const listed = new Set<string>();
    for (const file of manifest.files) {
      listed.add(file.path);
      if (checks.some((c) => c.path === file.path)) continue;
      const found = actual.get(file.path);
      const expected = { expectedSha256: file.sha256, expectedSize: file.size };
      if (!found)
        checks.push({
          path: file.path,
          status: 'missing',
          message: 'Listed in the manifest but not in the package.',
          ...expected,
        });
      else if (found.sha256 !== file.sha256 || found.size !== file.size) {
        checks.push({
          path: file.path,
          status: 'changed',
          message: 'Its content no longer matches the SHA-256 in the manifest.',
          ...expected,
          actualSha256: found.sha256,
          actualSize: found.size,
        });
      } else
        checks.push({
          path: file.path,
          status: 'ok',
          message: 'Matches the manifest.',
          ...expected,
          actualSha256: found.sha256,
          actualSize: found.size,
        });
    }
    for (const [name, found] of actual) {
      if (!listed.has(name))
        checks.push({
          path: name,
          status: 'extra',
          message: 'In the package but not in the manifest.',
          actualSha256: found.sha256,
          actualSize: found.size,
        });
    }
  }
  const ok = problems.length === 0 && checks.every((c) => c.status === 'ok');
  return {
    path,
    ok,
    manifest: manifest
      ? {
          format: manifest.format,
          createdAt: manifest.createdAt,
          generator: manifest.generator,
          assessment: manifest.assessment,
        }
      : null,
    files: checks,
    problems,
    summary: summaryOf(checks),
  };
}

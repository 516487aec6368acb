import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { fsError, fsErrorReason } from '../../main/fs/fs-errors';
import { AppState, type DialogPort } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import { messageProblem } from '../support/hostile-values';

/*
 * A file that cannot be written is told as one sentence a person can act on: what failed, where, what to
 * do, never the system's "EACCES: permission denied, open '…'". The audit trail export is driven through
 * its IPC channel into places that really fail (the tests may run as root, where permissions do not stop a
 * write: a path under a regular file, a missing folder, a folder where the file should be).
 */

let dir: string;
let app: AppState;
let answer: string | null = null;

const dialogs: DialogPort = {
  chooseWorkspaceToOpen: () => Promise.resolve(null),
  chooseWorkspaceToCreate: () => Promise.resolve(null),
  chooseReportPath: () => Promise.resolve(null),
  chooseEvidenceFiles: () => Promise.resolve([]),
  chooseExportPath: () => Promise.resolve(answer),
  chooseMatrixFile: () => Promise.resolve(null),
  chooseFileToOpen: () => Promise.resolve(null),
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-fs-errors-'));
  app = new AppState({
    workspacePath: join(dir, 'workspace.fwdb'),
    catalog: bundledCatalog(),
    now: () => new Date('2026-11-22T09:00:00.000Z'),
    dialogs,
    version: '0.0.0-test',
    platform: 'linux',
  });
  const created = await invokeChannel(app, 'assessment:create', {
    organisation: 'Acme AI',
    systemName: 'Scoring API',
    reportType: 'I',
    categories: ['security'],
  });
  expect(created.ok).toBe(true);
});

afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportFailure(path: string): Promise<{ code: string; message: string }> {
  answer = path;
  const result = await invokeChannel(app, 'audit:export', { format: 'csv', filter: {} });
  if (result.ok) throw new Error(`the export to ${path} succeeded`);
  expect(messageProblem(result.error.message), result.error.message).toBeNull();
  expect(result.error.message).not.toMatch(/\b(EACCES|EPERM|ENOENT|ENOTDIR|EISDIR|EROFS|ENOSPC)\b|open '/);
  return result.error;
}

describe('the audit trail export into a place that cannot be written', () => {
  it('a folder path that runs through a regular file (ENOTDIR) says which folder and what to do', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'a file, not a folder');
    const target = join(file, 'audit.csv');
    expect(await exportFailure(target)).toEqual({
      code: 'export_failed',
      message: `The audit trail could not be written to ${target}: the folder ${file} does not exist (or part of its path is a file, not a folder); choose an existing folder.`,
    });
  });

  it('a folder that does not exist (ENOENT)', async () => {
    const missing = join(dir, 'gone', 'deeper');
    const target = join(missing, 'audit.csv');
    expect((await exportFailure(target)).message).toBe(
      `The audit trail could not be written to ${target}: the folder ${missing} does not exist (or part of its path is a file, not a folder); choose an existing folder.`,
    );
  });

  it('a folder where the file should go (EISDIR), leaving no partial file behind', async () => {
    const target = join(dir, 'audit.csv');
    mkdirSync(target);
    expect((await exportFailure(target)).message).toBe(
      `The audit trail could not be written to ${target}: ${target} is a folder; choose a file name inside it instead.`,
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.skipIf(!existsSync('/sys/kernel'))(
    'a system folder nobody may write in (EACCES, or EROFS where /sys is read-only)',
    async () => {
      const target = '/sys/kernel/fieldwork-audit.csv';
      expect((await exportFailure(target)).message).toMatch(
        /^The audit trail could not be written to \/sys\/kernel\/fieldwork-audit\.csv: (you may not write in \/sys\/kernel; choose another folder, or ask for write access to this one|\/sys\/kernel is on a read-only disk; choose a folder on a disk you can write to)\.$/,
      );
    },
  );

  it('the export works again once a writable place is chosen', async () => {
    answer = join(dir, 'audit.csv');
    const result = await invokeChannel(app, 'audit:export', { format: 'csv', filter: {} });
    expect(result.ok).toBe(true);
  });
});

describe('spreadsheet exports into a place that cannot be written', () => {
  it('the app says which file could not be written where, and what to do', async () => {
    const list = await invokeChannel(app, 'assessment:list', {});
    if (!list.ok) throw new Error('no assessments');
    const assessmentId = (list.value as Array<{ id: string }>)[0]?.id ?? '';
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'a file, not a folder');
    answer = join(file, 'controls.xlsx');
    const result = await invokeChannel(app, 'export:controlsXlsx', { assessmentId });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'export_unwritable',
        message: `The spreadsheet could not be written to ${answer}: the folder ${file} does not exist (or part of its path is a file, not a folder); choose an existing folder.`,
      },
    });
  });

  it('the command line prints the same sentence and exits 1', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'a file, not a folder');
    const out = join(file, 'controls.csv');
    const workspace = join(dir, 'workspace.fwdb');
    const result = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, '../../bin/fieldwork.js'),
        'export',
        '--workspace',
        workspace,
        '--format',
        'csv',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `fieldwork: error: The spreadsheet could not be written to ${out}: the folder ${file} does not exist (or part of its path is a file, not a folder); choose an existing folder.`,
    );
  });
});

/** The system errors that cannot be caused for real in a test (a full disk, a read-only mount), by their code. */
const systemError = (code: string) => Object.assign(new Error(`${code}: raw system text, open '/x'`), { code });

describe('sentences for the common error codes', () => {
  it.each([
    [
      'EACCES',
      'write',
      'you may not write in /data/exports; choose another folder, or ask for write access to this one',
    ],
    [
      'EPERM',
      'write',
      'you may not write in /data/exports; choose another folder, or ask for write access to this one',
    ],
    ['ENOSPC', 'write', 'the disk holding /data/exports is full; free some space, or choose a folder on another disk'],
    ['EROFS', 'write', '/data/exports is on a read-only disk; choose a folder on a disk you can write to'],
    ['EISDIR', 'write', '/data/exports/audit.csv is a folder; choose a file name inside it instead'],
    [
      'ENOENT',
      'write',
      'the folder /data/exports does not exist (or part of its path is a file, not a folder); choose an existing folder',
    ],
    [
      'EACCES',
      'read',
      'you may not read it; ask for read access, or copy the file to a folder of yours and use that copy',
    ],
    ['ENOENT', 'read', 'there is no file there (it may have been moved or deleted); check the path'],
    ['EWEIRD', 'write', 'the system refused it (EWEIRD); try again, or choose another folder'],
  ] as const)('%s (%s)', (code, access, reason) => {
    expect(fsErrorReason(systemError(code), '/data/exports/audit.csv', access)).toBe(reason);
  });

  it('makes one sentence, and passes an AppError through', () => {
    const error = fsError(
      'export_failed',
      'The audit trail could not be written to /x/a.csv',
      systemError('ENOSPC'),
      '/x/a.csv',
    );
    expect(error.message).toBe(
      'The audit trail could not be written to /x/a.csv: the disk holding /x is full; free some space, or choose a folder on another disk.',
    );
    expect(messageProblem(error.message)).toBeNull();
    expect(fsError('x', 'lead', error, '/x/a.csv')).toBe(error);
  });
});

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsError } from './fs-errors';

/** Writes a file so that readers see either the old content or the whole new content, never a torn file. */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    // E.g. `path` is a folder: the complete copy must not stay behind under a hidden name.
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * writeFileAtomic for a file the user chose (an export): a file-system failure becomes one sentence saying
 * what could not be written where, and what to do.
 */
export function writeChosenFile(path: string, data: Uint8Array, what: string): void {
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    throw fsError('export_unwritable', `${what} could not be written to ${path}`, error, path);
  }
}

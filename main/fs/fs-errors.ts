import { dirname } from 'node:path';
import { AppError } from '../../shared/ipc/result';

/**
 * File-system failures (Node's errno codes, https://nodejs.org/api/errors.html#common-system-errors) told as
 * what to do, so that a message never ends in "EACCES: permission denied, open '/x/.y.partial'".
 */

export type FileAccess = 'read' | 'write';

/** The errno code of a file-system error (EACCES, ENOSPC…), or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]{2,15}$/.test(code) ? code : undefined;
}

function writeReason(code: string | undefined, path: string): string {
  const dir = dirname(path);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `you may not write in ${dir}; choose another folder, or ask for write access to this one`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk holding ${dir} is full; free some space, or choose a folder on another disk`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder ${dir} does not exist (or part of its path is a file, not a folder); choose an existing folder`;
    case 'EROFS':
      return `${dir} is on a read-only disk; choose a folder on a disk you can write to`;
    case 'EISDIR':
      return `${path} is a folder; choose a file name inside it instead`;
    case 'ENAMETOOLONG':
      return 'the name or the path is too long for the disk; choose a shorter name or a folder nearer the top of the disk';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use by another program; close it there and try again';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some programs and try again';
    case 'EIO':
      return `the disk holding ${dir} reported an error; check the disk, or choose a folder on another disk`;
    default:
      return `the system refused it${code ? ` (${code})` : ''}; try again, or choose another folder`;
  }
}

function readReason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'you may not read it; ask for read access, or copy the file to a folder of yours and use that copy';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'there is no file there (it may have been moved or deleted); check the path';
    case 'EISDIR':
      return 'it is a folder, not a file; choose a file';
    case 'EIO':
      return 'the disk reported a read error; copy the file to another disk and try again';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some programs and try again';
    case 'EBUSY':
      return 'the file is in use by another program; close it there and try again';
    default:
      return `the system refused it${code ? ` (${code})` : ''}; try again`;
  }
}

/**
 * Why reading or writing `path` failed and what to do, as the end of a sentence (no final stop), e.g.
 * "you may not write in /srv/audit; choose another folder, or ask for write access to this one".
 */
export function fsErrorReason(error: unknown, path: string, access: FileAccess = 'write'): string {
  const code = fsErrorCode(error);
  return access === 'write' ? writeReason(code, path) : readReason(code);
}

/**
 * An AppError of one sentence: `lead` says what failed and where ("The audit trail could not be written to
 * /x/audit.csv"), the reason what to do. An AppError passes through unchanged.
 */
export function fsError(
  code: string,
  lead: string,
  error: unknown,
  path: string,
  access: FileAccess = 'write',
): AppError {
  if (error instanceof AppError) return error;
  return new AppError(code, `${lead}: ${fsErrorReason(error, path, access)}.`);
}

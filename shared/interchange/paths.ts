/**
 * Names of files inside Fieldwork's archives (the evidence package and the portable assessment), and the
 * check every name read from an archive goes through before anything is done with it.
 */

/** Longest entry name we write or accept. */
export const MAX_ENTRY_NAME = 512;
const MAX_BASE_NAME = 120;
/** Hex digits of the SHA-256 kept in front of an evidence file's name: unique in practice, still readable. */
export const EVIDENCE_PREFIX_HEX = 12;

/** Characters that are unsafe in a file name on some system we support, or invisible. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A user's file name made safe as the last part of an archive path on Windows, macOS and Linux:
 * separators, control and reserved characters become `_`, whitespace collapses, leading dots and
 * trailing dots/spaces go, and the name is cut to 120 characters keeping its extension.
 */
export function sanitiseFileName(name: string): string {
  let clean = name.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/gu, ' ').trim();
  clean = clean.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
  if (clean.length === 0) return 'file';
  const chars = [...clean];
  if (chars.length <= MAX_BASE_NAME) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  return [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_BASE_NAME - [...ext].length).join('') + ext;
}

/** Where an evidence file sits in an archive: `evidence/<sha256 prefix>-<sanitised original name>`. */
export function evidenceEntryName(sha256: string, originalName: string): string {
  return `evidence/${sha256.slice(0, EVIDENCE_PREFIX_HEX)}-${sanitiseFileName(originalName)}`;
}

/** An entry name as a relative URI reference (for OSCAL hrefs): each segment percent-encoded. */
export function entryHref(entryName: string): string {
  return entryName.split('/').map(encodeURIComponent).join('/');
}

export type EntryNameProblem =
  | 'empty'
  | 'too_long'
  | 'absolute'
  | 'drive_letter'
  | 'backslash'
  | 'traversal'
  | 'control_character'
  | 'directory'
  | 'empty_segment';

/**
 * Why an archive entry name is unsafe to use, or null when it is a plain relative path: no absolute
 * path, drive letter, backslash, `.`/`..` segment, empty segment, control character, or directory entry.
 */
export function entryNameProblem(name: string): EntryNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_ENTRY_NAME) return 'too_long';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute';
  if (/^[a-zA-Z]:/.test(name)) return 'drive_letter';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/u.test(name)) return 'control_character';
  if (name.endsWith('/')) return 'directory';
  const segments = name.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'traversal';
  if (segments.some((s) => s.length === 0)) return 'empty_segment';
  return null;
}

export const ENTRY_NAME_PROBLEMS: Record<EntryNameProblem, string> = {
  empty: 'has an empty name',
  too_long: `has a name longer than ${MAX_ENTRY_NAME} characters`,
  absolute: 'is an absolute path',
  drive_letter: 'names a drive (C:…)',
  backslash: 'contains a backslash',
  traversal: 'climbs out of the archive (a "." or ".." segment)',
  control_character: 'contains a control character',
  directory: 'is a folder entry, which Fieldwork never writes',
  empty_segment: 'contains an empty path segment ("//")',
};

/** The key under which two names would land on the same file of a case-insensitive file system. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

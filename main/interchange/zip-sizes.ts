import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/ipc/result';

/** What an imported workbook may inflate to, as its zip directory declares: generous for real matrices. */
const MAX_ENTRIES = 10_000;
const MAX_TOTAL = 512 * 1024 * 1024;

export interface ZipDirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Reads the zip central directory of an XLSX (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT,
 * 4.3.12 and 4.3.16) and refuses archives that declare more entries or more inflated bytes than any control
 * matrix needs, before anything is inflated. ZIP64 archives are refused for the same reason.
 */
export function readZipDirectory(bytes: Buffer, fileName: string): ZipDirectoryEntry[] {
  const unreadable = () =>
    new AppError(
      'unreadable_file',
      `${fileName} could not be read as an Excel workbook (.xlsx); save it again from your spreadsheet program.`,
    );
  const tooBig = () =>
    new AppError(
      'file_too_large',
      `${fileName} would take more than ${MAX_TOTAL / 1024 / 1024} MB once unpacked; Fieldwork refuses it. Remove the sheets or pictures you do not need.`,
    );
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const count = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || count > MAX_ENTRIES) throw tooBig();
  if (directoryOffset + directorySize > bytes.length) throw unreadable();
  const entries: ZipDirectoryEntry[] = [];
  let offset = directoryOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw unreadable();
    const size = bytes.readUInt32LE(offset + 24);
    if (size === 0xffffffff) throw tooBig();
    total += size;
    if (total > MAX_TOTAL) throw tooBig();
    const nameLength = bytes.readUInt16LE(offset + 28);
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size,
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The text of one stored or deflated entry, inflating at most its declared size (null when unreadable). */
export function readZipText(bytes: Buffer, entry: ZipDirectoryEntry): string | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

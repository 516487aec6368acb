import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { collisionKey, entryNameProblem, ENTRY_NAME_PROBLEMS } from '../../shared/interchange/paths';
import { AppError } from '../../shared/ipc/result';
import { fsError, fsErrorCode } from '../fs/fs-errors';
import { archiveDamage, entryDamage } from './zip-damage';

/**
 * Reads a zip archive that came from outside, defensively, with yauzl (streaming, random access through the
 * central directory). Every entry name is decoded by us and checked before use (shared/interchange/paths.ts);
 * duplicates (also by case and Unicode form) are flagged; sizes and compression ratios are checked against
 * limits first as declared, then again on the bytes actually inflated while streaming, so a zip bomb is cut
 * off after at most one limit's worth of output, never written out whole.
 */

export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  /** Highest inflated ÷ compressed ratio, checked once an entry passes `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 20 * 2 ** 30,
  maxTotalBytes: 200 * 2 ** 30,
  maxRatio: 200,
  ratioFloorBytes: 2 ** 20,
};

export type EntryProblem = 'unsafe_name' | 'link' | 'duplicate' | 'too_large' | 'ratio' | 'unsupported';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** Why the entry must not be read (it is then never opened), with a sentence for people. */
  problem: EntryProblem | null;
  detail: string;
}

export interface OpenedEntry extends ZipEntry {
  /** The inflated content, guarded by the limits; errors with code `zip_bomb` when a limit is crossed. */
  open(): Promise<Readable>;
}

function bytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  return `${n} bytes`;
}

/** Counts inflated bytes and stops the stream as soon as the entry or the archive crosses a limit. */
class Guard extends Transform {
  private seen = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly limits: ZipLimits,
    private readonly total: { bytes: number },
  ) {
    super();
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ): void {
    this.seen += chunk.length;
    this.total.bytes += chunk.length;
    const { entry, limits } = this;
    if (this.seen > entry.size) {
      done(
        new AppError(
          'zip_bomb',
          `${entry.name} inflates to more than the ${bytes(entry.size)} its header declares; the archive is damaged or forged.`,
        ),
      );
    } else if (this.seen > limits.maxEntryBytes) {
      done(
        new AppError(
          'zip_bomb',
          `${entry.name} inflates past ${bytes(limits.maxEntryBytes)}, the largest file accepted.`,
        ),
      );
    } else if (this.total.bytes > limits.maxTotalBytes) {
      done(
        new AppError(
          'zip_too_large',
          `The archive inflates past ${bytes(limits.maxTotalBytes)} in total; reading stopped.`,
        ),
      );
    } else if (this.seen >= limits.ratioFloorBytes && this.seen > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      done(
        new AppError(
          'zip_bomb',
          `${entry.name} inflates more than ${limits.maxRatio} times its compressed size: a zip bomb. Reading stopped.`,
        ),
      );
    } else done(null, chunk);
  }
}

/**
 * A symbolic link or other special file, by the Unix mode in the high half of the external attributes
 * (APPNOTE 4.4.15): unzip tools recreate it as a link, so an archive holding one must not pass as intact.
 */
function isSpecialFile(entry: yauzl.Entry): boolean {
  const type = (entry.externalFileAttributes >>> 16) & 0o170000;
  return type !== 0 && type !== 0o100000;
}

function decodeName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // strictFileNames keeps backslashes as they are, so that we can refuse them.
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

/** An archive read through a reader rather than from a path (e.g. the zip inside a sealed file, decrypted as read). */
export interface ZipSource {
  /** How messages name it. */
  label: string;
  reader: yauzl.RandomAccessReader;
  size: number;
}

async function openZip(source: string | ZipSource): Promise<yauzl.ZipFile> {
  const options = { autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true };
  const path = typeof source === 'string' ? source : source.label;
  try {
    return typeof source === 'string'
      ? await yauzl.openPromise(source, options)
      : await yauzl.fromRandomAccessReaderPromise(source.reader, source.size, options);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new AppError('file_not_found', `No file at ${path}.`);
    if (code === 'EISDIR') throw new AppError('not_a_file', `${path} is a folder, not a file.`);
    if (fsErrorCode(error)) throw fsError('file_unreadable', `Cannot read ${path}`, error, path, 'read');
    throw new AppError(
      'not_a_zip',
      `${path} cannot be read: ${archiveDamage(error)}. Check that you chose the right file, or get a new copy.`,
    );
  }
}

/**
 * Visits every entry of the archive in order. `visit` may open an entry without a problem (and must consume
 * what it opens before returning); a stream it opens fails with `zip_bomb` when that entry crosses a limit.
 * Throws `zip_too_large` when the archive as a whole crosses a limit (entries, total size).
 */
export async function readZip(
  source: string | ZipSource,
  limits: ZipLimits,
  visit: (entry: OpenedEntry) => Promise<void>,
): Promise<void> {
  const path = typeof source === 'string' ? source : source.label;
  const zip = await openZip(source);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new AppError(
        'zip_too_large',
        `The archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted.`,
      );
    }
    const seen = new Map<string, string>();
    const total = { bytes: 0 };
    let declaredTotal = 0;
    try {
      for await (const raw of zip.eachEntry()) {
        const name = decodeName(raw);
        const base = { name, compressedSize: raw.compressedSize, size: raw.uncompressedSize };
        let problem: EntryProblem | null = null;
        let detail = '';
        const nameProblem = entryNameProblem(name);
        const twin = seen.get(collisionKey(name));
        declaredTotal += raw.uncompressedSize;
        if (nameProblem)
          [problem, detail] = ['unsafe_name', `Entry "${name.slice(0, 200)}" ${ENTRY_NAME_PROBLEMS[nameProblem]}.`];
        else if (twin !== undefined)
          [problem, detail] = [
            'duplicate',
            twin === name
              ? `"${name}" appears more than once in the archive.`
              : `"${name}" and "${twin}" would be the same file on Windows or macOS.`,
          ];
        else if (isSpecialFile(raw))
          [problem, detail] = [
            'link',
            `"${name.slice(0, 200)}" is a symbolic link or a special file, which Fieldwork never writes; it was not read.`,
          ];
        else if (raw.isEncrypted())
          [problem, detail] = [
            'unsupported',
            `${name} is encrypted with zip encryption, which Fieldwork does not use.`,
          ];
        else if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8)
          [problem, detail] = [
            'unsupported',
            `${name} uses an unsupported compression method (${raw.compressionMethod}).`,
          ];
        else if (raw.uncompressedSize > limits.maxEntryBytes)
          [problem, detail] = [
            'too_large',
            `${name} is ${bytes(raw.uncompressedSize)}; files are limited to ${bytes(limits.maxEntryBytes)}.`,
          ];
        else if (
          raw.uncompressedSize >= limits.ratioFloorBytes &&
          raw.uncompressedSize > limits.maxRatio * Math.max(raw.compressedSize, 1)
        ) {
          [problem, detail] = [
            'ratio',
            `${name} would inflate ${Math.round(raw.uncompressedSize / Math.max(raw.compressedSize, 1))} times its compressed size (limit ${limits.maxRatio}): a zip bomb.`,
          ];
        }
        if (declaredTotal > limits.maxTotalBytes) {
          throw new AppError(
            'zip_too_large',
            `The archive declares more than ${bytes(limits.maxTotalBytes)} of content in total; it was not read.`,
          );
        }
        if (twin === undefined && !nameProblem) seen.set(collisionKey(name), name);
        const entry: ZipEntry = { ...base, problem, detail };
        await visitSafely(visit, {
          ...entry,
          open: async () => {
            if (entry.problem) throw new AppError('unsafe_entry', entry.detail);
            let stream: Readable;
            try {
              stream = await zip.openReadStreamPromise(raw);
            } catch (error) {
              // A damaged local header (signature, name length, data past the end) is found only on opening.
              throw new AppError(
                'entry_damaged',
                `${entry.name} could not be read from the archive: ${entryDamage(error)}.`,
              );
            }
            return streamWithErrors(stream, new Guard(entry, limits, total), entry.name);
          },
        });
      }
    } catch (error) {
      if (error instanceof VisitError) throw error.cause;
      if (error instanceof AppError) throw error;
      throw new AppError('not_a_zip', `${path} is damaged: ${archiveDamage(error)}. Get a new copy of the file.`);
    }
  } finally {
    zip.close();
  }
}

/** Marks an error thrown by the visitor, so it is not mistaken for a damaged archive. */
class VisitError extends Error {
  constructor(override readonly cause: unknown) {
    super('visit failed');
  }
}

async function visitSafely(visit: (entry: OpenedEntry) => Promise<void>, entry: OpenedEntry): Promise<void> {
  try {
    await visit(entry);
  } catch (error) {
    throw new VisitError(error);
  }
}

/** Pipes the raw stream through the guard, forwarding the raw stream's errors to what the caller reads. */
function streamWithErrors(source: Readable, guard: Guard, name: string): Readable {
  // The reader may start reading a little later (the evidence store opens its file first): an error in
  // between stays recorded on the stream, and its reader meets it when it starts, instead of crashing here.
  guard.on('error', () => undefined);
  source.on('error', (error) => {
    // Once the guard stopped (its own limit, or its reader gave up), a later error has nobody to go to.
    if (guard.destroyed) return;
    guard.destroy(
      error instanceof AppError
        ? error
        : new AppError('entry_damaged', `${name} could not be read from the archive: ${entryDamage(error)}.`),
    );
  });
  return source.pipe(guard);
}

/** Reads an entry whole into memory, refusing it beyond `maxBytes`. */
export async function readEntryBuffer(entry: OpenedEntry, maxBytes: number): Promise<Buffer> {
  if (entry.size > maxBytes)
    throw new AppError('file_too_large', `${entry.name} is ${bytes(entry.size)}; at most ${bytes(maxBytes)} are read.`);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of await entry.open()) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) throw new AppError('file_too_large', `${entry.name} is larger than ${bytes(maxBytes)}.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** SHA-256 and size of an entry, streamed. */
export async function hashEntry(entry: OpenedEntry): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of await entry.open()) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { sha256: hash.digest('hex'), size };
}

import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import {
  hashSealedFile,
  readFull,
  sealStream,
  SEALED_SUFFIX,
  SealedFileError,
  sealedSizeOf,
  type EvidenceCipher,
} from './sealed';
import { chunkReader, type ByteReader } from './byte-reader';
import { fsError } from '../fs/fs-errors';

/**
 * The content-addressed evidence store: a folder next to the workspace file holding each distinct file
 * once, at `<sha256[0..2]>/<sha256>`. Every path inside it is derived from a validated hex hash, never
 * from a name a user or an archive supplied. In an encrypted workspace every function takes the
 * workspace's EvidenceCipher: files are then sealed (sealed.ts) at `<name[0..2]>/<name>.fwenc`, still
 * addressed, deduplicated and verified by the SHA-256 of their plaintext, and no plaintext byte is ever
 * written, not even to the store's temp folder. Content that does not come from a file (an entry of an
 * archive being imported, generated demo files) is streamed in by `storeStream`, never staged elsewhere.
 */

export const DEFAULT_MAX_EVIDENCE_BYTES = 20 * 2 ** 30;
/** Read size: large enough that syscalls and hashing calls are few, small enough to keep memory flat. */
export const CHUNK_BYTES = 4 * 2 ** 20;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const PARTIAL_DIR = '.partial';

export interface StoredFile {
  sha256: string;
  size: number;
  /** False when a file with the same content was already in the store (the new copy was dropped). */
  created: boolean;
}

export type StoreStatus = 'ok' | 'modified' | 'missing';

export function evidenceStoreDirOf(workspacePath: string): string {
  return `${workspacePath}.evidence`;
}

export function storedPathOf(storeDir: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new AppError('invalid_input', `"${sha256.slice(0, 80)}" is not a SHA-256 hash.`);
  return join(storeDir, sha256.slice(0, 2), sha256);
}

/** Where a file is kept: its plain path, or its sealed path when the workspace is encrypted. */
export function storedFilePath(storeDir: string, sha256: string, cipher?: EvidenceCipher | null): string {
  const plain = storedPathOf(storeDir, sha256);
  if (!cipher) return plain;
  const name = cipher.nameOf(sha256);
  return join(storeDir, name.slice(0, 2), `${name}${SEALED_SUFFIX}`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

function sourceError(path: string, error: unknown): AppError {
  // A stream source (an archive entry) fails with its own sentence: a zip bomb, a damaged entry.
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('file_not_found', `No file at ${path}.`);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('file_unreadable', `Cannot read ${path}: permission denied.`);
  if (code === 'EISDIR') return notRegular(path, true);
  return fsError('file_unreadable', `Cannot read ${path}`, error, path, 'read');
}

function notRegular(path: string, isDirectory: boolean): AppError {
  return new AppError(
    'not_a_file',
    isDirectory ? `${path} is a folder, not a file: add the files inside it instead.` : `${path} is not a regular file (a device, pipe or socket cannot be evidence).`,
  );
}

function storeError(storeDir: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC') return new AppError('disk_full', `The disk holding the evidence store ${storeDir} is full; nothing was added.`);
  return fsError('store_unwritable', `Cannot write to the evidence store ${storeDir}`, error, join(storeDir, 'file'));
}

function tooLarge(path: string, size: number, maxBytes: number): AppError {
  return new AppError('file_too_large', `${path} is ${formatBytes(size)}; evidence files are limited to ${formatBytes(maxBytes)}.`);
}

/** Checks that a source can be stored (exists, is a regular file, within the bound) and returns its size. */
export async function checkSource(sourcePath: string, maxBytes = DEFAULT_MAX_EVIDENCE_BYTES): Promise<number> {
  let info;
  try {
    info = await stat(sourcePath);
  } catch (error) {
    throw sourceError(sourcePath, error);
  }
  if (!info.isFile()) throw notRegular(sourcePath, info.isDirectory());
  if (info.size > maxBytes) throw tooLarge(sourcePath, info.size, maxBytes);
  return info.size;
}

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  let offset = 0;
  while (offset < length) {
    const { bytesWritten } = await handle.write(buffer, offset, length - offset);
    offset += bytesWritten;
  }
}

/** Marks a promise as handled now (it is awaited later), so a failure while we wait elsewhere is not "unhandled". */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

const RING = 3;

/**
 * Reads the source once through a ring of three buffers: while chunk N is hashed on this thread, chunk
 * N+1 is read and chunk N-1 written on libuv's pool, so hashing overlaps both copies. Memory stays at
 * RING × CHUNK_BYTES whatever the file size.
 */
async function copyAndHash(source: ByteReader, target: FileHandle, paths: { source: string; store: string }, maxBytes: number) {
  const hash = createHash('sha256');
  const buffers = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK_BYTES));
  const written: Promise<void>[] = buffers.map(() => Promise.resolve());
  let writes: Promise<void> = Promise.resolve();
  let size = 0;
  const readInto = (index: number) =>
    later(
      source.read(buffers[index] ?? Buffer.alloc(0), 0, CHUNK_BYTES, null).catch((error: unknown) => {
        throw sourceError(paths.source, error);
      }),
    );
  let pendingRead = readInto(0);
  try {
    for (let index = 0; ; index = (index + 1) % RING) {
      const { bytesRead } = await pendingRead;
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw tooLarge(paths.source, size, maxBytes);
      const buffer = buffers[index] ?? Buffer.alloc(0);
      const next = (index + 1) % RING;
      await written[next]; // that buffer is free once its previous chunk reached the file
      pendingRead = readInto(next);
      hash.update(buffer.subarray(0, bytesRead));
      // Writes are chained: the file is written in order, each chunk after the previous one.
      writes = later(
        writes.then(() =>
          writeAll(target, buffer, bytesRead).catch((error: unknown) => {
            throw storeError(paths.store, error);
          }),
        ),
      );
      written[index] = writes;
    }
    await writes;
  } catch (error) {
    await Promise.allSettled([pendingRead, writes]);
    throw error;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The encrypted counterpart of copyAndHash (sealed.ts does the sealing). */
function copyHashAndSeal(source: ByteReader, target: FileHandle, paths: { source: string; store: string }, maxBytes: number, cipher: EvidenceCipher) {
  return sealStream(cipher, {
    read: (buffer) =>
      readFull(source, buffer).catch((error: unknown) => {
        throw sourceError(paths.source, error);
      }),
    write: (chunk) =>
      writeAll(target, chunk, chunk.length).catch((error: unknown) => {
        throw storeError(paths.store, error);
      }),
    check: (size) => {
      if (size > maxBytes) throw tooLarge(paths.source, size, maxBytes);
    },
  });
}

async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Directories cannot be opened for fsync on Windows; NTFS journals the rename itself.
  } finally {
    await handle?.close();
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/**
 * Streams a file into the store: hashed while copied to a temp file in the store, fsynced, then renamed
 * into place unless the store already holds that content (dedup). Never holds the file in memory.
 */
export async function storeFile(
  storeDir: string,
  sourcePath: string,
  options: { maxBytes?: number; cipher?: EvidenceCipher | null } = {},
): Promise<StoredFile> {
  await checkSource(sourcePath, options.maxBytes ?? DEFAULT_MAX_EVIDENCE_BYTES);
  let source: FileHandle;
  try {
    source = await open(sourcePath, 'r');
  } catch (error) {
    throw sourceError(sourcePath, error);
  }
  try {
    return await storeFrom(storeDir, source, sourcePath, options);
  } finally {
    await source.close();
  }
}

/**
 * Streams content that is not a file of its own (an archive entry, generated bytes) into the store, exactly
 * as storeFile does: sealed on its way in when the workspace is encrypted, so its plaintext touches no disk.
 * `label` names the content in messages.
 */
export async function storeStream(
  storeDir: string,
  chunks: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>,
  label: string,
  options: { maxBytes?: number; cipher?: EvidenceCipher | null } = {},
): Promise<StoredFile> {
  const iterator = (async function* () {
    yield* chunks;
  })();
  try {
    return await storeFrom(storeDir, chunkReader(iterator), label, options);
  } finally {
    // Stops the source when the store gave up early (too large, disk full).
    await iterator.return?.().catch(() => undefined);
  }
}

async function storeFrom(
  storeDir: string,
  source: ByteReader,
  label: string,
  options: { maxBytes?: number; cipher?: EvidenceCipher | null },
): Promise<StoredFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const cipher = options.cipher ?? null;
  const partialDir = join(storeDir, PARTIAL_DIR);
  const temp = join(partialDir, `${process.pid}-${randomUUID()}`);
  let result: { sha256: string; size: number };
  try {
    const target = await mkdir(partialDir, { recursive: true, mode: 0o700 })
      .then(() => open(temp, 'wx', 0o600))
      .catch((error: unknown) => {
        throw storeError(storeDir, error);
      });
    try {
      const paths = { source: label, store: storeDir };
      result = cipher
        ? await copyHashAndSeal(source, target, paths, maxBytes, cipher)
        : await copyAndHash(source, target, paths, maxBytes);
      await target.sync().catch((error: unknown) => {
        throw storeError(storeDir, error);
      });
    } finally {
      await target.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const finalPath = storedFilePath(storeDir, result.sha256, cipher);
  // A same-named file of another size was damaged: the fresh copy, verified by its name, replaces it.
  if ((await sizeOf(finalPath)) === (cipher ? sealedSizeOf(result.size) : result.size)) {
    await rm(temp, { force: true });
    return { ...result, created: false };
  }
  const prefixDir = dirname(finalPath);
  try {
    await mkdir(prefixDir, { recursive: true, mode: 0o700 });
    await rename(temp, finalPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw storeError(storeDir, error);
  }
  await fsyncDir(prefixDir);
  return { ...result, created: true };
}

/** SHA-256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Re-hashes one stored file: ok, modified (content no longer matches its name) or missing. */
export async function verifyStoredFile(
  storeDir: string,
  sha256: string,
  expectedSize?: number,
  cipher?: EvidenceCipher | null,
): Promise<StoreStatus> {
  const path = storedFilePath(storeDir, sha256, cipher);
  const size = await sizeOf(path);
  if (size === null) return 'missing';
  if (expectedSize !== undefined && size !== (cipher ? sealedSizeOf(expectedSize) : expectedSize)) return 'modified';
  try {
    return (await (cipher ? hashSealedFile(path, cipher) : hashFile(path))) === sha256 ? 'ok' : 'modified';
  } catch (error) {
    if (error instanceof SealedFileError) return 'modified';
    if ((error as { code?: string }).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Re-hashes each stored file (once per distinct hash), in order. */
export async function verifyStore(
  storeDir: string,
  files: readonly { sha256: string; size?: number }[],
  cipher?: EvidenceCipher | null,
): Promise<Map<string, StoreStatus>> {
  const results = new Map<string, StoreStatus>();
  for (const file of files) {
    if (results.has(file.sha256)) continue;
    results.set(file.sha256, await verifyStoredFile(storeDir, file.sha256, file.size, cipher));
  }
  return results;
}

/** Deletes a stored file (and its prefix folder once empty). Absent files are not an error. */
export async function removeFile(storeDir: string, sha256: string, cipher?: EvidenceCipher | null): Promise<void> {
  const path = storedFilePath(storeDir, sha256, cipher);
  await rm(path, { force: true });
  await rmdir(dirname(path)).catch(() => undefined);
}

/**
 * Deletes copies that an interrupted add (a crash, a power cut) left in the store's temp folder. A copy in
 * progress is written to continuously, so anything untouched for an hour is abandoned.
 */
export async function sweepPartials(storeDir: string, olderThanMs = 3_600_000): Promise<number> {
  const dir = join(storeDir, PARTIAL_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const cutoff = Date.now() - olderThanMs;
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.mtimeMs < cutoff) {
      await rm(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}

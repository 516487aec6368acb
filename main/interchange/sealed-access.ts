import { createCipheriv, createDecipheriv } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../shared/ipc/result';
import {
  checkPassphrase,
  deriveKey,
  HEADER_BYTES,
  newHeader,
  nonceOf,
  parseHeader,
  readFully,
  TAG_BYTES,
  type Header,
} from './sealed-file';

/**
 * Sealed files (sealed-file.ts) read and written without a plaintext copy on disk. Each chunk of the format
 * is authenticated on its own (its nonce carries its index and whether it is the last one), so a chunk can
 * be decrypted wherever it sits: `SealedFileReader` hands yauzl the zip inside a sealed .fwassess by random
 * access, decrypting only the chunks yauzl reads; `sealingStream` seals a zip while it is being written.
 */

const WRONG_PASSPHRASE =
  'The passphrase is wrong, or the file was altered: it could not be decrypted. Nothing was imported.';
const DAMAGED = 'This encrypted file was altered or damaged after it was written; nothing was imported.';

/** yauzl's reader over the plaintext of a sealed file; every chunk is authenticated before a byte of it is used. */
export class SealedFileReader extends yauzl.RandomAccessReader {
  /** The size of the plaintext (the zip inside). */
  readonly plainSize: number;
  private readonly chunks: number;
  private cached: { index: number; plain: Buffer } | null = null;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly header: Header,
    private readonly key: Buffer,
    private readonly fileSize: number,
  ) {
    super();
    const record = header.chunk + TAG_BYTES;
    const body = fileSize - HEADER_BYTES;
    this.chunks = Math.max(1, Math.ceil(body / record));
    const lastRecord = body - (this.chunks - 1) * record;
    if (body < TAG_BYTES || lastRecord < TAG_BYTES)
      throw new AppError('file_damaged', 'This encrypted file is truncated or damaged; nothing was imported.');
    this.plainSize = body - this.chunks * TAG_BYTES;
  }

  /** Opens a sealed file; a wrong passphrase is found here, on the first chunk, with `wrong_passphrase`. */
  static async open(path: string, passphrase: string): Promise<SealedFileReader> {
    checkPassphrase(passphrase);
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const headerBytes = Buffer.alloc(HEADER_BYTES);
      if ((await readFully(handle, headerBytes, 0)) < HEADER_BYTES)
        throw new AppError('file_damaged', 'This encrypted file is truncated.');
      const header = parseHeader(headerBytes);
      const reader = new SealedFileReader(handle, header, await deriveKey(passphrase, header), size);
      await reader.chunk(0);
      return reader;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** The plaintext of chunk `index`, decrypted and authenticated (the last one is kept for the next read). */
  private async chunk(index: number): Promise<Buffer> {
    if (this.cached?.index === index) return this.cached.plain;
    const record = this.header.chunk + TAG_BYTES;
    const position = HEADER_BYTES + index * record;
    const length = Math.min(record, this.fileSize - position);
    const buffer = Buffer.alloc(length);
    if ((await readFully(this.handle, buffer, position)) < length) throw new AppError('file_damaged', DAMAGED);
    const last = index === this.chunks - 1;
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonceOf(this.header, index, last));
    decipher.setAAD(this.header.bytes);
    decipher.setAuthTag(buffer.subarray(length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(buffer.subarray(0, length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new AppError(index === 0 ? 'wrong_passphrase' : 'file_damaged', index === 0 ? WRONG_PASSPHRASE : DAMAGED);
    }
    this.cached = { index, plain };
    return plain;
  }

  private async *range(start: number, end: number): AsyncGenerator<Buffer> {
    if (end > this.plainSize) throw new AppError('file_damaged', DAMAGED);
    for (let at = start; at < end;) {
      const index = Math.floor(at / this.header.chunk);
      const plain = await this.chunk(index);
      const from = at - index * this.header.chunk;
      const to = Math.min(plain.length, end - index * this.header.chunk);
      if (to <= from) throw new AppError('file_damaged', DAMAGED);
      // A copy: the cached chunk is reused, and yauzl may hold on to what it is given.
      yield Buffer.from(plain.subarray(from, to));
      at += to - from;
    }
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(this.range(start, end), { objectMode: false });
  }

  override close(callback: (err: Error | null) => void): void {
    // A failure to close a file opened read-only loses nothing; reporting it would be an unhandled 'error' event.
    this.release().then(
      () => callback(null),
      () => callback(null),
    );
  }

  /** Closes the file (also what yauzl's close calls); safe to call twice. */
  async release(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cached = null;
    await this.handle.close();
  }
}

/**
 * A transform that seals what flows through it (the sealed-file format, chunk by chunk): one chunk is held
 * back until the next arrives or the stream ends, so that the last one is marked as such. The key is derived
 * first, so the caller awaits this before writing anything.
 */
export async function sealingStream(passphrase: string): Promise<Transform> {
  checkPassphrase(passphrase);
  const header = newHeader();
  const key = await deriveKey(passphrase, header);
  const size = header.chunk;
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let started = false;
  const seal = (plain: Buffer, last: boolean): Buffer => {
    if (index > 0xffffffff) throw new AppError('file_too_large', 'The file is too large to encrypt.');
    const cipher = createCipheriv('aes-256-gcm', key, nonceOf(header, index, last));
    cipher.setAAD(header.bytes);
    index += 1;
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        const out: Buffer[] = [];
        if (!started) {
          out.push(header.bytes);
          started = true;
        }
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        // Keep at least one byte back: a full chunk is the last only if nothing follows it.
        while (pending.length > size) {
          out.push(seal(pending.subarray(0, size), false));
          pending = pending.subarray(size);
        }
        done(null, out.length > 0 ? Buffer.concat(out) : undefined);
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        done(null, Buffer.concat([...(started ? [] : [header.bytes]), seal(pending, true)]));
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

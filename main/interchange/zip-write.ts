import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { entryNameProblem, ENTRY_NAME_PROBLEMS } from '../../shared/interchange/paths';
import { AppError } from '../../shared/ipc/result';
import { fsError } from '../fs/fs-errors';

/**
 * Writes a zip archive with yazl, streamed: files are read once, hashed on their way into the archive, and
 * never held in memory. The archive is written next to its destination under a temporary name, fsynced,
 * then renamed over it, so a crash leaves either no file or a complete one. An optional transform sits
 * between the archive and the file (an encrypted export seals the zip there, so no plaintext copy of it is
 * ever written).
 */

export interface WrittenEntry {
  name: string;
  sha256: string;
  size: number;
}

function hashing(onDone: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      onDone(hash.digest('hex'), size);
      done();
    },
  });
}

export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly written: WrittenEntry[] = [];
  private readonly pending: Promise<void>[] = [];
  private readonly names = new Set<string>();
  private readonly output: Promise<void>;
  private readonly out: ReturnType<typeof createWriteStream>;
  readonly tempPath: string;

  /** Timestamps are fixed per archive (the injected clock), not taken from the files. */
  constructor(
    readonly path: string,
    private readonly mtime: Date,
    through?: Transform,
  ) {
    this.tempPath = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`);
    const out = createWriteStream(this.tempPath, { flags: 'wx', mode: 0o600 });
    this.out = out;
    if (through) this.output = pipeline(this.zip.outputStream, through, out);
    else {
      this.zip.outputStream.pipe(out);
      this.output = finished(out);
    }
    this.output.catch(() => undefined);
  }

  private claim(name: string): void {
    const problem = entryNameProblem(name);
    if (problem) throw new Error(`refusing to write entry "${name}": it ${ENTRY_NAME_PROBLEMS[problem]}`);
    if (this.names.has(name)) throw new Error(`entry "${name}" written twice`);
    this.names.add(name);
  }

  addBuffer(name: string, data: Uint8Array): WrittenEntry {
    this.claim(name);
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const entry = { name, sha256: createHash('sha256').update(buffer).digest('hex'), size: buffer.length };
    this.zip.addBuffer(buffer, name, { mtime: this.mtime, mode: 0o100644 });
    this.written.push(entry);
    return entry;
  }

  /**
   * Streams a file (a path, or chunks such as a decrypted stored evidence file) in; the promise gives its
   * hash once yazl has consumed it.
   */
  addFile(
    name: string,
    from: string | AsyncIterable<Buffer>,
    label = typeof from === 'string' ? from : name,
  ): Promise<WrittenEntry> {
    this.claim(name);
    const done = new Promise<WrittenEntry>((resolve, reject) => {
      const source = typeof from === 'string' ? createReadStream(from) : Readable.from(from, { objectMode: false });
      const tap = hashing((sha256, size) => {
        const entry = { name, sha256, size };
        this.written.push(entry);
        resolve(entry);
      });
      source.on('error', (error: Error) => {
        // Reported through `done` below; the tap's own error event would otherwise be unhandled.
        tap.on('error', () => undefined);
        tap.destroy(error);
        reject(fsError('file_unreadable', `Cannot read ${label}`, error, label, 'read'));
      });
      this.zip.addReadStream(source.pipe(tap), name, { mtime: this.mtime, mode: 0o100644 });
    });
    this.pending.push(done.then(() => undefined));
    return done;
  }

  /** Waits until every streamed file went into the archive (before writing a manifest of their hashes). */
  async drain(): Promise<WrittenEntry[]> {
    // If the archive file itself fails (disk full, no folder), yazl stops pulling and nothing else would settle.
    const outputFailed = this.output.then(() => {
      throw new Error('the archive was closed before all files were added');
    });
    outputFailed.catch(() => undefined);
    await Promise.race([Promise.all(this.pending), outputFailed]);
    return [...this.written];
  }

  /** Finishes the archive, fsyncs it and renames it into place. */
  async finish(): Promise<WrittenEntry[]> {
    await this.drain();
    this.zip.end();
    await this.output;
    const handle = await open(this.tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.tempPath, this.path);
    return [...this.written];
  }

  /** Abandons the archive and removes the partial file. */
  async abort(): Promise<void> {
    this.zip.outputStream.unpipe();
    this.out.destroy();
    await this.output.catch(() => undefined);
    await rm(this.tempPath, { force: true });
  }
}

/** Maps a write failure to a sentence (disk full, no permission), or passes an AppError through. */
export function writeError(path: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC') return new AppError('disk_full', `The disk is full; ${path} was not written.`);
  return fsError('file_unwritable', `Cannot write ${path}`, error, path);
}

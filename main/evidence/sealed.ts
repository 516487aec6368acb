import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { ByteReader } from './byte-reader';

/**
 * Sealed evidence files: how an encrypted workspace keeps its evidence. AES-256-GCM in independent chunks,
 * so a file of any size is encrypted and decrypted streaming, with flat memory, and any change, reordering
 * or truncation is detected.
 *
 * File layout (version 1), all integers big-endian:
 *
 *   header, 40 bytes
 *     0   4  magic "FWE1"
 *     4   4  chunk size C in bytes (1 MiB)
 *     8  32  salt, random per file
 *   then one record per chunk, in order
 *     12     nonce, random per chunk
 *     n      ciphertext of the chunk: n = C for every chunk but the last, 0 < n ≤ C for the last
 *            (n = 0 only when the whole file is empty, which is then exactly one record)
 *     16     GCM authentication tag
 *
 * Keys: the workspace's 32-byte data key (data-key.ts) never encrypts directly. Each file has its own key,
 * HKDF-SHA256(data key, salt, "fieldwork evidence file v1"), and each chunk's additional authenticated data
 * is the 40-byte header followed by the chunk index (8 bytes) and a final-chunk flag (1 byte): a chunk moved,
 * dropped, duplicated or taken from another file fails authentication, and so does a file cut short at a
 * chunk boundary (its last chunk is not marked final).
 *
 * Names: the store stays content-addressed by the plaintext SHA-256 (dedup and verify work as for plain
 * files), but the file name on disk is HMAC-SHA256(name key, sha256), the name key being
 * HKDF-SHA256(data key, "", "fieldwork evidence names v1"): someone holding a known document cannot
 * confirm from the names alone that the workspace holds it.
 */

export const SEALED_MAGIC = Buffer.from('FWE1', 'latin1');
export const SEALED_CHUNK_BYTES = 2 ** 20;
export const SEALED_HEADER_BYTES = 40;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const RECORD_OVERHEAD = NONCE_BYTES + TAG_BYTES;
export const SEALED_SUFFIX = '.fwenc';

export class SealedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedFileError';
  }
}

/** Size on disk of a sealed file holding `plainSize` bytes. */
export function sealedSizeOf(plainSize: number, chunk = SEALED_CHUNK_BYTES): number {
  const chunks = plainSize === 0 ? 1 : Math.ceil(plainSize / chunk);
  return SEALED_HEADER_BYTES + chunks * RECORD_OVERHEAD + plainSize;
}

function aad(header: Buffer, index: number, final: boolean): Buffer {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(BigInt(index), 0);
  tail[8] = final ? 1 : 0;
  return Buffer.concat([header, tail]);
}

/** Encrypts one file, chunk by chunk, in order. */
export class Sealer {
  readonly header: Buffer;
  private index = 0;
  private done = false;

  constructor(
    private readonly key: Buffer,
    salt: Buffer,
  ) {
    this.header = Buffer.alloc(SEALED_HEADER_BYTES);
    SEALED_MAGIC.copy(this.header, 0);
    this.header.writeUInt32BE(SEALED_CHUNK_BYTES, 4);
    salt.copy(this.header, 8);
  }

  /** The record for the next chunk (C bytes, or fewer when final). */
  seal(plain: Buffer, final: boolean): Buffer[] {
    if (this.done) throw new SealedFileError('The sealed file is already complete.');
    if (!final && plain.length !== SEALED_CHUNK_BYTES) throw new SealedFileError('Only the final chunk may be short.');
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(aad(this.header, this.index, final));
    const body = cipher.update(plain);
    cipher.final();
    this.index += 1;
    this.done = final;
    return [nonce, body, cipher.getAuthTag()];
  }
}

/** The evidence cipher of one workspace, from its data key. */
export class EvidenceCipher {
  private readonly nameKey: Buffer;

  constructor(private readonly dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('The evidence data key must be 32 bytes.');
    this.nameKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'fieldwork evidence names v1', 32));
  }

  /** The on-disk name (64 hex digits) of the file whose plaintext SHA-256 is `sha256`. */
  nameOf(sha256: string): string {
    return createHmac('sha256', this.nameKey).update(sha256, 'latin1').digest('hex');
  }

  private fileKey(salt: Buffer): Buffer {
    return Buffer.from(hkdfSync('sha256', this.dataKey, salt, 'fieldwork evidence file v1', 32));
  }

  sealer(): Sealer {
    const salt = randomBytes(32);
    return new Sealer(this.fileKey(salt), salt);
  }

  /**
   * Decrypts a sealed file, yielding its plaintext chunk by chunk (each authenticated before it is
   * yielded). Throws SealedFileError when anything was changed, cut or is not a sealed file.
   */
  async *open(handle: FileHandle, fileSize: number): AsyncGenerator<Buffer> {
    if (fileSize < SEALED_HEADER_BYTES + RECORD_OVERHEAD) throw new SealedFileError('too short to be a sealed file');
    const header = Buffer.alloc(SEALED_HEADER_BYTES);
    await readExactly(handle, header, 0);
    if (!header.subarray(0, 4).equals(SEALED_MAGIC)) throw new SealedFileError('not a sealed evidence file');
    const chunk = header.readUInt32BE(4);
    if (chunk !== SEALED_CHUNK_BYTES) throw new SealedFileError(`unsupported chunk size ${chunk}`);
    const key = this.fileKey(header.subarray(8, 40));
    const record = Buffer.allocUnsafe(chunk + RECORD_OVERHEAD);
    let position = SEALED_HEADER_BYTES;
    for (let index = 0; position < fileSize; index += 1) {
      const length = Math.min(record.length, fileSize - position);
      if (length < RECORD_OVERHEAD) throw new SealedFileError('truncated chunk');
      await readExactly(handle, record.subarray(0, length), position);
      position += length;
      const final = position === fileSize;
      if (!final && length !== record.length) throw new SealedFileError('short chunk before the end');
      const decipher = createDecipheriv('aes-256-gcm', key, record.subarray(0, NONCE_BYTES));
      decipher.setAAD(aad(header, index, final));
      decipher.setAuthTag(record.subarray(length - TAG_BYTES, length));
      const plain = decipher.update(record.subarray(NONCE_BYTES, length - TAG_BYTES));
      try {
        decipher.final();
      } catch {
        throw new SealedFileError(`chunk ${index} failed authentication`);
      }
      yield plain;
    }
  }
}

async function readExactly(handle: FileHandle, target: Buffer, position: number): Promise<void> {
  let offset = 0;
  while (offset < target.length) {
    const { bytesRead } = await handle.read(target, offset, target.length - offset, position + offset);
    if (bytesRead === 0) throw new SealedFileError('file ended early');
    offset += bytesRead;
  }
}

/** Fills `target` from the current position unless the file ends first; returns the bytes read. */
export async function readFull(handle: ByteReader, target: Buffer): Promise<number> {
  let offset = 0;
  while (offset < target.length) {
    const { bytesRead } = await handle.read(target, offset, target.length - offset, null);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return offset;
}

/**
 * Streams plaintext into a sealed file: reads 1 MiB chunks (one read ahead, to know which chunk is the
 * last), hashes each plaintext chunk while the next one is read, and writes it sealed. Memory stays at two
 * chunk buffers and one sealed record whatever the size. Returns the plaintext's SHA-256 and size.
 */
export async function sealStream(
  cipher: EvidenceCipher,
  io: { read(buffer: Buffer): Promise<number>; write(chunk: Buffer): Promise<void>; check(size: number): void },
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const sealer = cipher.sealer();
  const buffers = [Buffer.allocUnsafe(SEALED_CHUNK_BYTES), Buffer.allocUnsafe(SEALED_CHUNK_BYTES)] as const;
  await io.write(sealer.header);
  let size = 0;
  let index: 0 | 1 = 0;
  let length = await io.read(buffers[0]);
  for (;;) {
    size += length;
    io.check(size);
    const current = buffers[index].subarray(0, length);
    const other: 0 | 1 = index === 0 ? 1 : 0;
    // A short chunk is the last; a full one is the last only when nothing follows it.
    const next = length === SEALED_CHUNK_BYTES ? io.read(buffers[other]) : Promise.resolve(0);
    next.catch(() => undefined);
    hash.update(current);
    const nextLength = await next;
    for (const part of sealer.seal(current, nextLength === 0)) await io.write(part);
    if (nextLength === 0) break;
    index = other;
    length = nextLength;
  }
  return { sha256: hash.digest('hex'), size };
}

/** SHA-256 of a sealed file's plaintext, decrypting as it hashes; throws SealedFileError when tampered with. */
export async function hashSealedFile(path: string, cipher: EvidenceCipher): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    for await (const chunk of cipher.open(handle, (await handle.stat()).size)) hash.update(chunk);
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

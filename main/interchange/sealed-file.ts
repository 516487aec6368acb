import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/ipc/result';

/**
 * Passphrase encryption of a whole file ("sealed file", used for encrypted .fwassess assessments).
 *
 * Format, version 1 — all integers big-endian:
 *
 *   offset  size  field
 *        0     8  magic, ASCII "FWSEAL01"
 *        8     1  key derivation: 1 = scrypt (node:crypto)
 *        9     1  scrypt cost as log2(N)   (we write 17; accepted 10–20 within the memory cap below)
 *       10     1  scrypt block size r      (we write 8)
 *       11     1  scrypt parallelism p     (we write 1)
 *       12    16  salt, random per file
 *       28     7  nonce prefix, random per file
 *       35     4  chunk size in bytes      (we write 1 MiB; accepted 4 KiB–16 MiB)
 *       39     …  chunks
 *
 * The key is scrypt(passphrase as NFC UTF-8, salt, N, r, p) → 32 bytes, used with AES-256-GCM. The plaintext
 * is cut into chunks of `chunk size` bytes (the last one shorter, possibly empty); chunk i is sealed as
 * ciphertext ‖ 16-byte tag with nonce = prefix(7) ‖ i (4 bytes) ‖ last (1 byte: 1 for the final chunk, else 0)
 * and the 39 header bytes as additional data. This is the STREAM construction (Hoang, Reyhanitabar, Rogaway,
 * Vizár, 2015): reordering, dropping or truncating chunks, or editing the header, makes authentication fail;
 * memory stays at one chunk whatever the file size.
 */

export const SEAL_MAGIC = Buffer.from('FWSEAL01', 'ascii');
export const HEADER_BYTES = 39;
export const TAG_BYTES = 16;
const KDF_SCRYPT = 1;
const DEFAULT_LOG_N = 17;
const DEFAULT_R = 8;
const DEFAULT_P = 1;
const DEFAULT_CHUNK = 2 ** 20;
/** scrypt needs 128·N·r bytes; a file may not ask for more than this. */
const MAX_SCRYPT_MEMORY = 256 * 2 ** 20;
export const MAX_PASSPHRASE_LENGTH = 1024;

export interface Header {
  bytes: Buffer;
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  prefix: Buffer;
  chunk: number;
}

export function deriveKey(passphrase: string, header: Header): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** header.logN, r: header.r, p: header.p, maxmem: MAX_SCRYPT_MEMORY + 2 ** 20 };
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(passphrase.normalize('NFC'), 'utf8'), header.salt, 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function nonceOf(header: Header, index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  header.prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

export function checkPassphrase(passphrase: string): void {
  if (passphrase.length === 0)
    throw new AppError('passphrase_required', 'Enter a passphrase to encrypt or decrypt this file.');
  if (passphrase.length > MAX_PASSPHRASE_LENGTH)
    throw new AppError('invalid_input', `A passphrase is at most ${MAX_PASSPHRASE_LENGTH} characters.`);
}

/** True when the file starts with the sealed-file magic. */
export async function isSealedFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(SEAL_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SEAL_MAGIC);
  } finally {
    await handle.close();
  }
}

export async function readFully(handle: FileHandle, buffer: Buffer, position: number): Promise<number> {
  let total = 0;
  while (total < buffer.length) {
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, position + total);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total;
}

/** A fresh header: our KDF settings, a random salt and nonce prefix. */
export function newHeader(): Header {
  const bytes = Buffer.alloc(HEADER_BYTES);
  SEAL_MAGIC.copy(bytes, 0);
  bytes.writeUInt8(KDF_SCRYPT, 8);
  bytes.writeUInt8(DEFAULT_LOG_N, 9);
  bytes.writeUInt8(DEFAULT_R, 10);
  bytes.writeUInt8(DEFAULT_P, 11);
  const salt = randomBytes(16);
  const prefix = randomBytes(7);
  salt.copy(bytes, 12);
  prefix.copy(bytes, 28);
  bytes.writeUInt32BE(DEFAULT_CHUNK, 35);
  return { bytes, logN: DEFAULT_LOG_N, r: DEFAULT_R, p: DEFAULT_P, salt, prefix, chunk: DEFAULT_CHUNK };
}

/** Encrypts `source` into `target` (created; removed again on failure). */
export async function sealFile(source: string, target: string, passphrase: string): Promise<void> {
  checkPassphrase(passphrase);
  const header = newHeader();
  const { bytes } = header;
  const key = await deriveKey(passphrase, header);
  const input = await open(source, 'r');
  let output: FileHandle | undefined;
  try {
    output = await open(target, 'wx', 0o600);
    await output.write(bytes);
    const size = (await input.stat()).size;
    const buffer = Buffer.alloc(header.chunk);
    let index = 0;
    let position = 0;
    for (;;) {
      const read = await readFully(input, buffer, position);
      position += read;
      const last = position >= size;
      const cipher = createCipheriv('aes-256-gcm', key, nonceOf(header, index, last));
      cipher.setAAD(bytes);
      await output.write(Buffer.concat([cipher.update(buffer.subarray(0, read)), cipher.final(), cipher.getAuthTag()]));
      if (last) break;
      index += 1;
      if (index > 0xffffffff) throw new AppError('file_too_large', 'The file is too large to encrypt.');
    }
    await output.sync();
  } catch (error) {
    await output?.close();
    output = undefined;
    await rm(target, { force: true });
    throw error;
  } finally {
    await output?.close();
    await input.close();
  }
}

export function parseHeader(bytes: Buffer): Header {
  if (!bytes.subarray(0, 8).equals(SEAL_MAGIC))
    throw new AppError('not_sealed', 'This file is not an encrypted Fieldwork file.');
  const kdf = bytes.readUInt8(8);
  const logN = bytes.readUInt8(9);
  const r = bytes.readUInt8(10);
  const p = bytes.readUInt8(11);
  const chunk = bytes.readUInt32BE(35);
  const sane =
    kdf === KDF_SCRYPT &&
    logN >= 10 &&
    logN <= 20 &&
    r >= 1 &&
    r <= 32 &&
    p >= 1 &&
    p <= 16 &&
    128 * 2 ** logN * r <= MAX_SCRYPT_MEMORY;
  if (!sane || chunk < 4096 || chunk > 16 * 2 ** 20) {
    throw new AppError(
      'file_damaged',
      'This encrypted file uses settings Fieldwork does not accept (damaged, or made by another program).',
    );
  }
  return { bytes, logN, r, p, salt: bytes.subarray(12, 28), prefix: bytes.subarray(28, 35), chunk };
}

/**
 * Decrypts `source` into `target`. A wrong passphrase fails on the first chunk with `wrong_passphrase`;
 * damage anywhere later fails with `file_damaged`. The partial output is removed on any failure.
 */
export async function unsealFile(source: string, target: string, passphrase: string): Promise<void> {
  checkPassphrase(passphrase);
  const input = await open(source, 'r');
  let output: FileHandle | undefined;
  try {
    const size = (await input.stat()).size;
    const headerBytes = Buffer.alloc(HEADER_BYTES);
    if ((await readFully(input, headerBytes, 0)) < HEADER_BYTES)
      throw new AppError('file_damaged', 'This encrypted file is truncated.');
    const header = parseHeader(headerBytes);
    const key = await deriveKey(passphrase, header);
    output = await open(target, 'wx', 0o600);
    const buffer = Buffer.alloc(header.chunk + TAG_BYTES);
    let position = HEADER_BYTES;
    for (let index = 0; ; index += 1) {
      const read = await readFully(input, buffer, position);
      if (read < TAG_BYTES)
        throw new AppError('file_damaged', 'This encrypted file is truncated or damaged; nothing was imported.');
      position += read;
      const last = position >= size;
      const decipher = createDecipheriv('aes-256-gcm', key, nonceOf(header, index, last));
      decipher.setAAD(header.bytes);
      decipher.setAuthTag(buffer.subarray(read - TAG_BYTES, read));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(buffer.subarray(0, read - TAG_BYTES)), decipher.final()]);
      } catch {
        throw index === 0
          ? new AppError(
              'wrong_passphrase',
              'The passphrase is wrong, or the file was altered: it could not be decrypted. Nothing was imported.',
            )
          : new AppError(
              'file_damaged',
              'This encrypted file was altered or damaged after it was written; nothing was imported.',
            );
      }
      await output.write(plain);
      if (last) break;
    }
  } catch (error) {
    await output?.close();
    output = undefined;
    await rm(target, { force: true });
    throw error;
  } finally {
    await output?.close();
    await input.close();
  }
}

import { createHash, createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file under `root` (recursively), sorted. */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** The files among `paths` whose bytes contain `needle` (read whole: test files are small, or scanned in windows). */
export function filesContaining(paths: readonly string[], needle: string | Buffer): string[] {
  const bytes = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
  return paths.filter((path) => existsSync(path) && statSync(path).isFile() && readFileSync(path).includes(bytes));
}

export function sha256Of(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
}

/**
 * Decrypts page 1 of a SQLCipher 4 database with nothing but Node's crypto, following SQLCipher's published
 * design (https://www.zetetic.net/sqlcipher/design/): PBKDF2-HMAC-SHA512, 256,000 iterations over the
 * 16-byte salt at the start of the file; AES-256-CBC over bytes 16 … page end − 80; the IV and an
 * HMAC-SHA512 (key: PBKDF2 of the key over salt XOR 0x3a, 2 iterations) of ciphertext ‖ IV ‖ page number
 * (little-endian) in the 80 reserved bytes. An independent check that a workspace is SQLCipher 4.
 */
export function readSqlcipherPage1(file: Buffer, passphrase: string, pageSize = 4096) {
  const salt = file.subarray(0, 16);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 256_000, 32, 'sha512');
  const hmacKey = pbkdf2Sync(key, Buffer.from(salt.map((b) => b ^ 0x3a)), 2, 32, 'sha512');
  const reserve = 80;
  const body = file.subarray(16, pageSize - reserve);
  const iv = file.subarray(pageSize - reserve, pageSize - reserve + 16);
  const mac = file.subarray(pageSize - 64, pageSize);
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const hmacOk = createHmac('sha512', hmacKey).update(body).update(iv).update(pageNumber).digest().equals(mac);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(body), decipher.final()]);
  // plain[i] is byte 16 + i of the page: the rest of SQLite's 100-byte header.
  return {
    hmacOk,
    pageSize: plain.readUInt16BE(0),
    reservedBytes: plain[4],
    payloadFractions: [plain[5], plain[6], plain[7]],
    applicationId: plain.readUInt32BE(68 - 16),
  };
}

import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * Builds hostile variants of real archives for the tests: rewrites a zip with entries changed, added or
 * dropped (yazl), and patches bytes in place for what yazl refuses to write (traversal names, backslashes,
 * forged sizes) — exactly what an attacker's tool would produce.
 */

export interface RawEntry {
  name: string;
  data: Buffer;
}

export async function readEntries(path: string): Promise<RawEntry[]> {
  const zip = await yauzl.openPromise(path);
  const entries: RawEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}

export async function writeEntries(path: string, entries: readonly RawEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  for (const e of entries) zip.addBuffer(e.data, e.name, { mtime: new Date('2026-11-22T00:00:00Z') });
  zip.end();
  await finished(out);
}

/** Rewrites `source` into `target`, letting `change` edit the list of entries. */
export async function rewriteZip(
  source: string,
  target: string,
  change: (entries: RawEntry[]) => RawEntry[],
): Promise<void> {
  await writeEntries(target, change(await readEntries(source)));
}

/** Replaces every occurrence of an entry name's bytes by another name of the same byte length. */
export function renameInPlace(path: string, from: string, to: string): void {
  const a = Buffer.from(from, 'utf8');
  const b = Buffer.from(to, 'utf8');
  if (a.length !== b.length) throw new Error('names must have the same byte length');
  const bytes = readFileSync(path);
  let at = bytes.indexOf(a);
  let count = 0;
  while (at >= 0) {
    b.copy(bytes, at);
    count += 1;
    at = bytes.indexOf(a, at + b.length);
  }
  if (count < 2)
    throw new Error(`expected the name in the local header and the central directory, found it ${count} times`);
  writeFileSync(path, bytes);
}

/** Forges the uncompressed size declared for `name` in the central directory and the local header. */
export function forgeDeclaredSize(path: string, name: string, size: number): void {
  const bytes = readFileSync(path);
  const nameBytes = Buffer.from(name, 'utf8');
  let patched = 0;
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x02014b50 && bytes.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)) {
      bytes.writeUInt32LE(size, i + 24);
      patched += 1;
    } else if (signature === 0x04034b50 && bytes.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)) {
      if (bytes.readUInt32LE(i + 22) !== 0) bytes.writeUInt32LE(size, i + 22);
      patched += 1;
    }
  }
  if (patched < 2) throw new Error(`entry ${name} not found in both headers`);
  writeFileSync(path, bytes);
}

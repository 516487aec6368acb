import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { evidenceCipherOf } from '../../main/evidence/data-key';
import { readStoredFile } from '../../main/evidence/read';
import { SEALED_CHUNK_BYTES, SEALED_HEADER_BYTES, sealedSizeOf, type EvidenceCipher } from '../../main/evidence/sealed';
import { evidenceStoreDirOf, storedFilePath, storeFile, verifyStoredFile } from '../../main/evidence/store';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addEvidence, removeEvidence, verifyEvidence } from '../../main/services/evidence';
import { filesContaining, filesUnder } from '../support/disk-scan';
import { smallCatalog } from '../support/small-catalog';

/* Evidence of an encrypted workspace: sealed with AES-256-GCM in chunks, addressed by the plaintext SHA-256. */

const PASS = 'correct horse battery staple';
const MARKER = 'payroll-export employee=Ada Lovelace salary=';

let dir: string;
let store: string;
let ctx: ServiceContext;
let cipher: EvidenceCipher;
let assessmentId: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-sealed-'));
  const workspace = join(dir, 'w.fwdb');
  store = evidenceStoreDirOf(workspace);
  ctx = {
    db: openWorkspaceDb(workspace, { create: true, passphrase: PASS }),
    catalog: smallCatalog(),
    now: () => new Date('2026-11-15T10:00:00Z'),
  };
  const found = evidenceCipherOf(ctx.db);
  if (!found) throw new Error('an encrypted workspace must have an evidence key');
  cipher = found;
  assessmentId = createAssessment(ctx, {
    organisation: 'Acme Robotics',
    systemName: 'Vision API',
    reportType: 'II',
    categories: ['availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  }).id;
});

afterEach(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function source(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function plaintextOf(sha: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of readStoredFile(store, sha, cipher)) parts.push(chunk);
  return Buffer.concat(parts);
}

function add(filePath: string) {
  return addEvidence(ctx, store, {
    assessmentId,
    filePath,
    controlIds: ['SEC-AC-01'],
    kind: 'log_export',
    periodFrom: '2026-09-01',
  });
}

/** Rewrites `length` bytes at `offset` of a file with `bytes`. */
function patch(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

function read(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, offset);
  closeSync(fd);
  return buffer;
}

describe('sealed evidence files', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one chunk', SEALED_CHUNK_BYTES],
    ['one chunk and a byte', SEALED_CHUNK_BYTES + 1],
    ['two and a half chunks', Math.floor(2.5 * SEALED_CHUNK_BYTES)],
  ])('round-trips a file of %s (%i bytes), sized as the format says', async (_label, size) => {
    const content = Buffer.alloc(size);
    for (let i = 0; i < size; i++) content[i] = (i * 31 + 7) & 0xff;
    const item = await add(source('data.bin', content));
    expect(item.sha256).toBe(sha256(content));
    expect(item.size).toBe(size);
    const onDisk = storedFilePath(store, item.sha256, cipher);
    // header + one record (nonce + tag = 28 bytes) per chunk, the empty file being one empty record.
    const chunks = size === 0 ? 1 : Math.ceil(size / SEALED_CHUNK_BYTES);
    expect(statSync(onDisk).size).toBe(40 + 28 * chunks + size);
    expect(sealedSizeOf(size)).toBe(40 + 28 * chunks + size);
    expect((await plaintextOf(item.sha256)).equals(content)).toBe(true);
    expect(await verifyStoredFile(store, item.sha256, size, cipher)).toBe('ok');
  });

  it('keeps no plaintext and no plaintext hash anywhere in the store, temp folder included', async () => {
    const content = `${MARKER}123456\n`.repeat(50_000);
    const item = await add(source('payroll.csv', content));
    const files = filesUnder(store);
    expect(files).toEqual([storedFilePath(store, item.sha256, cipher)]);
    expect(filesContaining(files, MARKER)).toEqual([]);
    // Names are keyed hashes: neither the content's SHA-256 nor the original name shows on disk.
    expect(files[0]).not.toContain(item.sha256);
    expect(files[0]).toMatch(/[0-9a-f]{2}\/[0-9a-f]{64}\.fwenc$/);
    expect(filesContaining(files, item.sha256)).toEqual([]);
    expect(filesContaining(files, 'payroll.csv')).toEqual([]);
  });

  it('deduplicates by plaintext: the same content added twice is sealed once, removed with its last item', async () => {
    const content = `${MARKER}999\n`.repeat(1000);
    const a = await add(source('a.csv', content));
    const b = await add(source('b.csv', content));
    expect(b.sha256).toBe(a.sha256);
    expect(filesUnder(store)).toHaveLength(1);
    expect(await removeEvidence(ctx, store, a.id)).toEqual({ itemRemoved: true, fileRemoved: false });
    expect(await removeEvidence(ctx, store, b.id)).toEqual({ itemRemoved: true, fileRemoved: true });
    expect(filesUnder(store)).toEqual([]);
  });

  it('detects a changed byte, a swapped chunk, a cut-off end and a missing file', async () => {
    const content = Buffer.alloc(3 * SEALED_CHUNK_BYTES + 100, 0x41);
    const item = await add(source('big.log', content));
    const path = storedFilePath(store, item.sha256, cipher);
    const pristine = readFileSync(path);
    const record = SEALED_CHUNK_BYTES + 28;
    const verify = async () => (await verifyEvidence(ctx, store, assessmentId)).items[0]?.status;
    expect(await verify()).toBe('ok');

    patch(path, SEALED_HEADER_BYTES + record + 500, Buffer.from([pristine[SEALED_HEADER_BYTES + record + 500]! ^ 1]));
    expect(await verify()).toBe('modified');

    writeFileSync(path, pristine);
    const first = read(path, SEALED_HEADER_BYTES, record);
    const second = read(path, SEALED_HEADER_BYTES + record, record);
    patch(path, SEALED_HEADER_BYTES, second);
    patch(path, SEALED_HEADER_BYTES + record, first);
    expect(await verify()).toBe('modified');

    // Cut at a chunk boundary: the remaining chunks authenticate, but none is marked final.
    writeFileSync(path, pristine);
    truncateSync(path, SEALED_HEADER_BYTES + 3 * record);
    expect(await verifyStoredFile(store, item.sha256, undefined, cipher)).toBe('modified');

    rmSync(path);
    expect(await verify()).toBe('missing');
  });

  it('seals a 300 MB file streaming, with flat memory, and verifies it by decrypting as it hashes', async () => {
    const big = join(dir, 'inference-api.log');
    const size = 300 * 2 ** 20;
    writeFileSync(big, `${MARKER}head of a large log export\n`);
    truncateSync(big, size); // sparse: quick to make, read back as real bytes
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    let sha: string;
    try {
      const stored = await storeFile(store, big, { cipher });
      sha = stored.sha256;
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(stored.size).toBe(size);
      expect(await verifyStoredFile(store, sha, size, cipher)).toBe('ok');
      peak = Math.max(peak, process.memoryUsage().rss);
    } finally {
      clearInterval(timer);
    }
    expect(peak - baseline).toBeLessThan(100 * 2 ** 20);
    // sha256sum is the independent check of the plaintext hash the store computed while sealing.
    expect(sha).toBe(execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(' ')[0]);
    const onDisk = storedFilePath(store, sha, cipher);
    expect(statSync(onDisk).size).toBe(sealedSizeOf(size));
    expect(read(onDisk, 0, 4096).includes(Buffer.from(MARKER))).toBe(false);
  }, 120_000);
});

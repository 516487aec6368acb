import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { EvidenceCipher } from './sealed';
import { CHUNK_BYTES, storedFilePath } from './store';

/** The plaintext of a stored file, chunk by chunk (decrypted and authenticated when sealed). */
export async function* readStoredFile(
  storeDir: string,
  sha256: string,
  cipher?: EvidenceCipher | null,
): AsyncGenerator<Buffer> {
  const path = storedFilePath(storeDir, sha256, cipher);
  if (!cipher) {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) yield chunk as Buffer;
    return;
  }
  const handle = await open(path, 'r');
  try {
    yield* cipher.open(handle, (await handle.stat()).size);
  } finally {
    await handle.close();
  }
}

/**
 * What is wrong with a damaged zip archive, in words a person can use, from the messages of yauzl (the zip
 * reader) and zlib (inflate). Those messages are written for programmers ("invalid central directory file
 * header signature: 0x6e7c2d", "too many bytes in the stream. expected 512. got at least 513"): they never
 * reach a message as they are. Each cause ends a sentence (no final stop).
 */

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/** Why the archive as a whole could not be read. */
export function archiveDamage(error: unknown): string {
  const message = messageOf(error);
  if (/end of central directory record signature not found/i.test(message))
    return 'it is not a zip archive, or its end is missing (the file may have been cut short while copied)';
  if (
    /central directory|zip64|extra field|file ?name|comment|multi-disk|offset|too many entries|entry count/i.test(
      message,
    )
  )
    return 'its table of contents (the zip central directory) is damaged, so the files inside cannot be found';
  if (/unexpected eof|end of file/i.test(message))
    return 'it ends too early (the file may have been cut short while copied)';
  return 'its structure is damaged';
}

/** Why one entry of an archive could not be read. */
export function entryDamage(error: unknown): string {
  const message = messageOf(error);
  const zlib = (error as { code?: unknown } | null)?.code;
  if (/too many bytes in the stream/i.test(message)) return 'it holds more data than its header declares';
  if (/not enough bytes in the stream/i.test(message)) return 'it holds less data than its header declares';
  if (/local file header|file data overflows|extra field|file ?name/i.test(message))
    return 'its header inside the archive is damaged';
  if (
    (typeof zlib === 'string' && zlib.startsWith('Z_')) ||
    /^(invalid|incorrect|too many length|unexpected end)/i.test(message)
  )
    return 'its compressed data is damaged';
  return 'its data is damaged';
}

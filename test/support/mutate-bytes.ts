import fc from 'fast-check';

/**
 * Byte-level damage for the importer fuzz tests: flipped, inserted, deleted, duplicated bytes, a cut-off
 * end, and text that parsers care about. Positions are taken modulo the file's length, so one recipe
 * applies to any file.
 */

export type ByteMutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'text'; at: number; text: string };

const PARSER_TEXT = [
  '"',
  '\r',
  '\n',
  '\u0000',
  ',',
  ';',
  '\t',
  '<',
  '>',
  '&',
  ']]>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '{',
  '}',
  '"__proto__":',
  '=HYPERLINK("http://example.invalid","x")',
  '\ufeff',
  '\ud800',
  'x'.repeat(70_000),
];

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.constantFrom(...PARSER_TEXT) }),
);

export const byteMutations = fc.array(byteMutation, { minLength: 1, maxLength: 4 });

export function mutateBytes(source: Buffer, mutations: readonly ByteMutation[]): Buffer {
  let bytes = Buffer.from(source);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ m.xor;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
        break;
      case 'duplicate':
        bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'text':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
        break;
    }
  }
  return bytes;
}

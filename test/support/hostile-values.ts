import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Db } from '../../main/db/open';

/**
 * Hostile values for the property-based tests (test/db/fuzz-*.test.ts): what a compromised renderer or a
 * forged file could hand to main. Big values are built once and shared, so that a run costs little.
 */

/** 1 MiB of text, and 1 MiB of one repeated character with a NUL in the middle. */
export const HUGE_STRING = 'fieldwork '.repeat(104_858).slice(0, 2 ** 20);
export const HUGE_ODD_STRING = `${'\u202e'.repeat(2 ** 19)}\u0000${'x'.repeat(2 ** 19)}`;

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** 1,000 levels of objects and of arrays. */
export const DEEP_OBJECT = nested(1_000, 'bottom', (inner) => ({ a: inner }));
export const DEEP_ARRAY = nested(1_000, 'bottom', (inner) => [inner]);
export const HUGE_ARRAY = Array.from({ length: 100_000 }, (_, i) => `SEC-${i}`);

/** An object with an own `key` property (how `__proto__` arrives after a structured clone or JSON.parse). */
export function withOwn(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  const copy = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

export const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  withOwn('constructor', { prototype: { polluted: 'yes' } }),
  withOwn('__proto__', { toString: 'boom', valueOf: 1 }),
  withOwn('prototype', { polluted: 'yes' }),
];

/** Text that has broken programs before: controls, surrogates, bidi overrides, combining marks, BOMs. */
export const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202egnp.exe',
  '\ufeff',
  '\u200b',
  'e\u0301\u0301\u0301',
  'İı',
  '🧪'.repeat(300),
  'ǅ',
  '\r\n\t\v\f',
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  "x'); DROP TABLE assessments;--",
  '%_%',
  '=cmd|" /C calc"!A0',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '00000000-0000-0000-0000-000000000000',
  '9999-99-99',
  '2026-02-30',
  '0000-00-00T00:00:00Z',
];

export const ODD_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 32 + 1,
  Number.EPSILON,
];

/** Values of the wrong type for a text field (never a string): safe to send where any string would be accepted. */
export const wrongTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    ...ODD_NUMBERS,
    DEEP_OBJECT,
    DEEP_ARRAY,
    HUGE_ARRAY,
    ...POLLUTERS,
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 4 }),
  fc.constant(HUGE_STRING),
  fc.constant(HUGE_ODD_STRING),
);

/** Any hostile value, text included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: wrongTypeValue },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: false,
    }),
  },
);

/** Hostile values that survive JSON (for files): no undefined, BigInt, Map or NaN. */
export const jsonHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...ODD_TEXT) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      -1,
      0.5,
      1e308,
      -1e308,
      2 ** 53 + 2,
      HUGE_STRING,
      DEEP_OBJECT,
      DEEP_ARRAY,
      ...POLLUTERS,
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Keys an attacker adds to an object. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then', '', ' ', HUGE_STRING, '\u0000'),
  fc.string({ maxLength: 12 }),
);

type Path = (string | number)[];

/** Every path to a value inside a JSON-like value (the root excluded). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsOf(item, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Applies `change` to the container holding `path` (a copy of `root` is changed and returned). */
function atPath(
  root: unknown,
  path: Path,
  change: (holder: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = clone(root);
  let holder = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) change(holder, last);
  return copy;
}

/**
 * A mutation of a valid example: one value replaced (by `values`), one key dropped, a key added, or the
 * whole input replaced. The example itself is never returned unchanged on purpose, though a mutation may
 * happen to be valid.
 */
export function mutationOf(example: unknown, values: fc.Arbitrary<unknown> = hostileValue): fc.Arbitrary<unknown> {
  const paths = pathsOf(example);
  const objectPaths: Path[] = [
    [],
    ...paths.filter((p) => {
      let v: unknown = example;
      for (const step of p) v = (v as Record<string | number, unknown>)[step];
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    }),
  ];
  const options: fc.Arbitrary<unknown>[] = [
    fc.tuple(fc.constantFrom(...objectPaths), hostileKey, values).map(([path, key, value]) => {
      if (path.length === 0) return withOwn(key, value, clone(example) as Record<string, unknown>);
      return atPath(example, path, (holder, last) => {
        holder[last] = withOwn(key, value, holder[last] as Record<string, unknown>);
      });
    }),
    values,
  ];
  if (paths.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...paths), values).map(([path, value]) =>
        atPath(example, path, (holder, last) => {
          holder[last] = value;
        }),
      ),
      fc.constantFrom(...paths).map((path) =>
        atPath(example, path, (holder, last) => {
          if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
          else delete holder[last];
        }),
      ),
    );
  }
  return fc.oneof(...options);
}

/** Stable error codes: every `AppError('code'` in main/ and shared/, and the bridge's own. */
export function knownErrorCodes(root: string): Set<string> {
  const codes = new Set(['invalid_input', 'internal', 'unknown_channel']);
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/(?:AppError|fsError)\(\s*'([a-z_]+)'/g))
          if (match[1]) codes.add(match[1]);
    }
  };
  visit(join(root, 'main'));
  visit(join(root, 'shared'));
  return codes;
}

/** Longest message we accept back: room for a 4,096-character path and a sentence around it. */
export const MAX_MESSAGE = 5_000;

/** What is wrong with an error shown to a person, or null when it reads as a sentence for people. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string') return `not text: ${typeof message}`;
  if (message.trim().length < 8) return 'empty or too short';
  if (message.length > MAX_MESSAGE) return `${message.length} characters long`;
  if (/\[object \w+\]/.test(message)) return 'shows [object …]';
  if (/\n\s+at .+:\d+:\d+/.test(message) || /\bat .+\.(ts|js):\d+/.test(message)) return 'holds a stack trace';
  if (/\b(TypeError|RangeError|ReferenceError|SqliteError|SQLITE_[A-Z]+|ERR_[A-Z_]+)\b/.test(message))
    return 'leaks a raw error name';
  if (!/[.!?)"”’]\s*$/.test(message)) return 'does not end like a sentence';
  return null;
}

/** Every table but the audit log, row by row: equal hashes, same workspace content. */
export function tablesHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name",
    )
    .all();
  for (const { name } of tables) {
    hash.update(`\u0000${name}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

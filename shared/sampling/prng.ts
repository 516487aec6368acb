/**
 * A small, well-known seeded generator, so a stored seed reproduces a sample on any machine, forever:
 * xmur3 turns the seed string into 32-bit state words and sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, from PractRand) draws from them; both as published by bryc
 * (https://github.com/bryc/code/blob/master/jshash/PRNGs.md). Changing this file changes every sample
 * drawn from a stored seed: test/unit/sampling.test.ts pins its first outputs.
 */

function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

/** A generator of uniform 32-bit unsigned integers seeded from a string. */
export function seededUint32(seed: string): () => number {
  const hash = xmur3(seed);
  let a = hash();
  let b = hash();
  let c = hash();
  let d = hash();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs, which still echo the seeding (bryc's advice for sfc32).
  for (let i = 0; i < 15; i++) next();
  return next;
}

const TWO_32 = 2 ** 32;

/** A uniform integer in [0, n), without modulo bias (rejection of the incomplete last block). */
export function uniformBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`cannot draw below ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const r = next();
    if (r < limit) return r % n;
  }
}

/**
 * `k` distinct indices from [0, n), drawn without replacement by a partial Fisher–Yates shuffle (sparse,
 * so a population of millions costs only k steps), returned in ascending order.
 */
export function drawWithoutReplacement(seed: string, n: number, k: number): number[] {
  const count = Math.max(0, Math.min(k, n));
  const next = seededUint32(seed);
  const swapped = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < count; i++) {
    const j = i + uniformBelow(next, n - i);
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    picked.push(atJ);
  }
  return picked.sort((x, y) => x - y);
}

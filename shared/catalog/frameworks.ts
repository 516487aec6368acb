/**
 * Fixed identifier lists for the crosswalks. Identifiers only: the ISO/IEC 42001 text is ISO's.
 * ISO/IEC 42001:2023 Annex A has 38 controls; NIST AI RMF 1.0 has 72 subcategories.
 */

export const ISO42001_ANNEX_A_IDS = [
  'A.2.2', 'A.2.3', 'A.2.4',
  'A.3.2', 'A.3.3',
  'A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6',
  'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5',
  'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8',
  'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6',
  'A.8.2', 'A.8.3', 'A.8.4', 'A.8.5',
  'A.9.2', 'A.9.3', 'A.9.4',
  'A.10.2', 'A.10.3', 'A.10.4',
] as const;

function range(prefix: string, major: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${major}.${i + 1}`);
}

/** Subcategory counts per category of NIST AI RMF 1.0 (GOVERN 1.1 … MANAGE 4.3). */
const NIST_SHAPE: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['GOVERN', [7, 3, 2, 3, 2, 2]],
  ['MAP', [6, 3, 5, 2, 2]],
  ['MEASURE', [3, 13, 3, 3]],
  ['MANAGE', [4, 4, 2, 3]],
];

export const NIST_AI_RMF_IDS: readonly string[] = NIST_SHAPE.flatMap(([fn, counts]) =>
  counts.flatMap((count, i) => range(fn, i + 1, count)),
);

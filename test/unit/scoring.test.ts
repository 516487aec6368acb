import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoreResult, ScoringControl, ScoringInput } from '../../shared/scoring/types';

/*
 * Every expected figure below is worked out by hand in a comment, from the documented method:
 * implemented 1, partial 0.5, not implemented 0, not assessed 0, N/A excluded; key weight 2, other 1;
 * criterion = weighted mean of its applicable in-scope controls (0 and unaddressed when none);
 * category = plain mean of its criteria; overall = plain mean of all in-scope criteria.
 */

const DIGITS = 12;

/** The 33 Security (common criteria) ids written out by hand: CC1 5, CC2 3, CC3 4, CC4 2, CC5 3, CC6 8, CC7 5, CC8 1, CC9 2. */
const SECURITY_IDS = [
  'CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5',
  'CC2.1', 'CC2.2', 'CC2.3',
  'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4',
  'CC4.1', 'CC4.2',
  'CC5.1', 'CC5.2', 'CC5.3',
  'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8',
  'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5',
  'CC8.1',
  'CC9.1', 'CC9.2',
];

function control(
  id: string,
  status: ScoringControl['status'],
  isKey: boolean,
  criteria: string[],
  extra: Pick<ScoringControl, 'coverage' | 'samplePassRate'> = {},
): ScoringControl {
  return { id, status, isKey, criteria, ...extra };
}

function criterion(result: ScoreResult, id: string) {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`criterion ${id} missing from the result`);
  return found;
}

function category(result: ScoreResult, id: string) {
  const found = result.categories.find((c) => c.id === id);
  if (!found) throw new Error(`category ${id} missing from the result`);
  return found;
}

function controlScore(result: ScoreResult, id: string) {
  const found = result.controls.find((c) => c.id === id);
  if (!found) throw new Error(`control ${id} missing from the result`);
  return found;
}

/*
 * The small Security-only assessment used by several tests:
 *   A implemented      key  CC1.1, CC6.1      coverage 0.5, pass rate 0.8
 *   B partial          -    CC6.1             coverage 1   (no pass rate → 1)
 *   C not_implemented  -    CC6.1, CC8.1      coverage 1
 *   D not_applicable   key  CC8.1             coverage 1
 *   E not_assessed     key  CC8.1             (no coverage → 0)
 *   F implemented      -    A1.1              out of scope only
 *   G partial          key  CC1.1, A1.2       coverage 0.5, pass rate 1
 */
const SMALL_CONTROLS: ScoringControl[] = [
  control('A', 'implemented', true, ['CC1.1', 'CC6.1'], { coverage: 0.5, samplePassRate: 0.8 }),
  control('B', 'partial', false, ['CC6.1'], { coverage: 1 }),
  control('C', 'not_implemented', false, ['CC6.1', 'CC8.1'], { coverage: 1 }),
  control('D', 'not_applicable', true, ['CC8.1'], { coverage: 1 }),
  control('E', 'not_assessed', true, ['CC8.1']),
  control('F', 'implemented', false, ['A1.1'], { coverage: 1 }),
  control('G', 'partial', true, ['CC1.1', 'A1.2'], { coverage: 0.5, samplePassRate: 1 }),
];

function smallInput(measureOperating: boolean): ScoringInput {
  return { assessmentId: 'small', categories: ['security'], controls: SMALL_CONTROLS, measureOperating };
}

describe('scoreAssessment — small hand-computed Security assessment', () => {
  const result = scoreAssessment(smallInput(false));

  it('scores each control with its design value and weight', () => {
    expect(controlScore(result, 'A')).toMatchObject({ design: 1, weight: 2, key: true, applicable: true });
    expect(controlScore(result, 'B')).toMatchObject({ design: 0.5, weight: 1, key: false, applicable: true });
    expect(controlScore(result, 'C')).toMatchObject({ design: 0, weight: 1, applicable: true });
    expect(controlScore(result, 'D')).toMatchObject({ design: null, weight: 2, applicable: false });
    expect(controlScore(result, 'E')).toMatchObject({ design: 0, weight: 2, applicable: true });
    // G maps CC1.1 (in scope) and A1.2 (Availability, not in scope): only CC1.1 is kept.
    expect(controlScore(result, 'G').criteria).toEqual(['CC1.1']);
  });

  it('CC1.1 = weighted mean of A (key, 1) and G (key, 0.5)', () => {
    // (2×1 + 2×0.5) / (2 + 2) = 3 / 4 = 0.75
    const cc11 = criterion(result, 'CC1.1');
    expect(cc11.design).toBeCloseTo(0.75, DIGITS);
    expect(cc11.weight).toBe(4);
    expect(cc11.unaddressed).toBe(false);
    expect([...cc11.controls].sort()).toEqual(['A', 'G']);
  });

  it('CC6.1 = weighted mean of A (key, 1), B (0.5) and C (0)', () => {
    // (2×1 + 1×0.5 + 1×0) / (2 + 1 + 1) = 2.5 / 4 = 0.625
    const cc61 = criterion(result, 'CC6.1');
    expect(cc61.design).toBeCloseTo(0.625, DIGITS);
    expect(cc61.weight).toBe(4);
    expect([...cc61.controls].sort()).toEqual(['A', 'B', 'C']);
  });

  it('CC8.1 excludes the N/A control but is still addressed (scores 0, not unaddressed)', () => {
    // C (1×0) + E (key, 2×0); D is N/A and excluded → 0 / (1 + 2) = 0, weight 3.
    const cc81 = criterion(result, 'CC8.1');
    expect(cc81.design).toBe(0);
    expect(cc81.weight).toBe(3);
    expect(cc81.unaddressed).toBe(false);
    expect([...cc81.controls].sort()).toEqual(['C', 'E']);
    expect(cc81.excluded).toEqual(['D']);
  });

  it('every other Security criterion is unaddressed and scores 0', () => {
    const others = result.criteria.filter((c) => !['CC1.1', 'CC6.1', 'CC8.1'].includes(c.id));
    expect(others).toHaveLength(30);
    for (const c of others) {
      expect(c.design).toBe(0);
      expect(c.unaddressed).toBe(true);
      expect(c.controls).toEqual([]);
      expect(c.weight).toBe(0);
    }
  });

  it('lists exactly the 33 Security criteria in canonical order', () => {
    expect(result.criteria.map((c) => c.id)).toEqual(SECURITY_IDS);
    expect(result.criteria.every((c) => c.category === 'security')).toBe(true);
    expect(criterion(result, 'CC6.1').group).toBe('CC6');
  });

  it('category and overall design = (0.75 + 0.625 + 0) / 33 = 1/24', () => {
    // 1.375 / 33 = (11/8) / 33 = 1/24 ≈ 0.0416667
    expect(result.categories).toHaveLength(1);
    expect(category(result, 'security').design).toBeCloseTo(1 / 24, DIGITS);
    expect(result.overall.design).toBeCloseTo(1 / 24, DIGITS);
  });

  it('counts controls by status, unassessed controls and unaddressed criteria', () => {
    // Counted: A, B, C, D, E, G (each maps ≥ 1 Security criterion). F maps only A1.1 → not counted.
    const expected = {
      criteria: 33,
      unaddressedCriteria: 30,
      controls: 6,
      controlsByStatus: { implemented: 1, partial: 2, not_implemented: 1, not_assessed: 1, not_applicable: 1 },
      unassessedControls: 1,
    };
    expect(category(result, 'security')).toMatchObject(expected);
    expect(result.overall).toMatchObject(expected);
  });

  it('operating is null everywhere when operating effectiveness is not measured', () => {
    expect(result.overall.operating).toBeNull();
    expect(result.categories.every((c) => c.operating === null)).toBe(true);
    expect(result.criteria.every((c) => c.operating === null)).toBe(true);
    expect(result.controls.every((c) => c.operating === null && c.coverage === null)).toBe(true);
  });

  it('carries the method and the assessment id', () => {
    expect(result.method).toBe('fieldwork-readiness/1');
    expect(result.assessmentId).toBe('small');
  });
});

describe('scoreAssessment — operating effectiveness (design × coverage × sample pass rate)', () => {
  const result = scoreAssessment(smallInput(true));

  it('scores each control operating = design × coverage × pass rate', () => {
    // A: 1 × 0.5 × 0.8 = 0.4
    expect(controlScore(result, 'A').operating).toBeCloseTo(0.4, DIGITS);
    expect(controlScore(result, 'A').coverage).toBe(0.5);
    // B: 0.5 × 1 × (no pass rate → 1) = 0.5
    expect(controlScore(result, 'B').operating).toBeCloseTo(0.5, DIGITS);
    // C: 0 × 1 × 1 = 0
    expect(controlScore(result, 'C').operating).toBe(0);
    // D: N/A → null
    expect(controlScore(result, 'D').operating).toBeNull();
    // E: 0 × (no coverage → 0) × 1 = 0
    expect(controlScore(result, 'E').operating).toBe(0);
    expect(controlScore(result, 'E').coverage).toBe(0);
    // G: 0.5 × 0.5 × 1 = 0.25
    expect(controlScore(result, 'G').operating).toBeCloseTo(0.25, DIGITS);
  });

  it('weights operating figures like design figures', () => {
    // CC1.1: (2×0.4 + 2×0.25) / 4 = 1.3 / 4 = 0.325
    expect(criterion(result, 'CC1.1').operating).toBeCloseTo(0.325, DIGITS);
    // CC6.1: (2×0.4 + 1×0.5 + 1×0) / 4 = 1.3 / 4 = 0.325
    expect(criterion(result, 'CC6.1').operating).toBeCloseTo(0.325, DIGITS);
    // CC8.1: (1×0 + 2×0) / 3 = 0
    expect(criterion(result, 'CC8.1').operating).toBe(0);
    // An unaddressed criterion: 0 (a number, not null, since operating is measured).
    expect(criterion(result, 'CC9.2').operating).toBe(0);
  });

  it('category and overall operating = (0.325 + 0.325) / 33 = 13/660', () => {
    // 0.65 / 33 = 65 / 3300 = 13 / 660 ≈ 0.0196970
    expect(category(result, 'security').operating).toBeCloseTo(13 / 660, DIGITS);
    expect(result.overall.operating).toBeCloseTo(13 / 660, DIGITS);
  });

  it('measuring operating does not change the design figures', () => {
    expect(result.overall.design).toBeCloseTo(1 / 24, DIGITS);
    expect(criterion(result, 'CC6.1').design).toBeCloseTo(0.625, DIGITS);
  });
});

describe('scoreAssessment — edge cases', () => {
  it('all controls N/A: every criterion unaddressed, overall 0, N/A still counted', () => {
    const result = scoreAssessment({
      assessmentId: 'na',
      categories: ['security'],
      controls: [control('N1', 'not_applicable', true, ['CC1.1']), control('N2', 'not_applicable', false, ['CC6.1', 'CC6.2'])],
      measureOperating: false,
    });
    // No applicable control anywhere → 33 criteria at 0, all unaddressed; mean 0.
    expect(result.overall.design).toBe(0);
    expect(result.overall.unaddressedCriteria).toBe(33);
    expect(result.criteria.every((c) => c.unaddressed && c.design === 0 && c.weight === 0)).toBe(true);
    expect(criterion(result, 'CC1.1').excluded).toEqual(['N1']);
    expect(criterion(result, 'CC6.2').excluded).toEqual(['N2']);
    expect(result.overall.controls).toBe(2);
    expect(result.overall.controlsByStatus.not_applicable).toBe(2);
    expect(result.overall.unassessedControls).toBe(0);
  });

  it('no controls at all: 33 unaddressed Security criteria, overall 0', () => {
    const result = scoreAssessment({ assessmentId: 'empty', categories: ['security'], controls: [], measureOperating: true });
    expect(result.criteria).toHaveLength(33);
    expect(result.overall).toEqual({
      id: 'overall',
      design: 0,
      operating: 0,
      criteria: 33,
      unaddressedCriteria: 33,
      controls: 0,
      controlsByStatus: { not_assessed: 0, not_implemented: 0, partial: 0, implemented: 0, not_applicable: 0 },
      unassessedControls: 0,
    });
    expect(category(result, 'security').design).toBe(0);
    expect(result.controls).toEqual([]);
  });

  it('only one category: overall equals that category (Availability alone, 3 criteria)', () => {
    // X implemented (non-key) on CC6.1 and A1.1: CC6.1 is out of scope here, so only A1.1 counts.
    // Y partial key on A1.2.   A1.1 = 1, A1.2 = 0.5, A1.3 = 0 (unaddressed) → (1 + 0.5 + 0) / 3 = 0.5
    const result = scoreAssessment({
      assessmentId: 'one',
      categories: ['availability'],
      controls: [control('X', 'implemented', false, ['CC6.1', 'A1.1']), control('Y', 'partial', true, ['A1.2'])],
      measureOperating: false,
    });
    expect(result.criteria.map((c) => c.id)).toEqual(['A1.1', 'A1.2', 'A1.3']);
    expect(result.categories.map((c) => c.id)).toEqual(['availability']);
    expect(category(result, 'availability').design).toBeCloseTo(0.5, DIGITS);
    expect(result.overall.design).toBeCloseTo(0.5, DIGITS);
    expect(result.overall.unaddressedCriteria).toBe(1);
    expect(controlScore(result, 'X').criteria).toEqual(['A1.1']);
  });

  it('overall is the mean over criteria, not the mean of the category means', () => {
    // S implemented on CC1.1 → Security = 1/33. V implemented on A1.1, A1.2, A1.3 → Availability = 3/3 = 1.
    // Mean of categories would be (1/33 + 1) / 2 = 17/33 ≈ 0.515.
    // Overall over the 36 criteria = (1 + 3) / 36 = 1/9 ≈ 0.111.
    const result = scoreAssessment({
      assessmentId: 'two',
      categories: ['security', 'availability'],
      controls: [control('S', 'implemented', false, ['CC1.1']), control('V', 'implemented', true, ['A1.1', 'A1.2', 'A1.3'])],
      measureOperating: false,
    });
    expect(category(result, 'security').design).toBeCloseTo(1 / 33, DIGITS);
    expect(category(result, 'availability').design).toBeCloseTo(1, DIGITS);
    expect(result.overall.criteria).toBe(36);
    expect(result.overall.design).toBeCloseTo(1 / 9, DIGITS);
    expect(result.overall.design).not.toBeCloseTo(17 / 33, 3);
  });

  it('all five categories: 61 criteria, per-category figures and counts', () => {
    /*
     * X implemented key  P6.1
     * Y partial          C1.1, C1.2
     * Z implemented      CC6.1, A1.2, PI1.3, C1.1, P4.1   (one control, all five categories)
     *
     * C1.1 = (1×0.5 + 1×1) / 2 = 0.75, C1.2 = 0.5 → Confidentiality = (0.75 + 0.5) / 2 = 0.625
     * Privacy (18 criteria: P1 1, P2 1, P3 2, P4 3, P5 2, P6 7, P7 1, P8 1): P6.1 = 1, P4.1 = 1 → 2/18 = 1/9
     * Security: CC6.1 = 1 → 1/33; Availability: A1.2 = 1 → 1/3; Processing integrity: PI1.3 = 1 → 1/5
     * Overall = (1 + 1 + 1 + 0.75 + 0.5 + 1 + 1) / 61 = 6.25 / 61
     * Addressed: CC6.1, A1.2, PI1.3, C1.1, C1.2, P6.1, P4.1 = 7 → 54 unaddressed.
     */
    const result = scoreAssessment({
      assessmentId: 'all',
      categories: ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'],
      controls: [
        control('X', 'implemented', true, ['P6.1']),
        control('Y', 'partial', false, ['C1.1', 'C1.2']),
        control('Z', 'implemented', false, ['CC6.1', 'A1.2', 'PI1.3', 'C1.1', 'P4.1']),
      ],
      measureOperating: false,
    });
    expect(result.criteria).toHaveLength(61);
    expect(result.overall.criteria).toBe(61);
    expect(result.categories.map((c) => [c.id, c.criteria])).toEqual([
      ['security', 33],
      ['availability', 3],
      ['processing-integrity', 5],
      ['confidentiality', 2],
      ['privacy', 18],
    ]);
    expect(category(result, 'security').design).toBeCloseTo(1 / 33, DIGITS);
    expect(category(result, 'availability').design).toBeCloseTo(1 / 3, DIGITS);
    expect(category(result, 'processing-integrity').design).toBeCloseTo(1 / 5, DIGITS);
    expect(category(result, 'confidentiality').design).toBeCloseTo(0.625, DIGITS);
    expect(category(result, 'privacy').design).toBeCloseTo(1 / 9, DIGITS);
    expect(result.overall.design).toBeCloseTo(6.25 / 61, DIGITS);
    expect(result.overall.unaddressedCriteria).toBe(54);
    expect(result.categories.map((c) => c.unaddressedCriteria)).toEqual([32, 2, 4, 0, 16]);

    // A control counts in every category it maps into: Z counts in all five, so the per-category
    // counts add up to 7 while the overall count is 3 distinct controls.
    expect(result.categories.map((c) => c.controls)).toEqual([1, 1, 1, 2, 2]);
    expect(category(result, 'confidentiality').controlsByStatus).toMatchObject({ partial: 1, implemented: 1 });
    expect(category(result, 'privacy').controlsByStatus).toMatchObject({ implemented: 2, partial: 0 });
    expect(result.overall.controls).toBe(3);
  });

  it('a control mapped to several criteria counts with its full weight in each', () => {
    // K partial key on CC6.1, CC6.2, CC6.3; L implemented on CC6.1.
    // CC6.1 = (2×0.5 + 1×1) / 3 = 2/3; CC6.2 = CC6.3 = (2×0.5) / 2 = 0.5.
    // Security = (2/3 + 0.5 + 0.5) / 33 = (5/3) / 33 = 5/99.
    const result = scoreAssessment({
      assessmentId: 'multi',
      categories: ['security'],
      controls: [control('K', 'partial', true, ['CC6.1', 'CC6.2', 'CC6.3']), control('L', 'implemented', false, ['CC6.1'])],
      measureOperating: false,
    });
    expect(criterion(result, 'CC6.1').design).toBeCloseTo(2 / 3, DIGITS);
    expect(criterion(result, 'CC6.1').weight).toBe(3);
    expect(criterion(result, 'CC6.2').design).toBeCloseTo(0.5, DIGITS);
    expect(criterion(result, 'CC6.3').design).toBeCloseTo(0.5, DIGITS);
    expect(criterion(result, 'CC6.3').weight).toBe(2);
    expect(result.overall.design).toBeCloseTo(5 / 99, DIGITS);
    expect(controlScore(result, 'K').criteria).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
    expect(result.overall.controls).toBe(2);
  });

  it('a control that lists the same criterion twice is counted once', () => {
    // M not_implemented on CC6.1 (listed twice), N implemented on CC6.1.
    // Counted once: (1×0 + 1×1) / 2 = 0.5. Counted twice it would be (0 + 0 + 1) / 3 = 1/3.
    const result = scoreAssessment({
      assessmentId: 'dup',
      categories: ['security'],
      controls: [control('M', 'not_implemented', false, ['CC6.1', 'CC6.1']), control('N', 'implemented', false, ['CC6.1'])],
      measureOperating: false,
    });
    expect(criterion(result, 'CC6.1').design).toBeCloseTo(0.5, DIGITS);
    expect(criterion(result, 'CC6.1').weight).toBe(2);
    expect(criterion(result, 'CC6.1').controls).toEqual(['M', 'N']);
  });

  it('a control mapping only out-of-scope criteria changes no figure and no count', () => {
    const base = scoreAssessment({
      assessmentId: 'oos',
      categories: ['security'],
      controls: [control('S', 'partial', false, ['CC2.1'])],
      measureOperating: false,
    });
    const withOutOfScope = scoreAssessment({
      assessmentId: 'oos',
      categories: ['security'],
      controls: [control('S', 'partial', false, ['CC2.1']), control('P', 'implemented', true, ['P1.1', 'A1.3'])],
      measureOperating: false,
    });
    // Security = 0.5 / 33 = 1/66 in both.
    expect(base.overall.design).toBeCloseTo(1 / 66, DIGITS);
    expect(withOutOfScope.overall).toEqual(base.overall);
    expect(withOutOfScope.categories).toEqual(base.categories);
    expect(withOutOfScope.criteria).toEqual(base.criteria);
    expect(controlScore(withOutOfScope, 'P').criteria).toEqual([]);
    expect(withOutOfScope.overall.controls).toBe(1);
  });
});

describe('scoreAssessment — determinism and JSON shape', () => {
  it('returns deep-equal output for the same input and does not mutate the input', () => {
    const input = smallInput(true);
    const before = structuredClone(input);
    const first = scoreAssessment(input);
    const second = scoreAssessment(structuredClone(input));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(input).toEqual(before);
  });

  it('round-trips through JSON and has ids and figures within [0, 1]', () => {
    const result = scoreAssessment({
      assessmentId: 'shape',
      categories: ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'],
      controls: [...SMALL_CONTROLS, control('H', 'implemented', true, ['A1.1', 'A1.2', 'A1.3'], { coverage: 1, samplePassRate: 1 })],
      measureOperating: true,
    });
    const json = JSON.parse(JSON.stringify(result)) as ScoreResult;
    expect(json).toEqual(result);
    expect(json.overall.id).toBe('overall');

    const inUnit = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 1);
    const figures = [json.overall, ...json.categories, ...json.criteria, ...json.controls];
    for (const item of figures) {
      expect(typeof item.id).toBe('string');
      expect(item.id.length).toBeGreaterThan(0);
      expect(inUnit(item.design), `${item.id} design`).toBe(true);
      expect(inUnit(item.operating), `${item.id} operating`).toBe(true);
    }
    for (const c of json.controls) expect(inUnit(c.coverage), `${c.id} coverage`).toBe(true);
    expect(json.categories.map((c) => c.id)).toEqual([
      'security',
      'availability',
      'processing-integrity',
      'confidentiality',
      'privacy',
    ]);
  });
});

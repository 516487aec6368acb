import { describe, expect, it } from 'vitest';
import { buildOwnershipMatrix } from '../../shared/ownership/matrix';
import { rankGaps } from '../../shared/rules/rank';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import type { FindingView } from '../../shared/rules/types';
import { gapTitle } from '../../renderer/src/features/findings/gap-text';
import { cellCount, HEAT_COLUMNS, heatLevel } from '../../renderer/src/features/ownership/heat';
import { formOf, inputOf, vendorErrors } from '../../renderer/src/features/vendors/vendor-form';
import { control } from '../support/ai-fixtures';

/** The renderer's pure helpers for the AI-readiness screens, on hand-built data. */

describe('ownership heat map cells', () => {
  // Training: 2 engineering (one named owner each), 1 named without a function, 1 without an owner.
  const matrix = buildOwnershipMatrix([
    control('AI-DEV-01', { stage: 'training', aiSpecific: true, ownerName: 'Priya', ownerFunction: 'engineering' }),
    control('AI-DEV-02', { stage: 'training', aiSpecific: true, ownerName: 'Tomás', ownerFunction: 'engineering' }),
    control('AI-DEV-03', { stage: 'training', ownerName: 'Kofi', ownerFunction: null }),
    control('AI-DEV-04', { stage: 'training', aiSpecific: true, ownerName: '', ownerFunction: 'data_science' }),
    control('AI-DEV-05', { stage: 'training', status: 'not_applicable', ownerName: 'Aisha', ownerFunction: 'legal' }),
  ]);
  const training = matrix.stages.find((s) => s.stage === 'training');

  it('counts each in-scope control once: by function, named without function, unowned', () => {
    if (!training) throw new Error('no training stage');
    const counts = Object.fromEntries(HEAT_COLUMNS.map((c) => [c, cellCount(training, c)]));
    expect(counts).toEqual({
      engineering: 2,
      data_science: 0,
      security: 0,
      compliance: 0,
      legal: 0,
      product: 0,
      other: 0,
      no_function: 1,
      unowned: 1,
    });
    // The not-applicable control is left out, as the matrix leaves it out.
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(training.controlIds.length);
  });

  it('shades by fixed bands: 1–2, 3–5, 6–10, 11+', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 11, 40].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('gap titles in the UI language', () => {
  it('rebuilds exactly the titles rank.ts writes, for findings, criteria and every kind of weak control', () => {
    const finding: FindingView = {
      key: 'FW-AI-14|control:AI-REG-01',
      ruleId: 'FW-AI-14',
      family: 'operations',
      severity: 'critical',
      title: AI_READINESS_STRINGS_EN.rules['FW-AI-14'].title,
      explanation: '',
      records: [{ type: 'control', id: 'AI-REG-01' }],
      criteria: ['CC8.1'],
      muted: null,
    };
    const ranking = rankGaps({
      findings: [finding],
      criteria: [
        { id: 'CC8.1', unaddressed: false },
        { id: 'CC9.2', unaddressed: true },
      ],
      controls: [
        control('AI-REG-01', { status: 'not_implemented', isKey: true }),
        control('KEY-NI', { status: 'not_implemented', isKey: true }),
        control('KEY-PA', { status: 'partial', isKey: true }),
        control('PLAIN-NI', { status: 'not_implemented' }),
      ],
    });
    expect(ranking.ranked.map((g) => g.source).sort()).toEqual([
      'control',
      'control',
      'control',
      'criterion',
      'finding',
    ]);
    for (const gap of ranking.ranked) expect(gapTitle(gap, AI_READINESS_STRINGS_EN)).toBe(gap.title);
  });
});

describe('vendor form ↔ vendor input', () => {
  it('sends empty dates and retention as unknown (null), and 0 as "not kept"', () => {
    const input = inputOf({ ...formOf(null), name: 'Acme', retentionInputsDays: '0', retentionOutputsDays: ' ' });
    expect(input).toMatchObject({
      name: 'Acme',
      retentionInputsDays: 0,
      retentionOutputsDays: null,
      aiDueDiligenceDate: null,
      renewalDate: null,
      soc2Report: { type: 'none', periodEnd: null, bridgeLetter: false, bridgeLetterDate: null },
    });
    expect(input).not.toHaveProperty('id');
  });

  const messages = {
    trainingUseSource: 'source?',
    retentionInputsDays: 'days?',
    soc2Report_bridgeLetterDate: 'bridge date?',
    models_name: 'model name?',
  };

  it("maps field issues to the UI's sentence per field, item numbers and all", () => {
    const errors = vendorErrors(
      {
        ...formOf(null),
        name: 'Acme',
        retentionInputsDays: '2.5',
        models: [
          { name: 'a', version: '1' },
          { name: '', version: '' },
        ],
        cuecs: [{ description: '', controlId: '' }],
      },
      messages,
    );
    expect(errors).toEqual({
      retentionInputsDays: 'days?',
      'models.1.name': 'model name?',
      // No UI sentence for this one: the schema's own stands in.
      'cuecs.0.description': 'is required',
    });
  });

  it('reports cross-field rules once every field parses (zod runs refinements on a valid object)', () => {
    const errors = vendorErrors(
      {
        ...formOf(null),
        name: 'Acme',
        trainingUse: 'opted_out',
        soc2Type: 'type2',
        soc2PeriodEnd: '2026-06-30',
        bridgeLetter: true,
        bridgeLetterDate: '2026-05-01',
      },
      messages,
    );
    expect(errors).toEqual({ trainingUseSource: 'source?', 'soc2Report.bridgeLetterDate': 'bridge date?' });
    expect(vendorErrors({ ...formOf(null), name: 'Acme' }, messages)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { buildOwnershipMatrix } from '../../shared/ownership/matrix';
import { control } from '../support/ai-fixtures';

describe('buildOwnershipMatrix', () => {
  const controls = [
    control('AI-DEV-01', {
      stage: 'training',
      aiSpecific: true,
      ownerName: 'Priya Raman',
      ownerFunction: 'engineering',
    }),
    control('AI-DEV-02', {
      stage: 'training',
      aiSpecific: true,
      ownerName: 'priya raman ',
      ownerFunction: 'data_science',
    }),
    control('AI-DEV-03', { stage: 'training', aiSpecific: true, ownerName: '', ownerFunction: 'data_science' }),
    control('AI-EVAL-01', {
      stage: 'evaluation',
      aiSpecific: true,
      ownerName: 'Kofi Mensah',
      ownerFunction: 'data_science',
    }),
    control('AI-EVAL-03', {
      stage: 'evaluation',
      aiSpecific: true,
      ownerName: 'Aisha Bello',
      ownerFunction: 'compliance',
    }),
    control('AI-MON-03', { stage: 'monitoring', aiSpecific: true, ownerName: '', ownerFunction: 'data_science' }),
    control('PI-03', { stage: 'monitoring', ownerName: '', ownerFunction: 'engineering' }),
    control('GOV-01', { stage: 'organisation_wide', ownerName: 'Aisha Bello', ownerFunction: 'compliance' }),
    // Not counted: retired, out of scope, not applicable.
    control('OLD-01', { stage: 'training', retired: true, ownerName: '' }),
    control('AVL-01', { stage: 'inference_serving', criteria: [], ownerName: '' }),
    control('AI-SRV-05', { stage: 'inference_serving', aiSpecific: true, status: 'not_applicable', ownerName: '' }),
  ];
  const matrix = buildOwnershipMatrix(controls);

  it('lays out stages in pipeline order with their owners grouped by name', () => {
    expect(matrix.stages.map((s) => s.stage)).toEqual(['training', 'evaluation', 'monitoring', 'organisation_wide']);
    const training = matrix.stages[0];
    expect(training?.owners).toEqual([
      { name: 'Priya Raman', functions: ['engineering', 'data_science'], controlIds: ['AI-DEV-01', 'AI-DEV-02'] },
    ]);
    expect(training?.unownedControlIds).toEqual(['AI-DEV-03']);
    expect(training?.byFunction).toMatchObject({ engineering: 1, data_science: 1, compliance: 0 });
  });

  it('lists every named owner as a column with their stages', () => {
    expect(matrix.owners).toEqual([
      { name: 'Aisha Bello', functions: ['compliance'], stages: ['evaluation', 'organisation_wide'], controlCount: 2 },
      { name: 'Kofi Mensah', functions: ['data_science'], stages: ['evaluation'], controlCount: 1 },
      { name: 'Priya Raman', functions: ['engineering', 'data_science'], stages: ['training'], controlCount: 2 },
    ]);
  });

  it('flags unowned controls, ownerless stages and engineering-only AI stages', () => {
    expect(matrix.flags).toEqual([
      { kind: 'control_without_owner', stage: 'training', controlId: 'AI-DEV-03', aiSpecific: true },
      { kind: 'engineering_only_stage', stage: 'training', controlIds: ['AI-DEV-01', 'AI-DEV-02'] },
      { kind: 'control_without_owner', stage: 'monitoring', controlId: 'AI-MON-03', aiSpecific: true },
      { kind: 'control_without_owner', stage: 'monitoring', controlId: 'PI-03', aiSpecific: false },
      {
        kind: 'stage_without_owner',
        stage: 'monitoring',
        controlIds: ['AI-MON-03', 'PI-03'],
        aiControlIds: ['AI-MON-03'],
      },
    ]);
  });

  it('does not call a stage engineering-only when compliance owns a non-AI control in it', () => {
    const flags = buildOwnershipMatrix([
      control('AI-DEV-01', { stage: 'training', aiSpecific: true, ownerName: 'Priya', ownerFunction: 'engineering' }),
      control('LIC-01', { stage: 'training', aiSpecific: false, ownerName: 'Hannah', ownerFunction: 'legal' }),
    ]).flags;
    expect(flags).toEqual([]);
  });

  it('does not call a stage engineering-only when an AI owner has no function recorded', () => {
    const flags = buildOwnershipMatrix([
      control('AI-DEV-01', { stage: 'training', aiSpecific: true, ownerName: 'Priya', ownerFunction: 'engineering' }),
      control('CUS-01', { stage: 'training', aiSpecific: true, ownerName: 'Sam', ownerFunction: null }),
    ]).flags;
    expect(flags).toEqual([]);
  });

  it('is empty for an empty checklist', () => {
    expect(buildOwnershipMatrix([])).toEqual({ stages: [], owners: [], flags: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { criterionImpact, rankGaps, selectTopFive, type RankedGap } from '../../shared/rules/rank';
import type { FindingView, RuleId, Severity } from '../../shared/rules/types';
import { control } from '../support/ai-fixtures';

function finding(ruleId: RuleId, severity: Severity, recordId: string, criteria: string[], muted = false): FindingView {
  return {
    key: `${ruleId}|${recordId}`,
    ruleId,
    family: 'boundary',
    severity,
    title: `${ruleId} title`,
    explanation: '',
    records: recordId.startsWith('control:')
      ? [{ type: 'control', id: recordId.slice(8) }]
      : [{ type: 'vendor', id: recordId }],
    criteria,
    muted: muted ? { justification: 'accepted', mutedAt: '2026-11-22T00:00:00.000Z' } : null,
  };
}

/*
 * Hand-computed case. score = severity weight (critical 4, high 3, medium 2, low 1)
 *                            × impact (1 + min(criteria touched, 4)).
 *
 *  gap                                     severity  criteria  impact  score
 *  F6 FW-AI-10 (6 criteria, capped at 4)   high 3    6         5       15
 *  F2 FW-AI-01                             high 3    3         4       12
 *  F3 FW-AI-05 vendor v1                   high 3    2         3        9  ┐ same score, severity and criteria:
 *  F4 FW-AI-05 vendor v2                   high 3    2         3        9  │ findings before controls, then key
 *  K7 weak key control AI-SRV-02 (not impl) high 3   2         3        9  ┘
 *  F1 FW-AI-14 (critical)                  crit 4    1         2        8  ┐ same score: higher severity first
 *  K2 weak key control IAM-04 (partial)    med 2     3         4        8  ┘
 *  C  criterion PI1.5 unaddressed          high 3    1         2        6  ┐ same score: higher severity first
 *  F5 FW-AI-07                             med 2     2         3        6  ┘
 *  K3 control GOV-02 (not key, not impl)   low 1     1         2        2
 *
 * Left out: F7 (muted); CC1.1 (a finding already names it, even muted); AI-REG-02 (named by F1);
 * CHG-05 (not key, only partial); AI-DEV-02 (no in-scope criterion); AVL-03 (not applicable).
 * Top five, one per group: F6 (FW-AI-10), F2 (FW-AI-01), F3 (FW-AI-05; F4 skipped), K7 (weak-control), F1 (FW-AI-14).
 */
describe('rankGaps — hand-computed case', () => {
  const ranking = rankGaps({
    findings: [
      finding('FW-AI-14', 'critical', 'control:AI-REG-02', ['CC8.1']),
      finding('FW-AI-01', 'high', 'a1', ['CC2.2', 'CC2.3', 'CC3.2']),
      finding('FW-AI-05', 'high', 'v2', ['CC9.2', 'C1.1']),
      finding('FW-AI-05', 'high', 'v1', ['CC9.2', 'C1.1']),
      finding('FW-AI-07', 'medium', 'v1', ['CC4.1', 'CC9.2']),
      finding('FW-AI-10', 'high', 'control:AI-DEV-01', ['CC1.3', 'CC6.1', 'CC6.6', 'CC6.7', 'CC7.2', 'PI1.3']),
      finding('FW-AI-02', 'high', 'a1', ['CC2.3', 'CC3.2', 'CC6.6'], true),
      {
        ...finding('FW-AI-18', 'high', 'x', ['CC1.1'], true),
        key: 'FW-AI-18|criterion:CC1.1',
        records: [{ type: 'criterion', id: 'CC1.1' }],
      },
    ],
    criteria: [
      { id: 'CC1.1', unaddressed: true },
      { id: 'PI1.5', unaddressed: true },
      { id: 'CC8.1', unaddressed: false },
    ],
    controls: [
      control('AI-REG-02', { isKey: true, status: 'not_implemented', criteria: ['CC8.1'] }),
      control('IAM-04', { isKey: true, status: 'partial', criteria: ['CC6.1', 'CC6.2', 'CC6.3'] }),
      control('GOV-02', { isKey: false, status: 'not_implemented', criteria: ['CC1.2'] }),
      control('CHG-05', { isKey: false, status: 'partial', criteria: ['CC8.1'] }),
      control('AI-DEV-02', { isKey: true, status: 'not_implemented', criteria: [] }),
      control('AVL-03', { isKey: true, status: 'not_applicable', criteria: ['A1.2'] }),
      control('AI-SRV-02', { isKey: true, status: 'not_implemented', criteria: ['CC6.6', 'C1.1'] }),
    ],
  });

  it('ranks every gap by the documented score and tie-breaks', () => {
    expect(ranking.ranked.map((g) => [g.rank, g.key, g.score])).toEqual([
      [1, 'FW-AI-10|control:AI-DEV-01', 15],
      [2, 'FW-AI-01|a1', 12],
      [3, 'FW-AI-05|v1', 9],
      [4, 'FW-AI-05|v2', 9],
      [5, 'weak-control|control:AI-SRV-02', 9],
      [6, 'FW-AI-14|control:AI-REG-02', 8],
      [7, 'weak-control|control:IAM-04', 8],
      [8, 'FW-AI-18|criterion:PI1.5', 6],
      [9, 'FW-AI-07|v1', 6],
      [10, 'weak-control|control:GOV-02', 2],
    ]);
  });

  it('shows its arithmetic on each gap', () => {
    const top = ranking.ranked[0];
    expect(top).toMatchObject({ severityWeight: 3, impact: 5, score: 15, source: 'finding', group: 'FW-AI-10' });
    expect(ranking.ranked.find((g) => g.key === 'weak-control|control:IAM-04')).toMatchObject({
      severity: 'medium',
      impact: 4,
      title: 'Key control IAM-04 is only partly implemented',
    });
    expect(ranking.ranked.find((g) => g.source === 'criterion')).toMatchObject({
      severity: 'high',
      title: 'Criterion PI1.5 has no applicable control',
    });
  });

  it('takes the top five one per group, in ranked order', () => {
    expect(ranking.topFive.map((g) => g.rank)).toEqual([1, 2, 3, 5, 6]);
  });
});

describe('top five selection', () => {
  const gap = (key: string, group: string, rank: number): RankedGap => ({
    rank,
    key,
    group,
    source: 'finding',
    ruleId: null,
    severity: 'high',
    title: key,
    records: [],
    criteria: [],
    severityWeight: 3,
    impact: 1,
    score: 3,
  });
  it('fills up from the ranked list when fewer than five groups exist', () => {
    const ranked = [
      gap('a1', 'A', 1),
      gap('a2', 'A', 2),
      gap('a3', 'A', 3),
      gap('b1', 'B', 4),
      gap('a4', 'A', 5),
      gap('c1', 'C', 6),
      gap('a5', 'A', 7),
    ];
    expect(selectTopFive(ranked).map((g) => g.key)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
  });
  it('returns every gap when there are five or fewer', () => {
    expect(selectTopFive([gap('a1', 'A', 1), gap('a2', 'A', 2)]).map((g) => g.key)).toEqual(['a1', 'a2']);
    expect(selectTopFive([])).toEqual([]);
  });
});

describe('criterionImpact', () => {
  it('is 1 + criteria touched, counting at most four', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(criterionImpact)).toEqual([1, 2, 3, 4, 5, 5, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import { ALL_RULES, findingKey, runRules, withMutes } from '../../shared/rules/engine';
import { RULE_IDS, type RuleId, type RuleInput } from '../../shared/rules/types';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { cleanControls, cleanInput, component, control, vendor, withControl } from '../support/ai-fixtures';

/** The findings of one rule on an input. */
function fired(ruleId: RuleId, input: RuleInput) {
  const rule = ALL_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return runRules(input, { rules: [rule] });
}

describe('the rule set', () => {
  it('has every declared rule once, each with texts, a severity and a family', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of ALL_RULES) {
      const texts = AI_READINESS_STRINGS_EN.rules[rule.id];
      expect(texts.title.length, rule.id).toBeGreaterThan(10);
      expect(texts.explanation.length, rule.id).toBeGreaterThan(60);
    }
  });

  it('finds nothing on the clean input', () => {
    expect(runRules(cleanInput())).toEqual([]);
  });
});

describe('FW-AI-01 training pipeline outside the boundary', () => {
  it('fires when no in-scope training pipeline is recorded', () => {
    const input = cleanInput({
      components: cleanInput().components.map((c) =>
        c.kind === 'training_pipeline' ? { ...c, inScope: false, scopeReason: 'Vendor-trained' } : c,
      ),
    });
    const [finding] = fired('FW-AI-01', input);
    expect(finding?.records).toEqual([{ type: 'assessment', id: 'a1' }]);
    expect(finding?.key).toBe('FW-AI-01|assessment:a1');
    expect(finding?.severity).toBe('high');
  });
  it('is quiet when the training pipeline is in scope', () => {
    expect(fired('FW-AI-01', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-02 model serving outside the boundary', () => {
  it('fires without an in-scope serving endpoint', () => {
    expect(
      fired(
        'FW-AI-02',
        cleanInput({ components: cleanInput().components.filter((c) => c.kind !== 'serving_endpoint') }),
      ),
    ).toHaveLength(1);
  });
  it('is quiet with one', () => {
    expect(fired('FW-AI-02', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-03 hosted model API in use but not in the boundary', () => {
  it('fires on the hosted model API vendors when no third-party AI API is in scope', () => {
    const input = cleanInput({
      components: cleanInput().components.filter((c) => c.kind !== 'third_party_ai_api'),
      vendors: [vendor('v1', { name: 'Acme Models' }), vendor('v2', { serviceType: 'vector_database' })],
    });
    const [finding] = fired('FW-AI-03', input);
    expect(finding?.records).toEqual([{ type: 'vendor', id: 'v1' }]);
    expect(finding?.explanation).toContain('(Acme Models)');
  });
  it('is quiet when the API is in the boundary, or when no hosted model API is used', () => {
    expect(fired('FW-AI-03', cleanInput())).toEqual([]);
    const noApi = cleanInput({
      components: cleanInput().components.filter((c) => c.kind !== 'third_party_ai_api'),
      vendors: [vendor('v2', { serviceType: 'cloud_ml_platform' })],
    });
    expect(fired('FW-AI-03', noApi)).toEqual([]);
  });
});

describe('FW-AI-04 boundary component with no control (generic template)', () => {
  const labelling = component('c-label', 'labelling', { name: 'Annotation vendor workflow' });
  it('fires for an in-scope pipeline component no applicable control covers', () => {
    const input = cleanInput({
      components: [...cleanInput().components, labelling],
      controls: [...cleanControls(), control('AI-DAT-07', { stage: 'data_collection', status: 'not_applicable' })],
    });
    const [finding] = fired('FW-AI-04', input);
    expect(finding?.records).toEqual([{ type: 'component', id: 'c-label' }]);
    expect(finding?.explanation).toContain('Annotation vendor workflow (labelling)');
    expect(finding?.explanation).toContain('data collection, data preparation');
  });
  it('is quiet when a checklist control is linked, or the stage has a control, or the component is out of scope', () => {
    expect(
      fired(
        'FW-AI-04',
        cleanInput({ components: [...cleanInput().components, { ...labelling, controlIds: ['AI-DEV-01'] }] }),
      ),
    ).toEqual([]);
    expect(
      fired(
        'FW-AI-04',
        cleanInput({
          components: [...cleanInput().components, labelling],
          controls: [
            ...cleanControls(),
            control('AI-DAT-09', { stage: 'data_preparation', status: 'not_implemented' }),
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      fired(
        'FW-AI-04',
        cleanInput({
          components: [...cleanInput().components, { ...labelling, inScope: false, scopeReason: 'Not used' }],
        }),
      ),
    ).toEqual([]);
  });
});

describe('FW-AI-05 AI vendor without separate training-use and retention answers', () => {
  it('fires and names each missing answer', () => {
    const input = cleanInput({
      vendors: [
        vendor('v1', {
          trainingUse: 'unknown',
          trainingUseSource: '',
          retentionAssessed: false,
          retentionOutputsDays: null,
        }),
      ],
    });
    const [finding] = fired('FW-AI-05', input);
    expect(finding?.explanation).toContain(
      'whether it may train on your data, how long it keeps the inputs you send, how long it keeps the outputs it returns',
    );
  });
  it('fires when only output retention is unknown (the answers are separate)', () => {
    const [finding] = fired(
      'FW-AI-05',
      cleanInput({
        vendors: [vendor('v1', { retentionAssessed: false, retentionOutputsDays: null, retentionInputsDays: 30 })],
      }),
    );
    expect(finding?.explanation).toContain(
      'how long it keeps the inputs you send, how long it keeps the outputs it returns',
    );
  });
  it('is quiet when every answer is given, and for non-AI vendors', () => {
    expect(fired('FW-AI-05', cleanInput())).toEqual([]);
    expect(
      fired('FW-AI-05', cleanInput({ vendors: [vendor('v1', { serviceType: 'other', trainingUse: 'unknown' })] })),
    ).toEqual([]);
  });
});

describe('FW-AI-06 AI vendor treated as generic SaaS', () => {
  it('fires without AI due diligence', () => {
    const [finding] = fired(
      'FW-AI-06',
      cleanInput({ vendors: [vendor('v1', { aiDueDiligence: false, aiDueDiligenceDate: null })] }),
    );
    expect(finding?.key).toBe('FW-AI-06|vendor:v1');
    expect(finding?.explanation).toContain('(hosted model API)');
  });
  it('is quiet with it, and for a non-AI vendor', () => {
    expect(fired('FW-AI-06', cleanInput())).toEqual([]);
    expect(
      fired('FW-AI-06', cleanInput({ vendors: [vendor('v1', { serviceType: 'other', aiDueDiligence: false })] })),
    ).toEqual([]);
  });
});

describe('FW-AI-07 stale vendor', () => {
  it('fires when the contract renewed after the last review', () => {
    const [finding] = fired('FW-AI-07', cleanInput({ vendors: [vendor('v1', { renewalDate: '2026-10-01' })] }));
    expect(finding?.explanation).toContain('the contract renewed after the last review');
  });
  it('is quiet when reviewed since', () => {
    expect(fired('FW-AI-07', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-08 AI pipeline stage with no named owner', () => {
  it('fires for a stage none of whose controls has an owner', () => {
    const [finding] = fired('FW-AI-08', cleanInput({ controls: withControl('AI-DEV-01', { ownerName: '  ' }) }));
    expect(finding?.records).toEqual([{ type: 'control', id: 'AI-DEV-01' }]);
    expect(finding?.explanation).toContain('the training stage');
  });
  it('is quiet when the stage has an owner', () => {
    expect(fired('FW-AI-08', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-09 AI controls without a named owner', () => {
  const monitoring = [
    ...cleanControls(),
    control('AI-MON-04', { stage: 'monitoring', aiSpecific: true, ownerName: '' }),
  ];
  it('fires for unowned AI controls in a stage that has an owner', () => {
    const [finding] = fired('FW-AI-09', cleanInput({ controls: monitoring }));
    expect(finding?.records).toEqual([{ type: 'control', id: 'AI-MON-04' }]);
    expect(finding?.explanation).toContain('1 AI control(s) have no named owner: AI-MON-04');
  });
  it('is quiet for non-AI unowned controls and for wholly unowned stages (FW-AI-08 covers those)', () => {
    expect(
      fired(
        'FW-AI-09',
        cleanInput({ controls: [...cleanControls(), control('OPS-04', { stage: 'monitoring', ownerName: '' })] }),
      ),
    ).toEqual([]);
    expect(fired('FW-AI-09', cleanInput({ controls: withControl('AI-DEV-01', { ownerName: '' }) }))).toEqual([]);
  });
});

describe('FW-AI-10 AI stage owned only by engineering and data science', () => {
  it('fires when every AI owner of the stage is technical and nobody in compliance or legal owns a control there', () => {
    const controls = [
      ...withControl('AI-DEV-01', { ownerName: 'Priya', ownerFunction: 'engineering' }),
      control('AI-DEV-02', { stage: 'training', aiSpecific: true, ownerName: 'Kofi', ownerFunction: 'data_science' }),
    ];
    const [finding] = fired('FW-AI-10', cleanInput({ controls }));
    expect(finding?.records).toEqual([
      { type: 'control', id: 'AI-DEV-01' },
      { type: 'control', id: 'AI-DEV-02' },
    ]);
  });
  it('is quiet when a legal owner holds any control of the stage', () => {
    const controls = [
      ...withControl('AI-DEV-01', { ownerName: 'Priya', ownerFunction: 'engineering' }),
      control('DATA-LIC', { stage: 'training', ownerName: 'Hannah', ownerFunction: 'legal' }),
    ];
    expect(fired('FW-AI-10', cleanInput({ controls }))).toEqual([]);
  });
});

describe('FW-AI-11 Type II evidence only point-in-time', () => {
  const coverage = [{ controlId: 'AI-MON-03', noEvidence: false, pointInTimeOnly: true, gaps: [] }];
  it('fires for a Type II control whose evidence is all point-in-time', () => {
    const [finding] = fired('FW-AI-11', cleanInput({ coverage }));
    expect(finding?.severity).toBe('critical');
    expect(finding?.criteria).toEqual(['PI1.3', 'PI1.4']);
  });
  it('is quiet for Type I, and for a control marked not applicable', () => {
    expect(
      fired('FW-AI-11', cleanInput({ coverage, assessment: { ...cleanInput().assessment, reportType: 'I' } })),
    ).toEqual([]);
    expect(
      fired('FW-AI-11', cleanInput({ coverage, controls: withControl('AI-MON-03', { status: 'not_applicable' }) })),
    ).toEqual([]);
  });
});

describe('FW-AI-12 coverage gap longer than one period', () => {
  const gap = (periods: number) => [
    {
      controlId: 'AI-MON-03',
      noEvidence: false,
      pointInTimeOnly: false,
      gaps: [{ from: '2026-09-10', to: '2026-09-12', periods, unit: 'days' as const }],
    },
  ];
  it('fires for a gap of two periods', () => {
    const [finding] = fired('FW-AI-12', cleanInput({ coverage: gap(3) }));
    expect(finding?.explanation).toContain(
      'AI-MON-03 (daily) has no evidence for 3 days in a row, from 2026-09-10 to 2026-09-12',
    );
  });
  it('is quiet for a one-period gap, and for a control with no evidence at all', () => {
    expect(fired('FW-AI-12', cleanInput({ coverage: gap(1) }))).toEqual([]);
    expect(fired('FW-AI-12', cleanInput({ coverage: gap(3).map((f) => ({ ...f, noEvidence: true })) }))).toEqual([]);
  });
});

describe('FW-AI-13 no drift monitoring with Processing Integrity in scope', () => {
  it('fires when the drift control is only partial', () => {
    const [finding] = fired('FW-AI-13', cleanInput({ controls: withControl('AI-MON-03', { status: 'partial' }) }));
    expect(finding?.records).toEqual([{ type: 'control', id: 'AI-MON-03' }]);
  });
  it('fires on the assessment when the checklist has no drift control at all', () => {
    const [finding] = fired(
      'FW-AI-13',
      cleanInput({ controls: cleanControls().filter((c) => c.controlId !== 'AI-MON-03') }),
    );
    expect(finding?.records).toEqual([{ type: 'assessment', id: 'a1' }]);
    expect(finding?.explanation).toContain('(none in the checklist)');
  });
  it('is quiet when implemented, or when Processing Integrity is out of scope', () => {
    expect(fired('FW-AI-13', cleanInput())).toEqual([]);
    const security = cleanInput({
      assessment: { ...cleanInput().assessment, categories: ['security'] },
      controls: withControl('AI-MON-03', { status: 'not_implemented' }),
    });
    expect(fired('FW-AI-13', security)).toEqual([]);
  });
});

describe('FW-AI-14 model registry changes outside change management', () => {
  it('fires when the promotion control is partial', () => {
    const [finding] = fired('FW-AI-14', cleanInput({ controls: withControl('AI-REG-02', { status: 'partial' }) }));
    expect(finding?.key).toBe('FW-AI-14|control:AI-REG-02');
    expect(finding?.severity).toBe('critical');
  });
  it('is quiet when implemented', () => {
    expect(fired('FW-AI-14', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-15 required AI policy missing', () => {
  it('fires for a policy whose control is not implemented', () => {
    const [finding] = fired(
      'FW-AI-15',
      cleanInput({ controls: withControl('AI-GOV-03', { status: 'not_implemented' }) }),
    );
    expect(finding?.explanation).toContain('ML training data governance policy');
    expect(finding?.records).toEqual([{ type: 'control', id: 'AI-GOV-03' }]);
  });
  it('is quiet when every policy control is implemented', () => {
    expect(fired('FW-AI-15', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-16 AI policy not reviewed in twelve months', () => {
  it('fires when the policy document is older than twelve months', () => {
    const evidence = cleanInput().evidence.map((e) =>
      e.controlIds.includes('AI-GOV-01') ? { ...e, periodFrom: '2025-11-01', periodTo: '2025-11-21' } : e,
    );
    const [finding] = fired('FW-AI-16', cleanInput({ evidence }));
    expect(finding?.explanation).toContain('on or after 2025-11-22');
    expect(finding?.records).toEqual([{ type: 'control', id: 'AI-GOV-01' }]);
  });
  it('is quiet with a document covering exactly twelve months ago', () => {
    const evidence = cleanInput().evidence.map((e) =>
      e.controlIds.includes('AI-GOV-01') ? { ...e, periodTo: '2025-11-22' } : e,
    );
    expect(fired('FW-AI-16', cleanInput({ evidence }))).toEqual([]);
  });
});

describe('FW-AI-17 day-60 review not held', () => {
  it('fires after the review date without a completed review', () => {
    const [finding] = fired('FW-AI-17', cleanInput({ reviews: [{ asOf: '2026-10-31', status: 'in_progress' }] }));
    expect(finding?.explanation).toContain('due on 2026-10-31 (22 day(s) ago)');
  });
  it('is quiet with a completed review, or before the date', () => {
    expect(fired('FW-AI-17', cleanInput())).toEqual([]);
    expect(fired('FW-AI-17', cleanInput({ reviews: [], today: '2026-10-31' }))).toEqual([]);
  });
});

describe('FW-AI-18 criterion in scope unaddressed', () => {
  it('fires per unaddressed criterion', () => {
    const [finding] = fired(
      'FW-AI-18',
      cleanInput({ criteria: [...cleanInput().criteria, { id: 'PI1.5', unaddressed: true }] }),
    );
    expect(finding?.key).toBe('FW-AI-18|criterion:PI1.5');
    expect(finding?.criteria).toEqual(['PI1.5']);
  });
  it('is quiet when every criterion is addressed', () => {
    expect(fired('FW-AI-18', cleanInput())).toEqual([]);
  });
});

describe('FW-AI-19 third-party AI subservice not fully described', () => {
  it('fires when the method is undecided and no SOC 2 report is on file', () => {
    const v = vendor('v1', {
      subserviceMethod: 'undecided',
      subserviceReason: '',
      soc2Report: { type: 'none', periodEnd: null, bridgeLetter: false, bridgeLetterDate: null },
    });
    const [finding] = fired('FW-AI-19', cleanInput({ vendors: [v] }));
    expect(finding?.explanation).toContain(
      'the carve-out or inclusive method is undecided, no SOC 2 report is on file',
    );
  });
  it('is quiet when both are settled', () => {
    expect(fired('FW-AI-19', cleanInput())).toEqual([]);
  });
});

describe('the engine', () => {
  it('builds stable keys from sorted records, independent of their order', () => {
    expect(
      findingKey('FW-AI-09', [
        { type: 'control', id: 'B' },
        { type: 'control', id: 'A' },
      ]),
    ).toBe('FW-AI-09|control:A,control:B');
  });
  it('keeps only in-scope criteria, in canonical order', () => {
    const controls = withControl('AI-REG-02', { status: 'partial', criteria: ['PI1.3', 'CC8.1'] });
    const [finding] = fired(
      'FW-AI-14',
      cleanInput({ controls, criteria: cleanInput().criteria.filter((c) => c.id !== 'PI1.3') }),
    );
    expect(finding?.criteria).toEqual(['CC8.1']);
  });
  it('lists muted findings as muted and leaves the others unmuted', () => {
    const findings = runRules(cleanInput({ components: [] }));
    const key = 'FW-AI-01|assessment:a1';
    const views = withMutes(
      findings,
      new Map([[key, { justification: 'Hosted models only', mutedAt: '2026-11-22T10:00:00.000Z' }]]),
    );
    expect(views.find((f) => f.key === key)?.muted?.justification).toBe('Hosted models only');
    expect(views.filter((f) => f.muted === null).map((f) => f.ruleId)).toContain('FW-AI-02');
  });
});

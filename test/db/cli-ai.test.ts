import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RankedGap } from '../../shared/rules/rank';
import type { FindingView } from '../../shared/rules/types';
import type { VendorView } from '../../shared/vendors/staleness';

/* The AI-readiness commands through the real command line (bundled on first use), on demo workspaces. */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[]): string {
  const result = run(args);
  expect(result.stderr.includes('error'), result.stderr).toBe(false);
  expect(result.code).toBe(0);
  return result.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-ai-'));
  execFileSync(process.execPath, [BIN, '--version']);
}, 120_000);

function demo(name: string): string {
  const ws = join(dir, `${name}.fwdb`);
  ok(['demo', '--workspace', ws]);
  return ws;
}

/** A new Type II assessment with an empty boundary and inventory. */
function fresh(name: string): string {
  const ws = join(dir, `${name}.fwdb`);
  ok([
    'assessment',
    'create',
    '--workspace',
    ws,
    '--org',
    'Acme AI',
    '--system',
    'Scoring API',
    '--type',
    'II',
    '--categories',
    'security,processing-integrity',
    '--window-start',
    '2026-09-01',
    '--window-end',
    '2027-02-28',
  ]);
  return ws;
}

describe('fieldwork findings', () => {
  it('prints {findings, topFive} as JSON, and mutes a finding only with a justification', () => {
    const ws = demo('findings');
    const result = JSON.parse(ok(['findings', '--workspace', ws, '--json'])) as {
      findings: FindingView[];
      topFive: RankedGap[];
      gaps: RankedGap[];
    };
    // The demo ships a boundary, vendors and a plan: its findings include vendor and ownership patterns.
    expect(result.findings.some((f) => f.ruleId === 'FW-AI-06' && f.explanation.includes('VectorVault'))).toBe(true);
    const key = result.topFive[0]?.key ?? '';
    expect(result.findings.map((f) => f.key)).toContain(key);
    expect(result.topFive).toHaveLength(5);
    expect(result.topFive.map((g) => g.score)).toEqual([...result.topFive.map((g) => g.score)].sort((a, b) => b - a));
    for (const gap of result.topFive) expect(gap.score).toBe(gap.severityWeight * gap.impact);

    const refused = run(['findings', 'mute', '--workspace', ws, '--key', key, '--justification', ' ']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Muting a finding needs a justification/);
    ok([
      'findings',
      'mute',
      '--workspace',
      ws,
      '--key',
      key,
      '--justification',
      'Accepted until the Q1 platform migration',
    ]);
    const after = JSON.parse(ok(['findings', 'list', '--workspace', ws, '--json'])) as {
      findings: FindingView[];
      gaps: RankedGap[];
    };
    expect(after.findings.find((f) => f.key === key)?.muted?.justification).toBe(
      'Accepted until the Q1 platform migration',
    );
    expect(after.gaps.some((g) => g.key === key)).toBe(false);
  });
});

describe('fieldwork vendor', () => {
  it('adds a vendor with every kind of flag and lists it', () => {
    const ws = fresh('vendor');
    const added = JSON.parse(
      ok([
        'vendor',
        'add',
        '--workspace',
        ws,
        '--json',
        '--name',
        'Acme Models',
        '--type',
        'hosted_model_api',
        '--purpose',
        'Summaries',
        '--model',
        'acme-large@2026-05',
        '--model',
        'acme-embed',
        '--sends-customer',
        '--no-sends-personal',
        '--training-use',
        'opted_out',
        '--training-use-source',
        'Enterprise agreement §7',
        '--retention-inputs-days',
        '0',
        '--retention-outputs-days',
        '30',
        '--retention-assessed',
        '--retention-note',
        'Zero retention addendum',
        '--ai-due-diligence',
        '--ai-due-diligence-date',
        '2026-10-02',
        '--subservice-method',
        'carve_out',
        '--subservice-reason',
        'Own SOC 2 Type 2',
        '--soc2-report',
        'type2',
        '--soc2-period-end',
        '2026-06-30',
        '--cuec',
        'AI-VEN-04=Restrict API keys to the serving account',
        '--cuec',
        'Review the usage dashboard monthly',
        '--data-use-restriction',
        '--audit-rights',
        '--renewal-date',
        '2027-01-15',
        '--last-model-change',
        '2026-09-20',
        '--last-reviewed',
        '2026-10-02',
      ]),
    ) as VendorView;
    expect(added).toMatchObject({
      name: 'Acme Models',
      models: [
        { name: 'acme-large', version: '2026-05' },
        { name: 'acme-embed', version: '' },
      ],
      dataSent: { customer: true, personal: false, confidential: false },
      trainingUse: 'opted_out',
      retentionInputsDays: 0,
      retentionOutputsDays: 30,
      retentionAssessed: true,
      soc2Report: { type: 'type2', periodEnd: '2026-06-30', bridgeLetter: false, bridgeLetterDate: null },
      cuecs: [
        { controlId: 'AI-VEN-04', description: 'Restrict API keys to the serving account' },
        { controlId: null, description: 'Review the usage dashboard monthly' },
      ],
      contract: { dataUseRestriction: true, outputOwnership: false, deletionAtTermination: false, auditRights: true },
      staleness: [],
    });
    const listed = JSON.parse(ok(['vendor', 'list', '--workspace', ws, '--json'])) as VendorView[];
    expect(listed.map((v) => v.id)).toEqual([added.id]);

    ok(['vendor', 'update', '--workspace', ws, '--vendor', 'acme models', '--last-model-change', '2026-11-01']);
    const [stale] = JSON.parse(
      ok(['vendor', 'list', '--workspace', ws, '--json', '--as-of', '2026-11-22']),
    ) as VendorView[];
    expect(stale?.staleness).toEqual(['model_changed_since_review']);
    expect(stale?.retentionOutputsDays).toBe(30);
  });

  it('explains what is missing in one line', () => {
    const ws = fresh('vendor-bad-input');
    const missing = run(['vendor', 'add', '--workspace', ws, '--name', 'X']);
    expect(missing.stderr).toMatch(/A new vendor needs --name and --type/);
    const days = run([
      'vendor',
      'add',
      '--workspace',
      ws,
      '--name',
      'X',
      '--type',
      'other',
      '--retention-inputs-days',
      'forever',
    ]);
    expect(days.stderr).toMatch(/--retention-inputs-days must be a whole number of days/);
    const cross = run([
      'vendor',
      'add',
      '--workspace',
      ws,
      '--name',
      'X',
      '--type',
      'other',
      '--subservice-method',
      'inclusive',
    ]);
    expect(cross.stderr).toMatch(/subserviceReason: explain why the inclusive method was chosen/);
    for (const r of [missing, days, cross]) {
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('fieldwork boundary and remediation', () => {
  it('adds the starter boundary, draws it, and closes a plan item into the score', () => {
    const ws = fresh('plan');
    const starter = JSON.parse(ok(['boundary', 'starter', '--workspace', ws, '--json'])) as { added: number };
    expect(starter.added).toBe(10);
    const out = join(dir, 'flow.svg');
    ok(['boundary', 'diagram', '--workspace', ws, '--out', out]);
    expect(readFileSync(out, 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*Model training pipeline[\s\S]*<\/svg>$/,
    );

    const before = JSON.parse(ok(['score', '--workspace', ws, '--json'])) as { overall: { design: number } };
    const item = JSON.parse(
      ok([
        'remediation',
        'add',
        '--workspace',
        ws,
        '--json',
        '--action',
        'Drift alerts on production models',
        '--controls',
        'AI-MON-03,AI-MON-04',
        '--due',
        '2027-01-31',
        '--priority',
        'high',
      ]),
    ) as { id: string };
    ok(['remediation', 'close', '--workspace', ws, '--id', item.id, '--apply-to-controls']);
    const after = JSON.parse(ok(['score', '--workspace', ws, '--json'])) as {
      overall: { design: number };
      controls: { id: string; status: string }[];
    };
    expect(after.controls.filter((c) => c.id === 'AI-MON-03' || c.id === 'AI-MON-04').map((c) => c.status)).toEqual([
      'implemented',
      'implemented',
    ]);
    expect(after.overall.design).toBeGreaterThan(before.overall.design);
  });
});

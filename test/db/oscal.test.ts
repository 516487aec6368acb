import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { assessmentResultsOf, poamOf } from '../../main/interchange/oscal-data';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { addCustomControl, updateControl } from '../../main/services/controls';
import { listPlan } from '../../main/services/remediation';
import { scoreOf } from '../../main/services/score';
import { evidenceEntryName, entryHref } from '../../shared/interchange/paths';
import { AppError } from '../../shared/ipc/result';
import type { OscalAssessmentResults, OscalFinding, OscalPoam } from '../../shared/oscal/types';
import { buildRealisticWorkspace, type RealisticWorkspace } from '../support/interchange-workspace';
import { oscalErrors } from '../support/oscal-schemas';

/*
 * OSCAL 1.2.1 exports of a realistic workspace (demo + evidence + a baseline snapshot + a completed day-60
 * review + remediation items), validated with ajv against the official NIST schemas; then broken copies
 * that the same validator must reject, which proves the validation is real.
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let dir: string;
let ws: RealisticWorkspace;
let ar: OscalAssessmentResults;
let poam: OscalPoam;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-oscal-'));
  ws = await buildRealisticWorkspace(dir);
  ar = assessmentResultsOf(ws.ctx, ws.assessmentId, { appVersion: '0.1.0' });
  poam = poamOf(ws.ctx, ws.assessmentId, { appVersion: '0.1.0' });
}, 120_000);

afterAll(() => {
  closeWorkspaceDb(ws.db);
  rmSync(dir, { recursive: true, force: true });
});

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every string value under `key` anywhere in the document. */
function valuesOf(node: unknown, key: string, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) valuesOf(item, key, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && typeof v === 'string') out.push(v);
      else valuesOf(v, key, out);
    }
  }
  return out;
}

function propValue(props: { name: string; value: string }[] | undefined, name: string): string | undefined {
  return props?.find((p) => p.name === name)?.value;
}

describe('OSCAL assessment-results', () => {
  it('is valid against the NIST 1.2.1 schema', () => {
    expect(oscalErrors('assessment-results', ar)).toEqual([]);
  });

  it('has one result per snapshot: the baseline, then the completed review', () => {
    const results = ar['assessment-results'].results;
    expect(results.map((r) => propValue(r.props, 'result-kind'))).toEqual(['snapshot', 'review']);
    expect(results[0]?.title).toBe('Snapshot “Baseline” as of 2026-11-21');
    expect(results[1]?.title).toBe('Day-60 readiness review as of 2026-11-22');
    expect(results[1]?.start).toBe('2026-11-22T09:00:00.000Z');
    expect(results[1]?.end).toBe('2026-11-22T15:30:00.000Z');
  });

  it('uses v4 UUIDs, unique across the document, and UTC timestamps', () => {
    const uuids = valuesOf(ar, 'uuid');
    expect(uuids.length).toBeGreaterThan(100);
    expect(uuids.every((u) => UUID_V4.test(u))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
    const times = [...valuesOf(ar, 'collected'), ...valuesOf(ar, 'start'), ...valuesOf(ar, 'last-modified')];
    expect(times.every((t) => t.endsWith('Z'))).toBe(true);
    expect(ar['assessment-results'].metadata['oscal-version']).toBe('1.2.1');
  });

  it('reviews our control ids and the criteria in scope as objectives, with a finding per criterion', () => {
    const review = ar['assessment-results'].results[1];
    const score = scoreOf(ws.ctx, ws.assessmentId, '2026-11-22');
    const inScope = score.controls.filter((c) => c.criteria.length > 0).map((c) => c.id);
    expect(
      review?.['reviewed-controls']['control-selections'][0]?.['include-controls'].map((c) => c['control-id']),
    ).toEqual(inScope);
    const objectives = review?.['reviewed-controls']['control-objective-selections']?.[0]?.['include-objectives'].map(
      (o) => o['objective-id'],
    );
    expect(objectives).toEqual(score.criteria.map((c) => c.id));
    expect(review?.findings?.map((f) => f.target['target-id'])).toEqual(score.criteria.map((c) => c.id));
  });

  it('makes an observation per evidence item, with its SHA-256 and the package path of the file', () => {
    const review = ar['assessment-results'].results[1];
    const evidenceObs = review?.observations?.filter((o) => o.methods.includes('EXAMINE')) ?? [];
    expect(evidenceObs).toHaveLength(ws.evidence.length);
    const resources = new Map((ar['assessment-results']['back-matter']?.resources ?? []).map((r) => [r.uuid, r]));
    for (const item of ws.evidence) {
      const obs = evidenceObs.find((o) => propValue(o.props, 'evidence-id') === item.id);
      expect(propValue(obs?.props, 'sha256')).toBe(item.sha256);
      const href = obs?.['relevant-evidence']?.[0]?.href ?? '';
      const resource = resources.get(href.slice(1));
      expect(resource?.rlinks?.[0]?.href).toBe(entryHref(evidenceEntryName(item.sha256, item.originalName)));
      expect(resource?.rlinks?.[0]?.hashes?.[0]).toEqual({ algorithm: 'SHA-256', value: item.sha256 });
    }
    // The name with backslashes is made safe in the package path.
    expect([...resources.values()].some((r) => r.rlinks?.[0]?.href.includes('model-promotion_.._ticket.txt'))).toBe(
      true,
    );
  });

  it('makes an observation per tested sample, and findings and risks from the conclusions', () => {
    const [notEffective, noted] = ws.exceptionControls;
    const review = ar['assessment-results'].results[1];
    const tests = review?.observations?.filter((o) => o.methods.includes('TEST')) ?? [];
    const tested = ws.db
      .prepare("SELECT count(*) FROM review_samples WHERE result != 'untested'")
      .pluck()
      .get() as number;
    expect(tests).toHaveLength(tested);
    const exceptions = tests.filter((o) => propValue(o.props, 'sample-result') === 'exception');
    expect(exceptions.map((o) => propValue(o.props, 'control-id')).sort()).toEqual(
      [notEffective, notEffective, noted].sort(),
    );
    const risk = review?.risks?.find(
      (r) => r.title === `${notEffective} did not operate effectively in the review sample`,
    );
    expect(risk?.['related-observations']?.map((o) => o['observation-uuid']).sort()).toEqual(
      exceptions
        .filter((o) => propValue(o.props, 'control-id') === notEffective)
        .map((o) => o.uuid)
        .sort(),
    );
    const criteria =
      scoreOf(ws.ctx, ws.assessmentId, '2026-11-22').controls.find((c) => c.id === notEffective)?.criteria ?? [];
    expect(criteria.length).toBeGreaterThan(0);
    for (const criterion of criteria) {
      const finding = review?.findings?.find((f) => f.target['target-id'] === criterion) as OscalFinding;
      expect(finding.target.status).toEqual({ state: 'not-satisfied', reason: 'fail' });
      expect(finding.description).toContain(`${notEffective} was concluded not effective in the review sample.`);
      expect(finding['related-risks']?.map((r) => r['risk-uuid'])).toContain(risk?.uuid);
    }
  });

  it('refers only to observations and risks of the same result', () => {
    for (const result of ar['assessment-results'].results) {
      const observations = new Set(result.observations?.map((o) => o.uuid));
      const risks = new Set(result.risks?.map((r) => r.uuid));
      for (const finding of result.findings ?? []) {
        for (const o of finding['related-observations'] ?? [])
          expect(observations.has(o['observation-uuid'])).toBe(true);
        for (const r of finding['related-risks'] ?? []) expect(risks.has(r['risk-uuid'])).toBe(true);
      }
    }
    expect(ar['assessment-results']['import-ap'].href).toBe(
      `#${ar['assessment-results']['back-matter']?.resources?.[0]?.uuid ?? 'missing'}`,
    );
  });
});

describe('OSCAL plan of action and milestones', () => {
  it('is valid against the NIST 1.2.1 schema', () => {
    expect(oscalErrors('poam', poam)).toEqual([]);
  });

  it('has a poam-item per remediation item, with its risk, milestones and linked findings', () => {
    const plan = listPlan(ws.ctx, ws.assessmentId);
    const doc = poam['plan-of-action-and-milestones'];
    expect(doc['poam-items']).toHaveLength(plan.length);
    const risks = new Map(doc.risks?.map((r) => [r.uuid, r]));
    const findings = new Set(doc.findings?.map((f) => f.uuid));
    const observations = new Set(doc.observations?.map((o) => o.uuid));
    for (const item of plan) {
      const poamItem = doc['poam-items'].find((p) => propValue(p.props, 'remediation-id') === item.id);
      expect(poamItem?.title).toBe(item.action);
      const risk = risks.get(poamItem?.['related-risks']?.[0]?.['risk-uuid'] ?? '');
      expect(risk?.status).toBe({ open: 'open', in_progress: 'remediating', done: 'closed' }[item.status]);
      const tasks = risk?.remediations?.[0]?.tasks ?? [];
      if (item.dueDate) {
        expect(risk?.deadline).toBe(`${item.dueDate}T00:00:00Z`);
        expect(tasks[0]?.timing?.['on-date'].date).toBe(`${item.dueDate}T00:00:00Z`);
      } else expect(risk?.deadline).toBeUndefined();
      if (item.closedAt) expect(tasks.at(-1)?.title).toBe('Closed');
      expect(risk?.remediations?.[0]?.lifecycle).toBe(item.status === 'done' ? 'completed' : 'planned');
      for (const f of poamItem?.['related-findings'] ?? []) expect(findings.has(f['finding-uuid'])).toBe(true);
      for (const o of poamItem?.['related-observations'] ?? [])
        expect(observations.has(o['observation-uuid'])).toBe(true);
      expect(poamItem?.['related-observations']?.length ?? 0).toBe(item.controlIds.length + item.findingKeys.length);
    }
    const linked = plan.find((i) => i.findingKeys.length > 0);
    expect(linked).toBeDefined();
    const observation = doc.observations?.find((o) => propValue(o.props, 'finding-key') === linked?.findingKeys[0]);
    expect(observation?.types).toEqual(['finding']);
  });

  it('refuses an empty remediation plan with a sentence', () => {
    const ctx: ServiceContext = {
      db: openWorkspaceDb(join(dir, 'empty.fwdb'), { create: true }),
      catalog: bundledCatalog(),
      now: () => new Date('2026-11-22T09:00:00Z'),
    };
    try {
      const id = createAssessment(ctx, {
        organisation: 'Acme',
        systemName: 'API',
        reportType: 'I',
        categories: ['security'],
      }).id;
      expect(() => poamOf(ctx, id, { appVersion: '0.1.0' })).toThrow(AppError);
      expect(() => poamOf(ctx, id, { appVersion: '0.1.0' })).toThrow(/remediation plan is empty/);
    } finally {
      closeWorkspaceDb(ctx.db);
    }
  });
});

describe('OSCAL for an assessment with no review or snapshot', () => {
  it('writes the current state as the one result, and custom ids that are not OSCAL tokens are rewritten', () => {
    const ctx: ServiceContext = {
      db: openWorkspaceDb(join(dir, 'type1.fwdb'), { create: true }),
      catalog: bundledCatalog(),
      now: () => new Date('2026-11-22T09:00:00Z'),
    };
    try {
      const id = createAssessment(ctx, {
        organisation: 'Acme',
        systemName: 'API',
        reportType: 'I',
        categories: ['security'],
        assessors: [],
      }).id;
      const custom = addCustomControl(ctx, id, {
        controlId: '1.2 GPU/quota',
        title: 'GPU quota approvals\nby the lead',
        criteria: ['CC8.1'],
      });
      updateControl(ctx, id, custom.controlId, { status: 'implemented', ownerName: '  ' });
      const doc = assessmentResultsOf(ctx, id, { appVersion: '0.1.0' });
      expect(oscalErrors('assessment-results', doc)).toEqual([]);
      const [result] = doc['assessment-results'].results;
      expect(doc['assessment-results'].results).toHaveLength(1);
      expect(propValue(result?.props, 'result-kind')).toBe('current');
      const ids =
        result?.['reviewed-controls']['control-selections'][0]?.['include-controls'].map((c) => c['control-id']) ?? [];
      expect(ids).not.toContain('1.2 GPU/QUOTA');
      const rewritten = ids.find((c) => c.startsWith('_1.2_GPU_QUOTA-'));
      expect(rewritten).toMatch(/^_1\.2_GPU_QUOTA-[0-9a-f]{8}$/);
      expect(result?.props?.find((p) => p.name === 'control-id-original')).toMatchObject({
        value: '1.2 GPU/QUOTA',
        remarks: `OSCAL id ${rewritten ?? ''}`,
      });
    } finally {
      closeWorkspaceDb(ctx.db);
    }
  });
});

describe('the validator is real: broken documents are rejected', () => {
  it('rejects a result without its uuid', () => {
    const broken = clone(ar);
    delete (broken['assessment-results'].results[0] as { uuid?: string }).uuid;
    expect(oscalErrors('assessment-results', broken).join('\n')).toMatch(/must have required property 'uuid'/);
  });

  it('rejects a uuid that is not a UUID', () => {
    const broken = clone(ar);
    broken['assessment-results'].uuid = 'not-a-uuid';
    expect(oscalErrors('assessment-results', broken)).not.toEqual([]);
  });

  it('rejects a timestamp without a timezone, and a date where a date-time is required', () => {
    const noZone = clone(ar);
    noZone['assessment-results'].metadata['last-modified'] = '2026-11-22T09:00:00';
    expect(oscalErrors('assessment-results', noZone).join('\n')).toMatch(/last-modified/);
    const dateOnly = clone(poam);
    const risk = dateOnly['plan-of-action-and-milestones'].risks?.find((r) => r.deadline);
    if (!risk) throw new Error('expected a risk with a deadline');
    risk.deadline = '2026-12-01';
    expect(oscalErrors('poam', dateOnly).join('\n')).toMatch(/deadline/);
  });

  it('rejects a value outside an enumeration', () => {
    const broken = clone(ar);
    const finding = broken['assessment-results'].results[1]?.findings?.[0];
    if (!finding) throw new Error('expected a finding');
    (finding.target.status as { state: string }).state = 'mostly-satisfied';
    expect(oscalErrors('assessment-results', broken).join('\n')).toMatch(/status\/state/);
    const method = clone(ar);
    const observation = method['assessment-results'].results[1]?.observations?.[0];
    if (!observation) throw new Error('expected an observation');
    (observation as { methods: string[] }).methods = ['examine '];
    expect(oscalErrors('assessment-results', method)).not.toEqual([]);
  });

  it('rejects an unknown property and an empty array (minItems 1)', () => {
    const extra = clone(poam);
    (extra['plan-of-action-and-milestones'] as Record<string, unknown>).fieldwork = true;
    expect(oscalErrors('poam', extra).join('\n')).toMatch(/additional properties/);
    const empty = clone(poam);
    empty['plan-of-action-and-milestones']['poam-items'] = [];
    expect(oscalErrors('poam', empty).join('\n')).toMatch(/poam-items/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createAssessment } from '../../main/services/assessments';
import {
  addStarterBoundary,
  dataFlowOf,
  deleteComponent,
  listBoundary,
  saveComponent,
} from '../../main/services/boundary';
import type { ServiceContext } from '../../main/services/context';
import { addCustomControl, getControl, updateControl } from '../../main/services/controls';
import { findingsOf, muteFinding, ownershipOf, unmuteFinding } from '../../main/services/findings';
import { closeRemediation, deleteRemediation, listPlan, saveRemediation } from '../../main/services/remediation';
import { scoreOf } from '../../main/services/score';
import { deleteVendor, listVendorViews, saveVendor, updateVendor } from '../../main/services/vendors';
import { AppError } from '../../shared/ipc/result';
import { omit } from '../../shared/omit';

/* The AI-readiness services on a real workspace file with the shipped catalog; every write is checked after a re-open. */

let dir: string;
let path: string;
let ctx: ServiceContext;
let tick: number;
let assessmentId: string;
const catalog = bundledCatalog();
const now = () => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-ai-'));
  path = join(dir, 'workspace.fwdb');
  tick = 0;
  ctx = { db: openWorkspaceDb(path, { create: true }), catalog, now };
  assessmentId = createAssessment(ctx, {
    organisation: 'Helio Analytics',
    systemName: 'Copilot',
    reportType: 'II',
    categories: ['security', 'processing-integrity'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: [],
  }).id;
});

afterEach(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

function reopen(): void {
  closeWorkspaceDb(ctx.db);
  ctx = { db: openWorkspaceDb(path), catalog, now };
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

const ruleIds = () => new Set(findingsOf(ctx, assessmentId).findings.map((f) => f.ruleId));

const HOSTED = {
  name: 'Acme Models',
  serviceType: 'hosted_model_api',
  models: [{ name: 'acme-large', version: '2026-05' }],
  dataSent: { customer: true },
};

describe('system boundary', () => {
  it('adds the starter list once, linked to the checklist controls of each stage', () => {
    const first = addStarterBoundary(ctx, assessmentId);
    expect(first.added).toBe(10);
    expect(first.components.map((c) => c.kind)).toEqual([
      'data_source',
      'labelling',
      'feature_store',
      'training_pipeline',
      'evaluation',
      'model_registry',
      'serving_endpoint',
      'third_party_ai_api',
      'monitoring',
      'infrastructure',
    ]);
    expect(first.components.find((c) => c.kind === 'model_registry')?.controlIds).toContain('AI-REG-02');
    expect(addStarterBoundary(ctx, assessmentId).added).toBe(0);
    const flow = dataFlowOf(ctx, assessmentId);
    expect(flow.training.columns).toBe(6);
    expect(flow.inference.nodes[0]?.kind).toBe('client');
    expect(flow.supporting.nodes.map((n) => n.label)).toEqual(['Cloud infrastructure']);
  });

  it('validates, updates and deletes components, and keeps them after a re-open', () => {
    const outNoReason = caught(() =>
      saveComponent(ctx, assessmentId, { kind: 'data_source', name: 'CRM export', inScope: false }),
    );
    expect(outNoReason.message).toBe(
      'The boundary component is not valid: scopeReason: say why "CRM export" is outside the system boundary (the auditor and the system description need the reason).',
    );
    expect(
      caught(() => saveComponent(ctx, assessmentId, { kind: 'data_source', name: 'CRM', controlIds: ['NOPE-01'] }))
        .message,
    ).toMatch(/Control NOPE-01 is not in this assessment's checklist/);
    expect(caught(() => saveComponent(ctx, assessmentId, { kind: 'gpu', name: 'X' })).message).toMatch(
      /kind: must be one of data_source, labelling/,
    );

    const saved = saveComponent(ctx, assessmentId, {
      kind: 'serving_endpoint',
      name: 'Scoring API',
      controlIds: ['ai-srv-01', 'AI-SRV-08'],
      data: { personal: true },
    });
    expect(saved).toMatchObject({
      inScope: true,
      onInferencePath: true,
      onTrainingPath: false,
      controlIds: ['AI-SRV-01', 'AI-SRV-08'],
      data: { personal: true, confidential: false, customer: false },
    });
    const updated = saveComponent(ctx, assessmentId, {
      id: saved.id,
      kind: 'serving_endpoint',
      name: 'Scoring API v2',
      inScope: false,
      scopeReason: 'Replaced by v3',
    });
    expect(updated).toMatchObject({
      id: saved.id,
      name: 'Scoring API v2',
      inScope: false,
      controlIds: [],
      flowOrder: saved.flowOrder,
    });
    reopen();
    expect(listBoundary(ctx, assessmentId)).toEqual([updated]);
    deleteComponent(ctx, assessmentId, saved.id);
    expect(listBoundary(ctx, assessmentId)).toEqual([]);
    expect(caught(() => deleteComponent(ctx, assessmentId, saved.id)).code).toBe('not_found');
  });

  it('drops a link when its custom control is deleted (foreign key cascade)', () => {
    const custom = addCustomControl(ctx, assessmentId, {
      title: 'Prompt red-teaming',
      criteria: ['CC7.1'],
      stage: 'evaluation',
    });
    const c = saveComponent(ctx, assessmentId, {
      kind: 'evaluation',
      name: 'Eval harness',
      controlIds: [custom.controlId],
    });
    ctx.db
      .prepare('DELETE FROM assessment_controls WHERE assessment_id = ? AND control_id = ?')
      .run(assessmentId, custom.controlId);
    expect(listBoundary(ctx, assessmentId).find((x) => x.id === c.id)?.controlIds).toEqual([]);
  });
});

describe('vendor inventory', () => {
  it('saves, merges updates, refuses duplicates and unmapped CUECs, and persists', () => {
    expect(caught(() => saveVendor(ctx, assessmentId, { ...HOSTED, trainingUse: 'does_not_train' })).message).toBe(
      "The vendor is not valid: trainingUseSource: say where the training-use answer comes from (a contract clause, the data processing terms or the vendor's documentation).",
    );
    const saved = saveVendor(ctx, assessmentId, {
      ...HOSTED,
      cuecs: [{ description: 'Rotate API keys', controlId: 'ai-ven-04' }],
    });
    expect(saved).toMatchObject({
      name: 'Acme Models',
      trainingUse: 'unknown',
      staleness: ['never_reviewed'],
      cuecs: [{ description: 'Rotate API keys', controlId: 'AI-VEN-04' }],
    });
    expect(caught(() => saveVendor(ctx, assessmentId, { name: ' acme models ', serviceType: 'other' })).code).toBe(
      'duplicate',
    );
    expect(
      caught(() =>
        saveVendor(ctx, assessmentId, {
          name: 'Other',
          serviceType: 'other',
          cuecs: [{ description: 'x', controlId: 'ZZ-99' }],
        }),
      ).message,
    ).toMatch(/Control ZZ-99 is not in this assessment's checklist/);

    const updated = updateVendor(ctx, assessmentId, 'ACME MODELS', {
      trainingUse: 'opted_out',
      trainingUseSource: 'Enterprise terms §7',
      soc2Report: { type: 'type2', periodEnd: '2025-09-30' },
      contract: { auditRights: true },
      lastReviewed: '2026-10-01',
    });
    expect(updated).toMatchObject({
      id: saved.id,
      models: [{ name: 'acme-large', version: '2026-05' }],
      dataSent: { customer: true, personal: false },
      soc2Report: { type: 'type2', periodEnd: '2025-09-30', bridgeLetter: false },
      contract: { auditRights: true, dataUseRestriction: false },
      staleness: ['soc2_report_outdated'],
    });
    reopen();
    const [listed] = listVendorViews(ctx, assessmentId);
    expect(listed).toEqual(updated);
    expect(listVendorViews(ctx, assessmentId, '2026-09-30')[0]?.staleness).toEqual([]);
    deleteVendor(ctx, assessmentId, saved.id);
    expect(listVendorViews(ctx, assessmentId)).toEqual([]);
  });
});

describe('findings, muting and the top five', () => {
  it('reflects the boundary and the vendors', () => {
    const before = ruleIds();
    expect(before.has('FW-AI-01') && before.has('FW-AI-02') && before.has('FW-AI-13')).toBe(true);
    addStarterBoundary(ctx, assessmentId);
    saveVendor(ctx, assessmentId, HOSTED);
    const after = ruleIds();
    expect(after.has('FW-AI-01') || after.has('FW-AI-02') || after.has('FW-AI-03')).toBe(false);
    expect(after.has('FW-AI-05') && after.has('FW-AI-06') && after.has('FW-AI-19')).toBe(true);

    const api = listBoundary(ctx, assessmentId).find((c) => c.kind === 'third_party_ai_api');
    if (!api) throw new Error('no third-party AI API in the starter');
    saveComponent(ctx, assessmentId, {
      ...omit(api, ['assessmentId', 'createdAt', 'updatedAt']),
      inScope: false,
      scopeReason: 'Not used in production yet',
    });
    expect(ruleIds().has('FW-AI-03')).toBe(true);
    const result = findingsOf(ctx, assessmentId);
    expect(result.topFive.length).toBe(5);
    expect(result.topFive.map((g) => g.rank)).toEqual([...result.topFive.map((g) => g.rank)].sort((a, b) => a - b));
  });

  it('needs a justification to mute, keeps the muted finding listed, drops it from the ranking, and persists', () => {
    const key = `FW-AI-01|assessment:${assessmentId}`;
    const blank = caught(() => muteFinding(ctx, assessmentId, key, '   '));
    expect(blank.code).toBe('justification_required');
    expect(blank.message).toMatch(/needs a justification/);
    expect(caught(() => muteFinding(ctx, assessmentId, 'FW-AI-99|x', 'because')).code).toBe('not_found');

    const muted = muteFinding(ctx, assessmentId, key, '  Models are trained by the vendor only  ');
    expect(muted.muted?.justification).toBe('Models are trained by the vendor only');
    reopen();
    const result = findingsOf(ctx, assessmentId);
    expect(result.findings.find((f) => f.key === key)?.muted?.justification).toBe(
      'Models are trained by the vendor only',
    );
    expect(result.gaps.some((g) => g.key === key)).toBe(false);
    expect(unmuteFinding(ctx, assessmentId, key)).toEqual({ unmuted: true });
    expect(findingsOf(ctx, assessmentId).gaps.some((g) => g.key === key)).toBe(true);
  });
});

describe('ownership matrix', () => {
  it('groups the checklist by stage and flags engineering-only AI stages', () => {
    for (const id of ['AI-DEV-01', 'AI-DEV-02'])
      updateControl(ctx, assessmentId, id, { ownerName: 'Priya Raman', ownerFunction: 'engineering' });
    const matrix = ownershipOf(ctx, assessmentId);
    const training = matrix.stages.find((s) => s.stage === 'training');
    expect(training?.owners.map((o) => o.name)).toEqual(['Priya Raman']);
    expect(matrix.flags).toContainEqual({
      kind: 'engineering_only_stage',
      stage: 'training',
      controlIds: ['AI-DEV-01', 'AI-DEV-02'],
    });
    expect(
      findingsOf(ctx, assessmentId).findings.some((f) => f.key === 'FW-AI-10|control:AI-DEV-01,control:AI-DEV-02'),
    ).toBe(true);
  });
});

describe('remediation plan', () => {
  it('validates items, flags dates, and closing one implements its controls and moves the score, atomically', () => {
    expect(caught(() => saveRemediation(ctx, assessmentId, { action: '  ' })).message).toBe(
      'The remediation item is not valid: action: is required.',
    );
    expect(caught(() => saveRemediation(ctx, assessmentId, { action: 'x', controlIds: ['NOPE-01'] })).message).toMatch(
      /NOPE-01 is not in this assessment's checklist/,
    );
    expect(
      caught(() => saveRemediation(ctx, assessmentId, { action: 'x', findingKeys: ['FW-AI-42|nothing'] })).message,
    ).toMatch(/Not a current finding: FW-AI-42\|nothing/);

    updateControl(ctx, assessmentId, 'AI-REG-02', { status: 'not_implemented' });
    const key = findingsOf(ctx, assessmentId).findings.find((f) => f.ruleId === 'FW-AI-14')?.key;
    expect(key).toBe('FW-AI-14|control:AI-REG-02');
    if (!key) return;
    const late = saveRemediation(ctx, assessmentId, {
      action: 'Put registry promotions under change approval',
      ownerName: 'Priya Raman',
      ownerFunction: 'engineering',
      dueDate: '2027-03-15',
      priority: 'critical',
      controlIds: ['AI-REG-02', 'AI-CHG-02'],
      findingKeys: [key],
    });
    expect(late.warnings.map((w) => w.code)).toEqual(['due_after_window_end']);
    expect(late.warnings[0]?.message).toMatch(/Due on 2027-03-15, after the observation window ends on 2027-02-28/);
    const overdue = saveRemediation(ctx, assessmentId, {
      action: 'Name owners for training controls',
      dueDate: '2026-11-01',
    });
    expect(overdue).toMatchObject({ overdue: true, priority: 'medium', status: 'open' });
    expect(overdue.warnings.map((w) => w.code)).toEqual(['no_owner', 'overdue']);
    expect(listPlan(ctx, assessmentId).map((i) => i.id)).toEqual([late.id, overdue.id]);

    const before = scoreOf(ctx, assessmentId);
    const closed = closeRemediation(ctx, assessmentId, late.id, { applyToControls: true });
    expect(closed).toMatchObject({ status: 'done', warnings: [] });
    expect(closed.closedAt).toMatch(/^2026-11-22T09:00:\d\d\.000Z$/);
    expect(getControl(ctx, assessmentId, 'AI-REG-02').status).toBe('implemented');
    const after = scoreOf(ctx, assessmentId);
    expect(after.overall.design).toBeGreaterThan(before.overall.design);

    reopen();
    expect(getControl(ctx, assessmentId, 'AI-CHG-02').status).toBe('implemented');
    const [first] = listPlan(ctx, assessmentId);
    expect(first).toMatchObject({ id: overdue.id, status: 'open' });
    const persisted = listPlan(ctx, assessmentId).find((i) => i.id === late.id);
    expect(persisted).toMatchObject({
      status: 'done',
      closedAt: closed.closedAt,
      findingKeys: [key],
      controlIds: ['AI-CHG-02', 'AI-REG-02'],
    });

    if (!persisted) return;
    const fields = omit(persisted, ['assessmentId', 'createdAt', 'updatedAt', 'closedAt', 'overdue', 'warnings']);
    const reopened = saveRemediation(ctx, assessmentId, { ...fields, status: 'open' });
    expect(reopened.closedAt).toBeNull();
    expect(getControl(ctx, assessmentId, 'AI-REG-02').status).toBe('implemented');
    deleteRemediation(ctx, assessmentId, late.id);
    expect(listPlan(ctx, assessmentId).map((i) => i.id)).toEqual([overdue.id]);
  });

  it('closes without touching the controls unless asked', () => {
    const item = saveRemediation(ctx, assessmentId, { action: 'Drift alerts', controlIds: ['AI-MON-03'] });
    closeRemediation(ctx, assessmentId, item.id);
    expect(getControl(ctx, assessmentId, 'AI-MON-03').status).toBe('not_assessed');
  });
});

it('deleting an assessment removes its boundary, vendors, mutes and plan (ON DELETE CASCADE)', () => {
  addStarterBoundary(ctx, assessmentId);
  saveVendor(ctx, assessmentId, HOSTED);
  muteFinding(ctx, assessmentId, findingsOf(ctx, assessmentId).findings[0]?.key ?? '', 'accepted');
  saveRemediation(ctx, assessmentId, { action: 'Something', controlIds: ['AI-REG-02'] });
  ctx.db.prepare('DELETE FROM assessments WHERE id = ?').run(assessmentId);
  for (const table of [
    'boundary_components',
    'boundary_component_controls',
    'ai_vendors',
    'finding_mutes',
    'remediation_items',
    'remediation_controls',
  ]) {
    expect(ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
  }
});

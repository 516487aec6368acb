import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../../main/ipc/app-state';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput } from '../../shared/ipc/contract';
import { callChannel, createTestAssessment, refusal, tempAppState, type TempAppState } from '../support/app-state';

/* The AI-readiness channels as the window calls them: schema at the door, real handlers, real workspace. */

let temp: TempAppState;
let app: AppState;
let assessmentId: string;

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callChannel(app, channel, input);
const refused = (channel: Channel, input: unknown) => refusal(app, channel, input);

beforeAll(async () => {
  temp = tempAppState('fieldwork-ai-ipc-', { now: () => new Date('2026-11-22T10:00:00Z') });
  app = temp.app;
  assessmentId = await createTestAssessment(app, ['security', 'processing-integrity']);
});

afterAll(() => temp.dispose());

describe('AI-readiness channels', () => {
  it('round-trips the boundary and its diagram', async () => {
    expect((await call('boundary:addStarter', { assessmentId })).added).toBe(10);
    const saved = await call('boundary:save', {
      assessmentId,
      component: { kind: 'data_source', name: 'Partner <feeds>', inScope: false, scopeReason: 'Contract ended' },
    });
    expect((await call('boundary:list', { assessmentId })).map((c) => c.id)).toContain(saved.id);
    const { flow, svg } = await call('boundary:dataFlow', { assessmentId });
    expect(flow.training.nodes.some((n) => n.componentId === saved.id && n.scope === 'out')).toBe(true);
    expect(svg).toContain('Partner &lt;feeds&gt;');
    expect(await call('boundary:delete', { assessmentId, id: saved.id })).toEqual({ deleted: true });
  });

  it('round-trips vendors, findings with mutes, ownership and the plan', async () => {
    const vendor = await call('vendor:save', {
      assessmentId,
      vendor: { name: 'Acme Models', serviceType: 'hosted_model_api' },
    });
    expect((await call('vendor:list', { assessmentId }))[0]).toMatchObject({
      id: vendor.id,
      staleness: ['never_reviewed'],
    });
    const { findings, topFive } = await call('findings:list', { assessmentId });
    const key = `FW-AI-06|vendor:${vendor.id}`;
    expect(findings.map((f) => f.key)).toContain(key);
    expect(topFive.length).toBeLessThanOrEqual(5);
    expect(
      (await call('findings:mute', { assessmentId, key, justification: 'Due diligence booked for December' })).muted
        ?.justification,
    ).toBe('Due diligence booked for December');
    expect(await call('findings:unmute', { assessmentId, key })).toEqual({ unmuted: true });
    expect((await call('ownership:get', { assessmentId })).stages.length).toBeGreaterThan(3);
    const item = await call('remediation:save', {
      assessmentId,
      item: { action: 'Drift alerts', controlIds: ['AI-MON-03'], status: 'done' },
      applyToControls: true,
    });
    expect(item.closedAt).toBe('2026-11-22T10:00:00.000Z');
    expect((await call('control:list', { assessmentId })).find((c) => c.controlId === 'AI-MON-03')?.status).toBe(
      'implemented',
    );
    expect((await call('remediation:list', { assessmentId })).map((i) => i.id)).toEqual([item.id]);
    expect(await call('remediation:delete', { assessmentId, id: item.id })).toEqual({ deleted: true });
    expect(await call('vendor:delete', { assessmentId, id: vendor.id })).toEqual({ deleted: true });
  });

  it('refuses wrong types at the door and explains domain errors', async () => {
    expect(
      (
        await refused('vendor:save', {
          assessmentId,
          vendor: { name: 'X', serviceType: 'other', retentionInputsDays: '30' },
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (await refused('boundary:save', { assessmentId, component: { kind: 'training_pipeline', name: 'T', extra: 1 } }))
        .message,
    ).toMatch(/Unrecognized key/);
    const mute = await refused('findings:mute', { assessmentId, key: 'FW-AI-01|x', justification: '' });
    expect(mute).toEqual({
      code: 'justification_required',
      message: expect.stringMatching(/needs a justification/) as string,
    });
    expect(
      (await refused('remediation:save', { assessmentId, item: { action: 'x', dueDate: '2026-13-01' } })).message,
    ).toMatch(/must be a real date/);
    expect((await refused('vendor:delete', { assessmentId, id: 'nope' })).code).toBe('not_found');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../../main/ipc/app-state';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput } from '../../shared/ipc/contract';
import { DEFAULT_SAMPLE_SIZES } from '../../shared/sampling/sizes';
import { callChannel, createTestAssessment, refusal, tempAppState, type TempAppState } from '../support/app-state';
import { smallCatalog } from '../support/small-catalog';

/* The review, coverage, snapshot and settings channels as the window calls them: schema at the door, real handlers. */

let temp: TempAppState;
let app: AppState;
let now = new Date('2026-10-20T10:00:00Z');
let assessmentId: string;

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callChannel(app, channel, input);
const refused = (channel: Channel, input: unknown) => refusal(app, channel, input);

beforeAll(async () => {
  temp = tempAppState('fieldwork-review-ipc-', { catalog: smallCatalog(), now: () => now });
  app = temp.app;
  assessmentId = await createTestAssessment(app);
});

afterAll(() => temp.dispose());

describe('coverage and score channels', () => {
  it('coverage:get lists every control with its details; score:get takes an as-of date', async () => {
    const report = await call('coverage:get', { assessmentId, asOf: '2026-10-31' });
    expect(report).toMatchObject({ measured: true, asOf: '2026-10-31', windowStart: '2026-09-01' });
    expect(report.controls.map((c) => c.controlId).sort()).toEqual(['AI-REG-01', 'SEC-AC-01', 'SEC-CM-01', 'SEC-GOV-01']);
    const score = await call('score:get', { assessmentId, asOf: '2027-05-01' });
    expect(score.asOf).toBe('2027-02-28');
    expect(score.controls.every((c) => c.coverage !== null)).toBe(true);
  });

  it('refuses a malformed as-of date at the door', async () => {
    expect((await refused('coverage:get', { assessmentId, asOf: '31/10/2026' })).code).toBe('invalid_input');
    expect((await refused('score:get', { assessmentId, asOf: '2026-02-30' })).code).toBe('invalid_input');
  });
});

describe('review, snapshot and settings channels', () => {
  it('settings: get the defaults, refuse a size over 40', async () => {
    expect(await call('settings:getSampleSizes', {})).toEqual({ sizes: DEFAULT_SAMPLE_SIZES, defaults: DEFAULT_SAMPLE_SIZES, custom: false });
    expect((await refused('settings:setSampleSizes', { sizes: { ...DEFAULT_SAMPLE_SIZES, daily: 100 } })).code).toBe('invalid_input');
  });

  it('review:start is refused with a readable message before the review date', async () => {
    const error = await refused('review:start', { assessmentId });
    expect(error).toMatchObject({ code: 'review_not_yet' });
    expect(error.message).toContain('2026-10-31, in 11 days');
    expect(await call('review:current', { assessmentId })).toBeNull();
  });

  it('runs a review end to end and diffs the snapshots', async () => {
    now = new Date('2026-10-31T10:00:00Z');
    const baseline = await call('snapshot:take', { assessmentId, label: 'Pre-review baseline' });
    const review = await call('review:start', { assessmentId });
    const quarterly = review.controls.find((c) => c.controlId === 'SEC-AC-01');
    expect(quarterly?.samples).toHaveLength(1);
    expect((await refused('review:record', { reviewId: review.id, controlId: 'SEC-AC-01', seq: 1, result: 'exception' })).code).toBe('invalid_input');
    expect((await refused('review:record', { reviewId: review.id, controlId: 'SEC-AC-01', seq: 0, result: 'passed' })).code).toBe('invalid_input');
    const recorded = await call('review:record', { reviewId: review.id, controlId: 'SEC-AC-01', seq: 1, result: 'passed', note: 'Access review signed off.' });
    expect(recorded.controls.find((c) => c.controlId === 'SEC-AC-01')?.conclusion).toBe('effective');
    expect((await refused('review:complete', { reviewId: review.id })).code).toBe('review_incomplete');
    const done = await call('review:complete', { reviewId: review.id, allowIncomplete: true });
    expect(done.snapshot.label).toBe('Day-60 review');
    expect((await call('review:current', { assessmentId }))?.status).toBe('completed');
    const list = await call('snapshot:list', { assessmentId });
    expect(list.map((s) => s.id)).toEqual([baseline.id, done.snapshot.id]);
    const snapshot = await call('snapshot:get', { id: done.snapshot.id });
    expect(snapshot.data.controls.find((c) => c.id === 'SEC-AC-01')?.conclusion).toBe('effective');
    const diff = await call('snapshot:diff', { from: baseline.id, to: done.snapshot.id });
    expect(diff.controls.find((c) => c.id === 'SEC-AC-01')?.conclusion).toEqual({ from: null, to: 'effective' });
    expect((await refused('snapshot:get', { id: 'missing' })).code).toBe('not_found');
  });
});

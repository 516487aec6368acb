import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput } from '../../shared/ipc/contract';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../../shared/rules/strings.fr';
import { callChannel, createTestAssessment, tempAppState, type TempAppState } from '../support/app-state';

/*
 * The two channels whose texts main writes take the UI's language: findings:list (titles and explanations)
 * and boundary:addStarter (the starter components' names). Keys, order and figures do not depend on it.
 */

let temp: TempAppState;
let app: AppState;
let assessmentId: string;

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callChannel(app, channel, input);

beforeAll(async () => {
  temp = tempAppState('fieldwork-ui-lang-', { now: () => new Date('2026-11-22T10:00:00Z') });
  app = temp.app;
  assessmentId = await createTestAssessment(app);
});

afterAll(() => temp.dispose());

describe('channels that write texts follow the UI language', () => {
  it('findings:list: French titles and explanations, same keys, order and ranking as English', async () => {
    const english = await call('findings:list', { assessmentId });
    const explicit = await call('findings:list', { assessmentId, lang: 'en' });
    const french = await call('findings:list', { assessmentId, lang: 'fr' });
    expect(english.findings.length).toBeGreaterThan(0);
    expect(explicit).toEqual(english);
    expect(french.findings.map((f) => f.key)).toEqual(english.findings.map((f) => f.key));
    expect(french.gaps.map((g) => [g.key, g.score])).toEqual(english.gaps.map((g) => [g.key, g.score]));
    for (const f of french.findings) {
      expect(f.title).toBe(AI_READINESS_STRINGS_FR.rules[f.ruleId].title);
      const en = english.findings.find((e) => e.key === f.key);
      expect(en?.title).toBe(AI_READINESS_STRINGS_EN.rules[f.ruleId].title);
      expect(f.explanation).not.toBe(en?.explanation);
      expect(f.explanation).not.toMatch(/\{\w+\}/);
    }
    // FW-AI-01 (no training pipeline in the boundary) has no parameter: its French text is the table's own.
    const boundaryFinding = french.findings.find((f) => f.ruleId === 'FW-AI-01');
    expect(boundaryFinding?.explanation).toBe(AI_READINESS_STRINGS_FR.rules['FW-AI-01'].explanation);
  });

  it('rejects a language the UI does not have', async () => {
    const result = await invokeChannel(app, 'findings:list', { assessmentId, lang: 'de' });
    expect(result.ok).toBe(false);
  });

  it('boundary:addStarter names the starter components in the chosen language', async () => {
    const { added, components } = await call('boundary:addStarter', { assessmentId, lang: 'fr' });
    expect(added).toBe(10);
    expect(components.map((c) => c.name).sort()).toEqual(Object.values(AI_READINESS_STRINGS_FR.starter).sort());
    expect(components.find((c) => c.kind === 'model_registry')?.name).toBe('Registre de modèles');
  });
});

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../main/ipc/app-state';
import { storedPathOf } from '../../main/evidence/store';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput } from '../../shared/ipc/contract';
import { ScriptedDialogs } from '../e2e/support/dialogs';
import { callChannel, createTestAssessment, refusal, tempAppState, type TempAppState } from '../support/app-state';
import { smallCatalog } from '../support/small-catalog';

/* The evidence channels exactly as the window calls them: schema validation at the door, then the real handlers. */

let temp: TempAppState;
let dir: string;
let app: AppState;
let dialogs: ScriptedDialogs;
let assessmentId: string;

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callChannel(app, channel, input);
const refused = (channel: Channel, input: unknown) => refusal(app, channel, input);

beforeEach(async () => {
  dialogs = new ScriptedDialogs();
  temp = tempAppState('fieldwork-evidence-ipc-', {
    catalog: smallCatalog(),
    now: () => new Date('2026-11-15T10:00:00Z'),
    dialogs,
  });
  ({ dir, app } = temp);
  assessmentId = await createTestAssessment(app);
});

afterEach(() => temp.dispose());

const META = { controlIds: ['SEC-AC-01'], kind: 'log_export' as const, sourceSystem: 'Okta', collectedBy: 'Ana', periodFrom: '2026-09-01', periodTo: '2026-10-31', notes: '' };

describe('evidence channels', () => {
  it('keeps the store next to the workspace file and follows a workspace switch', () => {
    expect(app.evidenceStoreDir).toBe(join(dir, 'client.fwdb.evidence'));
    app.switchWorkspace(join(dir, 'other.fwdb'), true);
    expect(app.evidenceStoreDir).toBe(join(dir, 'other.fwdb.evidence'));
  });

  it('adds files chosen in the dialog, lists, verifies, links and removes them', async () => {
    const paths = ['sept.log', 'oct.log'].map((name) => {
      const path = join(dir, name);
      writeFileSync(path, `export ${name}`);
      return path;
    });
    dialogs.answerEvidenceFiles(paths);
    const chosen = await call('evidence:chooseFiles', {});
    const added = await call('evidence:add', { assessmentId, filePaths: chosen, ...META });
    expect(added.map((i) => i.originalName)).toEqual(['sept.log', 'oct.log']);
    expect((await call('evidence:list', { assessmentId })).map((i) => i.originalName).sort()).toEqual(['oct.log', 'sept.log']);
    expect((await call('evidence:verify', { assessmentId })).summary).toEqual({ total: 2, ok: 2, modified: 0, missing: 0 });

    const [first] = added;
    if (!first) throw new Error('nothing added');
    expect((await call('evidence:link', { evidenceId: first.id, controlId: 'SEC-GOV-01' })).controlIds).toEqual(['SEC-AC-01', 'SEC-GOV-01']);
    expect((await call('evidence:unlink', { evidenceId: first.id, controlId: 'SEC-AC-01' })).controlIds).toEqual(['SEC-GOV-01']);
    expect(await call('evidence:remove', { evidenceId: first.id })).toEqual({ itemRemoved: true, fileRemoved: true });
    expect(existsSync(storedPathOf(app.evidenceStoreDir, first.sha256))).toBe(false);

    expect(await call('evidence:setPopulation', { assessmentId, controlId: 'SEC-CM-01', population: 12, evidenced: 9 })).toEqual({ controlId: 'SEC-CM-01', population: 12, evidenced: 9 });
    expect(await call('evidence:populations', { assessmentId })).toEqual([{ controlId: 'SEC-CM-01', population: 12, evidenced: 9 }]);
    dialogs.answerEvidenceFiles([]);
    expect(await call('evidence:chooseFiles', {})).toEqual([]);
  });

  it('refuses bad paths and oversized requests at the door', async () => {
    const relative = await refused('evidence:add', { assessmentId, filePaths: ['notes/secret.txt'], ...META });
    expect(relative).toEqual({ code: 'invalid_input', message: 'The request was not valid (filePaths.0: must be an absolute path).' });
    const tooMany = await refused('evidence:add', { assessmentId, filePaths: Array.from({ length: 201 }, (_, i) => `/tmp/f${i}`), ...META });
    expect(tooMany.message).toBe('The request was not valid (filePaths: must list at most 200 files per request).');
    expect((await refused('evidence:add', { assessmentId, filePaths: ['/tmp/a\0b'], ...META })).message).toMatch(/must not contain NUL characters/);
    expect((await refused('evidence:add', { assessmentId, filePaths: [42], ...META })).code).toBe('invalid_input');
    expect((await refused('evidence:add', { assessmentId, filePaths: [dir], ...META })).message).toBe(`${dir} is a folder, not a file: add the files inside it instead.`);
    expect((await refused('evidence:add', { assessmentId, filePaths: [join(dir, 'gone.log')], ...META })).message).toBe(`No file at ${join(dir, 'gone.log')}.`);
    expect((await refused('evidence:setPopulation', { assessmentId, controlId: 'SEC-CM-01', population: 1.5, evidenced: 0 })).code).toBe('invalid_input');
    expect((await refused('evidence:remove', { evidenceId: 'x', extra: true })).code).toBe('invalid_input');
    expect(await call('evidence:list', { assessmentId })).toEqual([]);
  });
});

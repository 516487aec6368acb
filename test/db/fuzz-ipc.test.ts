import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import type { AppState, DialogPort } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import type { Db } from '../../main/db/open';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract, type ChannelOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { tempAppState, type TempAppState } from '../support/app-state';
import { MATRICES } from '../support/spreadsheet-workspace';
import {
  HUGE_STRING,
  hostileValue,
  knownErrorCodes,
  messageProblem,
  mutationOf,
  tablesHash,
  wrongTypeValue,
} from '../support/hostile-values';

/*
 * Every IPC channel, fuzzed through invokeChannel on a real AppState over a real workspace file: random
 * values of every type, and mutations of a valid request (a value replaced by a wrong type, a 1 MiB string,
 * 1,000 levels of nesting, NaN, a `__proto__` key, odd Unicode…; a key dropped or added). Whatever comes in,
 * the answer is an IpcResult within a time bound, a refusal has a known code and a sentence for people, and
 * a refused request leaves the workspace exactly as it was (every table but the audit log, and the files).
 */

const NOW = new Date('2026-11-24T08:00:00.000Z');
const ROOT = join(import.meta.dirname, '../..');
const CODES = knownErrorCodes(ROOT);
const CALL_TIMEOUT_MS = 15_000;
/** Runs per channel: 87 channels × 30 in well under a minute; FIELDWORK_FUZZ_RUNS=500 for a longer hunt. */
const RUNS = Number(process.env.FIELDWORK_FUZZ_RUNS ?? 30);
/** A successful encrypt would change what every later run talks to: only values of the wrong type go there. */
const WRONG_TYPES_ONLY = new Set<string>(['workspace:encrypt']);

/** The platform dialogs, always cancelled: a dialog channel must answer null, never hang. */
class CancelledDialogs implements DialogPort {
  chooseWorkspaceToOpen = () => Promise.resolve(null);
  chooseWorkspaceToCreate = () => Promise.resolve(null);
  chooseReportPath = () => Promise.resolve(null);
  chooseEvidenceFiles = () => Promise.resolve([]);
  chooseExportPath = () => Promise.resolve(null);
  chooseMatrixFile = () => Promise.resolve(null);
  chooseFileToOpen = () => Promise.resolve(null);
}

/** Channels where some fuzzed request got past the schema to the handler: the fuzzing reaches the code behind the door. */
const PAST_THE_DOOR = new Set<string>();
let temp: TempAppState;
let dir: string;
let app: AppState;
let examples: Record<string, unknown>;

async function call<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

interface WorkspaceState {
  db: Db;
  /** Rows changed on this connection since it opened (rolled-back changes included). */
  changes: number;
  /** The names of the files next to the workspace (evidence store and backups included). */
  files: string;
  /** The tables' hash, computed only when `changes` moved: hashing every table on every call is slow. */
  tables: string | null;
}

function stateNow(): WorkspaceState {
  const db = app.session.requireDb();
  const { n } = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get() ?? { n: -1 };
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !/-(wal|shm|journal)$/.test(f))
    .sort()
    .join('\n');
  return { db, changes: n, files, tables: null };
}

/** Whether the workspace changed between two states; fills in the tables' hash where it is needed. */
function changedBetween(before: WorkspaceState, after: WorkspaceState): boolean {
  const sameRows = before.db === after.db && before.changes === after.changes;
  after.tables = sameRows ? before.tables : tablesHash(after.db);
  return before.files !== after.files || after.tables !== before.tables;
}

function bounded(promise: Promise<IpcResult<unknown>>, what: string): Promise<IpcResult<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (text ?? String(input)).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Fails with the counterexample cut short (a 1 MiB input printed whole buries the reason). */
function shortReport(details: fc.RunDetails<[unknown]>): void {
  if (!details.failed) return;
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath ?? ''}): ${reason.slice(0, 1_500)}`,
  );
}

beforeAll(async () => {
  temp = tempAppState('fieldwork-fuzz-ipc-', {
    file: join('ws', 'client.fwdb'),
    now: () => NOW,
    dialogs: new CancelledDialogs(),
    version: '0.1.0-fuzz',
  });
  ({ dir, app } = temp);
  const assessmentId = createDemoAssessment(app.services).id;
  const controls = await call('control:list', { assessmentId });
  const controlId = controls[0]?.controlId ?? 'CC1.1';
  const custom = controls.find((c) => c.source === 'custom')?.controlId ?? controlId;
  const source = join(dir, 'access-review.csv');
  writeFileSync(source, 'user,role\nana,admin\n');
  const [evidence] = await call('evidence:add', {
    assessmentId,
    filePaths: [source],
    controlIds: [controlId],
    kind: 'system_report',
    periodFrom: '2026-10-01',
  });
  const review = await call('review:start', { assessmentId });
  const snapshot = await call('snapshot:take', { assessmentId, label: 'Baseline' });
  const component = (await call('boundary:list', { assessmentId }))[0];
  const vendor = (await call('vendor:list', { assessmentId }))[0];
  const remediation = (await call('remediation:list', { assessmentId }))[0];
  const finding = (await call('findings:list', { assessmentId })).findings[0];
  const backup = await call('workspace:backupNow', {});
  const matrix = await call('import:readFile', { path: join(MATRICES, 'messy-matrix.csv') });
  const token = matrix.token;
  const id = { assessmentId };
  const patch = { status: 'implemented', ownerName: 'Ana', notes: 'n', justification: '' };
  const ids = { evidenceId: evidence?.id ?? 'e', controlId };
  const assessmentInput = {
    organisation: 'Acme',
    systemName: 'API',
    reportType: 'II',
    categories: ['security'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    reviewDate: null,
    assessors: ['Ana'],
  };
  examples = {
    'assessment:get': { id: assessmentId },
    'assessment:create': assessmentInput,
    'assessment:update': { id: assessmentId, input: assessmentInput },
    'control:list': id,
    'control:update': { ...id, controlId, patch },
    'control:bulkUpdate': { ...id, controlIds: [controlId, custom], patch: { status: 'partial', ownerFunction: null } },
    'control:addCustom': { ...id, control: { title: 'T', criteria: ['CC1.1'], stage: 'training', frequency: 'daily' } },
    'control:deleteCustom': { ...id, controlId: custom },
    'catalog:pendingUpdate': id,
    'catalog:applyUpdate': { ...id, accept: [controlId] },
    'score:get': { ...id, asOf: '2026-11-01' },
    'coverage:get': { ...id, asOf: '2026-11-01' },
    'report:save': { ...id, options: { lang: 'en', sections: ['summary'], watermark: true, summaryOnly: false } },
    'review:start': id,
    'review:current': id,
    'review:record': { reviewId: review.id, controlId, seq: 1, result: 'exception', note: 'x', evidenceId: null },
    'review:complete': { reviewId: review.id, allowIncomplete: false },
    'snapshot:take': { ...id, label: 'L' },
    'snapshot:list': id,
    'snapshot:get': { id: snapshot.id },
    'snapshot:diff': { from: snapshot.id, to: snapshot.id },
    'settings:setSampleSizes': {
      sizes: {
        annually: 1,
        quarterly: 2,
        monthly: 2,
        weekly: 5,
        daily: 20,
        continuous: 25,
        perEvent: [{ upTo: null, size: 'all' }],
      },
    },
    'evidence:list': id,
    'evidence:add': {
      ...id,
      filePaths: [source],
      controlIds: [controlId],
      kind: 'ticket',
      periodFrom: '2026-10-01',
      notes: '',
    },
    'evidence:link': ids,
    'evidence:unlink': ids,
    'evidence:remove': ids,
    'evidence:verify': id,
    'evidence:populations': id,
    'evidence:setPopulation': { ...id, controlId, population: 10, evidenced: 3 },
    'boundary:list': id,
    'boundary:save': {
      ...id,
      component: {
        id: component?.id,
        kind: 'data_source',
        name: 'Lake',
        controlIds: [controlId],
        data: { personal: true, confidential: false, customer: false },
      },
    },
    'boundary:delete': { ...id, id: component?.id ?? 'x' },
    'boundary:addStarter': id,
    'boundary:dataFlow': id,
    'vendor:list': id,
    'vendor:save': {
      ...id,
      vendor: { id: vendor?.id, name: 'V', serviceType: 'hosted_model_api', models: [{ name: 'm', version: '1' }] },
    },
    'vendor:delete': { ...id, id: vendor?.id ?? 'x' },
    'ownership:get': id,
    'findings:list': id,
    'findings:mute': { ...id, key: finding?.key ?? 'k', justification: 'accepted' },
    'findings:unmute': { ...id, key: finding?.key ?? 'k' },
    'remediation:list': id,
    'remediation:save': {
      ...id,
      item: { id: remediation?.id, action: 'Fix', dueDate: '2026-12-01', priority: 'high', controlIds: [controlId] },
      applyToControls: true,
    },
    'remediation:delete': { ...id, id: remediation?.id ?? 'x' },
    'export:controlsCsv': id,
    'export:controlsXlsx': id,
    'export:remediationCsv': id,
    'export:remediationXlsx': id,
    'import:readFile': { path: join(MATRICES, 'french-semicolon-1252.csv'), sheet: 'x', headerRow: 1, headerRows: 1 },
    'import:preview': { token, mapping: matrix.proposedMapping, ...id },
    'import:apply': { token, mapping: matrix.proposedMapping, ...id },
    'audit:list': {
      filter: { ...id, table: 'assessments', action: 'update', text: 'x', from: '2026-01-01T00:00:00Z' },
      limit: 5,
    },
    'audit:verify': { anchor: `1:${'0'.repeat(64)}` },
    'audit:export': { format: 'csv', filter: { actor: 'a' } },
    'audit:setActor': { name: 'Ana' },
    'oscal:export': { ...id, kind: 'poam' },
    'package:build': { ...id, lang: 'fr' },
    'portable:export': { ...id, passphrase: 'correct horse' },
    'portable:inspect': { token: '6f1c2f1e-8d1a-4a53-9a55-0f3c1b9b1d11', passphrase: 'p' },
    'portable:import': { token: '6f1c2f1e-8d1a-4a53-9a55-0f3c1b9b1d11', onDuplicate: 'copy' },
    'workspace:unlock': { passphrase: 'p', remember: false },
    'workspace:changePassphrase': { current: 'a-long-passphrase', next: 'another-long-passphrase' },
    'workspace:encrypt': { passphrase: 12_345 },
    'workspace:setSettings': { idleLockMinutes: 15, backupIntervalMinutes: 30 },
    'workspace:restore': { name: backup.name, latestGood: false },
  };
}, 120_000);

afterAll(() => temp.dispose());

describe('every IPC channel under hostile input', () => {
  it('starts from a valid example for every channel (or `{}` for one that takes no input)', () => {
    const invalid = CHANNELS.filter((c) => !WRONG_TYPES_ONLY.has(c)).flatMap((channel) =>
      (contract[channel].input.safeParse(examples[channel] ?? {}).error?.issues ?? []).map(
        (i) => `${channel}: ${i.path.join('.')} ${i.message}`,
      ),
    );
    expect(invalid).toEqual([]);
  });

  it.each(CHANNELS.map((c) => [c]))(
    '%s answers an IpcResult, refuses with a known code and a sentence, and changes nothing when it refuses',
    async (channel) => {
      if (channel === 'import:preview' || channel === 'import:apply') {
        // Other runs read files too, and main keeps only the last few reads: start from a fresh one.
        const fresh = await call('import:readFile', { path: join(MATRICES, 'messy-matrix.csv') });
        examples[channel] = { ...(examples[channel] as object), token: fresh.token };
      }
      const example = examples[channel] ?? {};
      const values = WRONG_TYPES_ONLY.has(channel) ? wrongTypeValue : hostileValue;
      let baseline = stateNow();
      baseline.tables = tablesHash(baseline.db);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 3, arbitrary: mutationOf(example, values) }, { weight: 1, arbitrary: values }),
          async (input) => {
            const what = `${channel}(${describeInput(input)})`;
            const result = await bounded(invokeChannel(app, channel, input), what);
            expect(typeof result.ok, what).toBe('boolean');
            expect(app.session.currentState, `${what} left the workspace ${app.session.currentState}`).toBe('open');
            const after = stateNow();
            const changed = changedBetween(baseline, after);
            if (result.ok || result.error.code !== 'invalid_input') PAST_THE_DOOR.add(channel);
            if (!result.ok) {
              const { code, message } = result.error;
              expect(
                CODES.has(code) && code !== 'internal',
                `${what} → unknown or internal code ${code}: ${message}`,
              ).toBe(true);
              expect(messageProblem(message), `${what} → ${message.slice(0, 300)}`).toBeNull();
              expect(changed, `${what} was refused (${message.slice(0, 200)}) but changed the workspace`).toBe(false);
            }
            baseline = after;
          },
        ),
        {
          numRuns: RUNS,
          interruptAfterTimeLimit: RUNS > 30 ? 600_000 : 20_000,
          markInterruptAsFailure: false,
          reporter: shortReport,
        },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    RUNS > 30 ? 900_000 : 60_000,
  );

  it('got past the schema to the handler on most channels (the fuzzing is not all turned away at the door)', () => {
    expect(PAST_THE_DOOR.size).toBeGreaterThan(CHANNELS.length / 2);
  });

  it('refuses an unknown channel and a missing input with a sentence', async () => {
    for (const name of ['nope', '', '__proto__', 'constructor', 'assessment:get\u0000', 'toString', HUGE_STRING]) {
      const result = await invokeChannel(app, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
    }
    const missing = await invokeChannel(app, 'assessment:get', undefined);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(relative(dir, app.workspacePath)).toBe(join('ws', 'client.fwdb'));
  });

  it('tells a real change from a rolled-back or no-op one (the check above can fail)', () => {
    const db = app.session.requireDb();
    const before = stateNow();
    before.tables = tablesHash(db);
    db.prepare("UPDATE assessments SET organisation = organisation || ''").run();
    const same = stateNow();
    expect(same.changes).toBeGreaterThan(before.changes);
    expect(changedBetween(before, same)).toBe(false);
    db.prepare("UPDATE assessments SET organisation = organisation || ' (edited)'").run();
    expect(changedBetween(same, stateNow())).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { AppState, type DialogPort } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import type { Catalog } from '../../shared/catalog/schema';
import type { CategoryKey } from '../../shared/domain';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/ipc/result';
import { ScriptedDialogs } from '../e2e/support/dialogs';

/* The main process's state as the IPC tests use it: a real AppState over a real workspace file. */

export interface TestAppOptions {
  now: () => Date;
  /** The bundled catalog unless given. */
  catalog?: Catalog;
  /** Scripted dialogs with nothing queued unless given. */
  dialogs?: DialogPort;
  version?: string;
}

/** An AppState on the workspace file at `path` (created when missing), on Linux. */
export function appStateAt(path: string, options: TestAppOptions): AppState {
  return new AppState({
    workspacePath: path,
    catalog: options.catalog ?? bundledCatalog(),
    now: options.now,
    dialogs: options.dialogs ?? new ScriptedDialogs(),
    version: options.version ?? 'test',
    platform: 'linux',
  });
}

export interface TempAppState {
  dir: string;
  app: AppState;
  /** Closes the workspace and removes the folder. */
  dispose: () => void;
}

/** A fresh folder under the system's temp folder and an AppState on `<folder>/<file>` (client.fwdb by default). */
export function tempAppState(prefix: string, options: TestAppOptions & { file?: string }): TempAppState {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, options.file ?? 'client.fwdb');
  mkdirSync(dirname(path), { recursive: true });
  const app = appStateAt(path, options);
  return {
    dir,
    app,
    dispose: () => {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A channel called as the window calls it (schema at the door, then the handler); a refusal fails the test. */
export async function callChannel<C extends Channel>(
  app: AppState,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

/** The refusal of a request the channel must not accept; accepting it fails the test. */
export async function refusal(app: AppState, channel: Channel, input: unknown): Promise<AppErrorShape> {
  const result = await invokeChannel(app, channel, input);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input).slice(0, 200)}`);
  return result.error;
}

/** Acme's Vision API, a Type II assessment over September 2026 – February 2027; returns its id. */
export async function createTestAssessment(app: AppState, categories: CategoryKey[] = ['security']): Promise<string> {
  const assessment = await callChannel(app, 'assessment:create', {
    organisation: 'Acme',
    systemName: 'Vision API',
    reportType: 'II',
    categories,
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
  });
  return assessment.id;
}

import { CHANNELS, EVENTS, type AppEvent, type Channel } from './channels';
import type { FilesApi, PreloadApi } from './contract';
import type { IpcResult } from './result';

/**
 * Builds window.api: one named method per channel (`api.assessment.create`), never a generic invoke.
 * The Electron preload passes ipcRenderer-based transports; the browser test bridge passes its own, so
 * both expose the exact same shape to the same UI bundle. `files` is the one helper that is not a channel:
 * each transport supplies how a dropped file's path is found.
 */
export function buildPreloadApi(
  invoke: (channel: Channel, input: unknown) => Promise<IpcResult<unknown>>,
  subscribe: (event: AppEvent, listener: () => void) => () => void,
  files: FilesApi,
): PreloadApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [domain, action] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][action] = (input: unknown) => invoke(channel, input ?? {});
  }
  const known = new Set<string>(EVENTS);
  api.onEvent = ((event: AppEvent, listener: () => void) => {
    if (!known.has(event)) throw new Error(`unknown event ${event}`);
    return subscribe(event, listener);
  }) as unknown as Record<string, unknown>;
  api.files = { pathOf: (file: Parameters<FilesApi['pathOf']>[0]) => files.pathOf(file) };
  return api as unknown as PreloadApi;
}

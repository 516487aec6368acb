/**
 * Runs in the page before the app (bundled into an init script): builds window.api with the SAME
 * buildPreloadApi as the Electron preload, with a Playwright binding as the transport instead of IPC.
 */
import { buildPreloadApi } from '../../../shared/ipc/build-api';
import type { AppEvent, Channel } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';

interface BridgeWindow {
  __fieldworkInvoke: (channel: Channel, input: unknown) => Promise<IpcResult<unknown>>;
  __fieldworkDropPaths?: Map<string, string>;
  __fieldworkEmit?: (event: AppEvent) => void;
  __fieldworkCsp?: string[];
}

const w = window as unknown as BridgeWindow & Window;
const listeners = new Map<AppEvent, Set<() => void>>();

// Main → renderer events ('workspace:changed'), delivered by the harness with page.evaluate.
Object.defineProperty(w, '__fieldworkEmit', {
  value: (event: AppEvent) => {
    for (const listener of listeners.get(event) ?? []) listener();
  },
});

// Every Content-Security-Policy violation, so a test can assert there were none.
const violations: string[] = [];
Object.defineProperty(w, '__fieldworkCsp', { value: violations });
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});

// Dropped files. In Electron the preload asks webUtils.getPathForFile for a dropped File's path on disk;
// Chromium gives a page no such path, and a test can only drop File objects it built in the page. So a
// test first registers, by file name, the temp file each dropped File stands for (test/e2e/support/drop.ts),
// and this stand-in answers with that path — or '' for an unregistered file, as Electron does for a File
// that has no path on disk. Only the path lookup is stood in: the app then adds the file through the real
// 'evidence:add' handler, which reads the real file at that path.
const dropPaths = new Map<string, string>();
Object.defineProperty(w, '__fieldworkDropPaths', { value: dropPaths });

const api = buildPreloadApi(
  (channel, input) => w.__fieldworkInvoke(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
  { pathOf: (file) => dropPaths.get(file.name) ?? '' },
);

// contextBridge exposes a frozen, non-writable object; mirror that.
Object.defineProperty(w, 'api', { value: Object.freeze(api), writable: false, configurable: false });

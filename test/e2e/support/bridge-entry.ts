/**
 * Runs in the page before the app (bundled into an init script): builds window.api with the SAME
 * buildPreloadApi as the Electron preload, with a Playwright binding as the transport instead of IPC.
 */
import { buildPreloadApi } from '../../../shared/ipc/build-api';
import type { AppEvent, Channel } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';

interface BridgeWindow {
  __fieldworkInvoke: (channel: Channel, input: unknown) => Promise<IpcResult<unknown>>;
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

const api = buildPreloadApi(
  (channel, input) => w.__fieldworkInvoke(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);

// contextBridge exposes a frozen, non-writable object; mirror that.
Object.defineProperty(w, 'api', { value: Object.freeze(api), writable: false, configurable: false });

import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  windowOptions,
} from '../../main/security';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stands in for Electron's many handler signatures
type Listener = (...args: any[]) => any;

/** Records what main/security.ts installs on an Electron session, so each handler can be exercised. */
function recordingSession() {
  const installed: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (installed.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => (installed.permissionCheck = fn),
    setDevicePermissionHandler: (fn: Listener) => (installed.devicePermission = fn),
    webRequest: {
      onBeforeRequest: (fn: Listener) => (installed.beforeRequest = fn),
      onHeadersReceived: (fn: Listener) => (installed.headersReceived = fn),
    },
  };
  return { session, installed };
}

function recordingContents() {
  const events: Record<string, Listener> = {};
  let openHandler: Listener | undefined;
  const contents = {
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    on: (event: string, fn: Listener) => {
      events[event] = fn;
      return contents;
    },
  };
  return { contents, events, openHandler: () => openHandler };
}

function navigation(url: string) {
  let prevented = false;
  return { event: { url, preventDefault: () => (prevented = true) }, prevented: () => prevented };
}

describe('window options', () => {
  const options = windowOptions('/app/preload/index.cjs');
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('app origin', () => {
  it('accepts only the app scheme and host', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://fieldwork/assets/index.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://fieldwork/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('accepts the dev server only when given, and only on loopback', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://example.com:5173/', 'http://example.com:5173')).toBe(false);
  });
  it('answers IPC only from our own top-level frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} as never })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('session hardening', () => {
  const { session, installed } = recordingSession();
  hardenSession(session as never);

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      installed.permissionRequest?.({}, permission, (answer: boolean) => (granted = answer));
      expect(granted).toBe(false);
      expect(installed.permissionCheck?.({}, permission)).toBe(false);
    }
    expect(installed.devicePermission?.({})).toBe(false);
  });

  it('cancels every request that is not the app scheme', () => {
    const decide = (url: string) => {
      let verdict: { cancel: boolean } | undefined;
      installed.beforeRequest?.({ url }, (v: { cancel: boolean }) => (verdict = v));
      return verdict?.cancel;
    };
    expect(decide('app://fieldwork/index.html')).toBe(false);
    expect(decide('https://telemetry.example.com/collect')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('ws://localhost/')).toBe(true);
    expect(decide('file:///etc/hosts')).toBe(true);
  });

  it('adds the strict CSP to every response', () => {
    let headers: Record<string, string[]> | undefined;
    installed.headersReceived?.({ responseHeaders: { 'X-Other': ['1'] } }, (v: { responseHeaders: Record<string, string[]> }) => (headers = v.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers?.['X-Other']).toEqual(['1']);
  });

  it('the CSP allows nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('web contents hardening', () => {
  const { contents, events, openHandler } = recordingContents();
  hardenWebContents(contents as never);

  it('denies new windows', () => {
    expect(openHandler()?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app', () => {
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = navigation('https://example.com/');
      events[name]?.(away.event, away.event.url);
      expect(away.prevented()).toBe(true);
      const home = navigation(APP_ENTRY_URL);
      events[name]?.(home.event, home.event.url);
      expect(home.prevented()).toBe(false);
    }
    const frame = navigation('https://example.com/');
    events['will-frame-navigate']?.(frame.event);
    expect(frame.prevented()).toBe(true);
  });

  it('refuses webviews', () => {
    const attempt = navigation(APP_ENTRY_URL);
    events['will-attach-webview']?.(attempt.event);
    expect(attempt.prevented()).toBe(true);
  });
});

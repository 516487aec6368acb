import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';

/**
 * The whole security policy of the desktop app in one place (Electron's security checklist):
 * isolated, sandboxed renderer; UI served only from our own app:// scheme under a strict CSP; no
 * navigation, new windows, webviews or permissions; every request that is not ours cancelled;
 * IPC accepted only from our own top-level page. Electron types only, so this file is testable without it.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldwork';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Fieldwork',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** True for URLs the app itself serves; `devServer` is electron-vite's local dev server, only in development. */
export function isAppUrl(url: string, devServer?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (parsed.protocol === 'devtools:') return true;
  if (devServer) {
    const dev = new URL(devServer);
    return parsed.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
  }
  return false;
}

/** IPC is answered only for our own top-level page, never for a subframe or a foreign page. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null, devServer?: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServer);
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** Denies every permission and cancels every request that leaves the app's own origin. */
export function hardenSession(session: SessionLike, devServer?: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url, devServer) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** No new windows, no navigation or redirect away from the app, no webviews. */
export function hardenWebContents(contents: ContentsLike, devServer?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url, devServer)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';

/** The page's origin: a name that cannot resolve, so only our route handler can answer it. */
export const APP_ORIGIN = 'https://fieldwork.invalid';

export const RENDERER_DIR = resolve(fileURLToPath(new URL('../../../out/renderer', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `No built renderer in ${RENDERER_DIR}. Build it first: "npx electron-vite build" (everything) or "npx vite build --config test/e2e/support/renderer.vite.config.ts" (renderer only).`,
    );
  }
}

function fileFor(pathname: string): string | null {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^[/\\]+/, '');
  const file = resolve(RENDERER_DIR, relative);
  if (!file.startsWith(RENDERER_DIR + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

async function handle(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== APP_ORIGIN) {
    await route.abort('blockedbyclient');
    return;
  }
  const file = fileFor(url.pathname);
  if (!file) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return;
  }
  await route.fulfill({
    status: 200,
    contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  });
}

/**
 * Serves out/renderer at APP_ORIGIN, blocks everything else, and records every request URL the page makes
 * (served or not) so a test can assert that nothing tried to leave the app's origin.
 */
export async function serveRenderer(context: BrowserContext, requests: string[]): Promise<void> {
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', handle);
}

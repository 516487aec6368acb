import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The Electron binary, if this machine has one (Electron 45 fetches it on first launch, not at install). */
function electronBinary(): string | null {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const root = join(import.meta.dirname, '../..');

test.describe('desktop app in Electron', () => {
  test.skip(binary === null, 'no Electron binary on this machine (it is fetched on first launch); the UI is covered in Chromium');

  test('starts hardened, serves the UI from app:// and answers through window.api', async () => {
    const workspace = join(mkdtempSync(join(tmpdir(), 'fieldwork-electron-')), 'e2e.fwdb');
    const app = await electron.launch({ executablePath: binary!, args: [root, '--workspace', workspace] });
    try {
      const page = await app.firstWindow();
      await page.locator('html[data-app-state="ready"]').waitFor();
      expect(page.url()).toBe('app://fieldwork/index.html');
      // Isolated and sandboxed: the page sees neither Node's require nor process.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const listed = await page.evaluate(async () => {
        const api = (globalThis as unknown as { api: { assessment: { list: (i: object) => Promise<unknown> } } }).api;
        return api.assessment.list({});
      });
      expect(listed).toEqual({ ok: true, value: [] });
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
      expect(existsSync(workspace)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

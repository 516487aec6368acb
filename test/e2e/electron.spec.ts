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
      const window = await app.firstWindow();
      await window.locator('html[data-app-state="ready"]').waitFor();
      expect(window.url()).toBe('app://fieldwork/index.html');
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return contents.getLastWebPreferences();
      });
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      const listed = await window.evaluate(async () => {
        const api = (globalThis as unknown as { api: { assessment: { list: (i: object) => Promise<unknown> } } }).api;
        return api.assessment.list({});
      });
      expect(listed).toEqual({ ok: true, value: [] });
      const opened = await window.evaluate(() => window.open('https://example.com/'));
      expect(opened).toBeNull();
      expect(existsSync(workspace)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

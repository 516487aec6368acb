import { app, BrowserWindow, dialog, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledCatalog } from './catalog/bundled';
import { electronDialogs } from './electron-dialogs';
import { electronSafeStorage } from './electron-safe-storage';
import { AppState } from './ipc/app-state';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_ENTRY_URL, hardenSession, hardenWebContents, windowOptions } from './security';
import { APP_VERSION } from './version';
import { DEFAULT_WORKSPACE_FILE } from './workspace-path';
import { RememberedPassphrases } from './workspace/remembered';

const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let mainWindow: BrowserWindow | undefined;

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServer));

/** `--workspace PATH` opens that workspace; otherwise the one in the user-data folder. */
function workspaceFromArgs(argv: readonly string[]): string {
  const index = argv.indexOf('--workspace');
  const given = index >= 0 ? argv[index + 1] : undefined;
  if (given) return given;
  const path = join(app.getPath('userData'), DEFAULT_WORKSPACE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, devServer);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  let state: AppState;
  try {
    state = new AppState({
      workspacePath: workspaceFromArgs(process.argv),
      catalog: bundledCatalog(),
      now: () => new Date(),
      dialogs: electronDialogs(() => mainWindow),
      version: APP_VERSION,
      platform: process.platform,
      notify: (event) => mainWindow?.webContents.send(event),
      remembered: new RememberedPassphrases(
        join(app.getPath('userData'), 'remembered-passphrases.json'),
        electronSafeStorage,
      ),
    });
  } catch (error) {
    dialog.showErrorBox('Fieldwork cannot open the workspace', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpc(state, devServer);
  installMenu(state, (message) => dialog.showErrorBox('Fieldwork', message));
  app.on('before-quit', () => state.close());
  // Idle lock and automatic backups (workspace/session.ts).
  setInterval(() => {
    try {
      state.tick();
    } catch {
      // A failed check is retried on the next tick; backup failures show in Settings › Backups.
    }
  }, 30_000).unref();

  mainWindow = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(devServer ?? APP_ENTRY_URL);
}

app.whenReady().then(start, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());

import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppState } from './ipc/app-state';

/** File › New/Open workspace; errors (e.g. a workspace from a newer version) are shown, nothing is touched. */
export function installMenu(app: AppState, showError: (message: string) => void): void {
  const run = (action: () => Promise<unknown>) => () => {
    action().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'New Workspace…',
          accelerator: 'CmdOrCtrl+Shift+N',
          click: run(async () => {
            const path = await app.dialogs.chooseWorkspaceToCreate();
            if (path) app.switchWorkspace(path, true);
          }),
        },
        {
          label: 'Open Workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: run(async () => {
            const path = await app.dialogs.chooseWorkspaceToOpen();
            if (path) app.switchWorkspace(path, false);
          }),
        },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

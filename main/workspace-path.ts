import { join } from 'node:path';

export const APP_DIR_NAME = 'Fieldwork';
export const DEFAULT_WORKSPACE_FILE = 'workspace.fwdb';

/**
 * The default workspace: `workspace.fwdb` in the per-user data folder, the same folder Electron's
 * app.getPath('userData') returns for our productName, so the app and the command line share it.
 */
export function defaultWorkspacePath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  let base: string;
  if (platform === 'win32') base = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_CONFIG_HOME ?? join(home, '.config');
  return join(base, APP_DIR_NAME, DEFAULT_WORKSPACE_FILE);
}

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../shared/ipc/result';

/** How far up from this module the repo root can be: main/ (source) or out/main, out/cli (bundles). */
const MAX_LEVELS_UP = 4;

function moduleDir(): string {
  // CommonJS bundles (out/cli/fieldwork.cjs) have __dirname; ES modules (source, out/main) have import.meta.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function candidates(): string[] {
  const found: string[] = [];
  // Electron sets resourcesPath; a packaged app ships assets there (electron-builder extraResources).
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) found.push(join(resourcesPath, 'assets'));
  let dir = moduleDir();
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    found.push(join(dir, 'assets'));
    dir = dirname(dir);
  }
  return found;
}

/**
 * The folder of shipped assets (fonts, icons…), found the same way from source (vitest), from the
 * bundles two levels below the repo root, and in a packaged app. FIELDWORK_ASSETS overrides the search.
 * `mustContain` names a subfolder the caller needs, so a stray `assets` folder is not mistaken for ours.
 */
export function assetsDir(mustContain = 'fonts'): string {
  const override = process.env['FIELDWORK_ASSETS'];
  if (override) {
    const dir = resolve(override);
    if (!existsSync(join(dir, mustContain))) {
      throw new AppError('assets_missing', `FIELDWORK_ASSETS points to ${dir}, which has no ${mustContain} folder.`);
    }
    return dir;
  }
  const dir = candidates().find((d) => existsSync(join(d, mustContain)));
  if (!dir) {
    throw new AppError(
      'assets_missing',
      `Fieldwork's ${mustContain} were not found next to the application; reinstall Fieldwork.`,
    );
  }
  return dir;
}

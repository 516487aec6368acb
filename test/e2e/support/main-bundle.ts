import { buildSync } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as MainEntry from './main-entry';

type MainModule = typeof MainEntry;

/**
 * Loads the real main-process code for the bridge. Node's ESM loader (which Playwright uses) refuses the
 * catalog's plain `import x from './file.json'`, so the main code is bundled first with esbuild — the way
 * electron-vite bundles it for the app — and imported from a file inside the repo, where its packages
 * (better-sqlite3, pdfmake) and assets/ resolve as they do from out/main.
 */
const OUT_FILE = fileURLToPath(new URL('../../../node_modules/.cache/fieldwork-e2e/main-bridge.mjs', import.meta.url));

let loaded: Promise<MainModule> | undefined;

export function loadMain(): Promise<MainModule> {
  loaded ??= (async () => {
    buildSync({
      entryPoints: [fileURLToPath(new URL('./main-entry.ts', import.meta.url))],
      outfile: OUT_FILE,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      packages: 'external',
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(OUT_FILE).href)) as MainModule;
  })();
  return loaded;
}

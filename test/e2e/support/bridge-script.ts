import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The init script that installs window.api in the page: bridge-entry.ts bundled into one IIFE. */
export function bridgeScript(): string {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./bridge-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bridge script');
  cached = file.text;
  return cached;
}

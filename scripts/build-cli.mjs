// Bundles the command line (main/cli) into out/cli/fieldwork.mjs with esbuild. Runtime dependencies
// stay external and load from node_modules; the catalog JSON is bundled in.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'main/cli/index.ts')],
    outfile: join(root, 'out/cli/fieldwork.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: Object.keys(pkg.dependencies ?? {}),
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();

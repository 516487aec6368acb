#!/usr/bin/env node
// Launcher for `npx fieldwork`: checks the Node version, (re)builds the bundled command line when the
// sources are newer than the bundle, then runs it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`fieldwork: error: Node.js ${process.versions.node} is too old; Fieldwork needs Node.js 22.12 or newer.\n`);
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out/cli/fieldwork.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['main', 'shared', 'assets/catalog'].map((d) => join(root, d)).filter(existsSync);
const stale = !existsSync(bundle) || Math.max(...sources.map(newestMtime)) > statSync(bundle).mtimeMs;
if (stale && existsSync(join(root, 'scripts/build-cli.mjs'))) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);

// `npm run bench`: bundles each test/bench/*.bench.ts with esbuild, runs it with this Node, and writes the
// tables they print to docs/benchmarks.md with the machine they ran on.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const only = process.argv[2];
const benches = readdirSync(join(root, 'test/bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
mkdirSync(join(root, 'out/bench'), { recursive: true });

const sections = [];
for (const file of benches) {
  const outfile = join(root, 'out/bench', file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'test/bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  process.stderr.write(`bench: ${file}\n`);
  const output = execFileSync(process.execPath, [outfile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  process.stdout.write(output);
  sections.push(output.trim());
}

// Browser benchmarks run through Playwright with the end-to-end harness; they print their table between markers.
if (!only || 'checklist'.includes(only)) {
  process.stderr.write('bench: checklist.bench.spec.ts (Chromium)\n');
  const output = execFileSync(join(root, 'node_modules/.bin/playwright'), ['test', '--config', 'test/bench/playwright.bench.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const table = /BENCH-TABLE\n([\s\S]*?)END-BENCH-TABLE/.exec(output)?.[1]?.trim();
  if (table) {
    process.stdout.write(`${table}\n\n`);
    sections.push(table);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}, load average ${loadavg()[0]?.toFixed(1)} at the end`;
const doc = `# Benchmarks\n\nProduced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}).\nEach figure is the median of several runs of the real code path on a fixture the benchmark builds itself.\n\n${sections.join('\n\n')}\n`;
if (!only) writeFileSync(join(root, 'docs/benchmarks.md'), doc);

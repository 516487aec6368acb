import { buildSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Offline by construction: no network API in our sources, in the built bundles, or in any file of the
 * dependency graph that the app and the command line load at run time. Needs `npm run build` first
 * (npm test builds before it runs vitest).
 */
const ROOT = join(import.meta.dirname, '../..');
const NETWORK_MODULE = /(?:require\(\s*|from\s+|import\(\s*)['"](?:node:)?(?:http|https|http2|net|dns|tls|dgram)['"]/;
const NETWORK_API = /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|RTCPeerConnection/;

/** Files of dependencies that contain network code, each with why it cannot run and where that is proven. */
const JUSTIFIED: Record<string, string> = {
  'node_modules/pdfmake/js/URLResolver.js':
    'pdfmake fetches images and fonts given by URL; main/report/render.ts sets setUrlAccessPolicy(() => false), asserted below and by test/db/report.test.ts',
  'node_modules/papaparse/papaparse.js':
    'papaparse downloads a remote file only when called with `download: true`, through XMLHttpRequest, which Node does not have; our sources never pass `download` (asserted below)',
};

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Lines of code (not comments) that use the network. */
function networkLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => NETWORK_MODULE.test(line) || NETWORK_API.test(line))
    .map((line) => `${relative(ROOT, file)}: ${line.trim().slice(0, 160)}`);
}

describe('offline by construction', () => {
  it('our own sources use no network module or API', () => {
    const sources = ['main', 'shared', 'renderer'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx)$/));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.flatMap(networkLines)).toEqual([]);
  });

  it('the built main, preload, renderer and command-line bundles contain no network API', () => {
    const bundles = [
      ...filesUnder(join(ROOT, 'out/main'), /\.js$/),
      ...filesUnder(join(ROOT, 'out/preload'), /\.c?js$/),
      ...filesUnder(join(ROOT, 'out/renderer'), /\.(js|html)$/),
      ...filesUnder(join(ROOT, 'out/cli'), /\.mjs$/),
    ];
    expect(bundles.length, 'run `npm run build` first').toBeGreaterThanOrEqual(4);
    const hits = bundles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return NETWORK_MODULE.test(text) || NETWORK_API.test(text) ? [relative(ROOT, file)] : [];
    });
    expect(hits).toEqual([]);
  });

  it('the runtime dependency graph has no network code except the justified, disabled pdfmake resolver', () => {
    const result = buildSync({
      entryPoints: [join(ROOT, 'out/main/index.js'), join(ROOT, 'out/cli/fieldwork.mjs')],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      outdir: join(ROOT, 'out/.offline-scan'),
      metafile: true,
      external: ['electron'],
      loader: { '.node': 'empty' },
      logLevel: 'silent',
    });
    const dependencyFiles = Object.keys(result.metafile.inputs).filter((file) => file.startsWith('node_modules/'));
    expect(dependencyFiles.length).toBeGreaterThan(20);
    const offending = dependencyFiles.filter((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return NETWORK_MODULE.test(text) || NETWORK_API.test(text);
    });
    expect(offending.filter((file) => !(file in JUSTIFIED))).toEqual([]);
    // The one justified exception is really switched off where the PDF is rendered.
    expect(readFileSync(join(ROOT, 'main/report/render.ts'), 'utf8')).toMatch(/setUrlAccessPolicy\(\s*\(\)\s*=>\s*false\s*\)/);
    // papaparse's download mode is never asked for.
    const parsers = ['main', 'shared']
      .flatMap((dir) => filesUnder(join(ROOT, dir), /\.ts$/))
      .filter((f) => readFileSync(f, 'utf8').includes('papaparse'));
    expect(parsers.length).toBeGreaterThan(0);
    for (const file of parsers) {
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/\bdownload\w*\s*:/);
    }
  });
});

describe('release build hardening (electron-builder.yml)', () => {
  const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  const fuses = Object.fromEntries(
    (/^electronFuses:\n((?:[ \t]+\S.*\n?)+)/m.exec(yml)?.[1] ?? '')
      .split('\n')
      .map((line) => /^\s+(\w+):\s*(true|false)\s*$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2] === 'true']),
  );

  it('flips the fuses: no run-as-node, no NODE_OPTIONS, no inspector, app only from the asar, cookies encrypted', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packages into an asar archive and never publishes or checks for updates', () => {
    expect(yml).toMatch(/^asar:\s*true\s*$/m);
    expect(yml).toMatch(/^publish:\s*null\s*$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((d) => /update|telemetry|analytics|sentry/i.test(d))).toEqual([]);
  });
});

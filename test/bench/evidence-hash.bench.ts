import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile, storeFile } from '../../main/evidence/store';
import { median, printTable, timeRuns } from './support';

// A 1 GiB file of incompressible bytes (a 16 MiB random block written 64 times), page cache warm for all.
const SIZE = 2 ** 30;
const dir = mkdtempSync(join(tmpdir(), 'fieldwork-bench-evidence-'));
const source = join(dir, 'inference-api-2026-q3.log');
const block = randomFillSync(Buffer.allocUnsafe(16 * 2 ** 20));
const fd = openSync(source, 'w');
for (let written = 0; written < SIZE; written += block.length) writeSync(fd, block);
fsyncSync(fd); // otherwise the kernel writes the fixture back during the timed runs, slowing their fsync
closeSync(fd);

try {
  execFileSync('sha256sum', [source]); // warm the page cache
  const reference = execFileSync('sha256sum', [source], { encoding: 'utf8' }).split(' ')[0];
  const baseline = median(await timeRuns(3, () => execFileSync('sha256sum', [source])));
  const hashOnly = median(await timeRuns(3, () => hashFile(source)));

  // Each run stores into a fresh store, so every run really copies, fsyncs and renames 1 GiB.
  const times: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  for (let run = 0; run < 3; run++) {
    const store = join(dir, `store-${run}`);
    const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const start = performance.now();
    const stored = await storeFile(store, source);
    times.push(performance.now() - start);
    clearInterval(timer);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (stored.sha256 !== reference) throw new Error(`hash mismatch: ${stored.sha256} vs sha256sum ${reference}`);
    if (statSync(join(store, stored.sha256.slice(0, 2), stored.sha256)).size !== SIZE) throw new Error('short copy');
    rmSync(store, { recursive: true, force: true });
  }
  const peakGrowth = peakRss - rssBefore;
  const ours = median(times);
  const mibPerS = (ms: number) => `${(SIZE / 2 ** 20 / (ms / 1000)).toFixed(0)} MiB/s`;
  const ratio = baseline / ours;
  const hashRatio = baseline / hashOnly;
  printTable('Evidence store', [
    { name: 'sha256sum (baseline)', fixture: '1 GiB file, cache warm', median: `${(baseline / 1000).toFixed(2)} s (${mibPerS(baseline)})`, target: '—', verdict: 'met' },
    {
      name: 'storeFile: hash + copy + fsync + rename',
      fixture: '1 GiB file, cache warm',
      median: `${(ours / 1000).toFixed(2)} s (${mibPerS(ours)}, ${(ratio * 100).toFixed(0)}% of sha256sum)`,
      target: '≥ 80% of sha256sum',
      verdict: ratio >= 0.8 ? 'met' : 'MISSED',
    },
    {
      name: 'hashFile (verify): hash only',
      fixture: '1 GiB file, cache warm',
      median: `${(hashOnly / 1000).toFixed(2)} s (${mibPerS(hashOnly)}, ${(hashRatio * 100).toFixed(0)}% of sha256sum)`,
      target: '≥ 80% of sha256sum',
      verdict: hashRatio >= 0.8 ? 'met' : 'MISSED',
    },
    {
      name: 'storeFile peak RSS growth',
      fixture: '1 GiB file',
      median: `+${(peakGrowth / 2 ** 20).toFixed(1)} MiB (peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB)`,
      target: '< 64 MiB (flat)',
      verdict: peakGrowth < 64 * 2 ** 20 ? 'met' : 'MISSED',
    },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

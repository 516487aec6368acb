/** Small helpers shared by the benchmarks: timing, medians and the markdown table they print. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export interface BenchRow {
  name: string;
  fixture: string;
  median: string;
  target: string;
  verdict: 'met' | 'MISSED';
}

export function printTable(title: string, rows: BenchRow[]): void {
  const lines = [
    `## ${title}`,
    '',
    '| benchmark | fixture | median | target | verdict |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.fixture} | ${r.median} | ${r.target} | ${r.verdict} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

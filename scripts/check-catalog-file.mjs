// Validates one catalog data file against the schema in shared/catalog and prints a short summary.
// Usage: node scripts/check-catalog-file.mjs assets/catalog/controls/<file>.json
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/check-catalog-file.mjs FILE');
  process.exit(2);
}
const out = await build({
  stdin: {
    contents: `export * from './shared/catalog/schema'; export * from './shared/catalog/topics'; export * from './shared/catalog/criteria-ids';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'catalog-check-'));
const mod = join(dir, 'schema.mjs');
writeFileSync(mod, out.outputFiles[0].text);
const s = await import(pathToFileURL(mod).href);
const data = JSON.parse(readFileSync(file, 'utf8'));
const schema = 'criteria' in data ? s.criteriaFileSchema : s.controlsFileSchema;
const result = schema.safeParse(data);
if (!result.success) {
  for (const issue of result.error.issues.slice(0, 40)) {
    console.error(`${issue.path.join('.')}: ${issue.message}`);
  }
  console.error(`${result.error.issues.length} problem(s)`);
  process.exit(1);
}
if ('criteria' in data) {
  console.log(`ok: ${data.criteria.length} criteria`);
} else {
  const ids = data.controls.map((c) => c.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dupes.length) {
    console.error(`duplicate ids: ${dupes.join(', ')}`);
    process.exit(1);
  }
  const perCriterion = new Map();
  for (const c of data.controls) for (const k of c.criteria) perCriterion.set(k, (perCriterion.get(k) ?? 0) + 1);
  const tags = new Set(data.controls.flatMap((c) => c.tags));
  console.log(`ok: ${data.controls.length} controls, ${data.controls.filter((c) => c.aiSpecific).length} AI-specific`);
  console.log('controls per criterion:', [...perCriterion.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
  console.log('topics used:', [...tags].sort().join(' '));
}

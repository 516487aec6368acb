import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import { renderReportPdf } from '../../main/report/render';
import { median, printTable, timeRuns } from './support';

const db = openWorkspaceDb(join(mkdtempSync(join(tmpdir(), 'fieldwork-bench-')), 'bench.fwdb'), { create: true });
const ctx = { db, catalog: bundledCatalog(), now: () => new Date('2026-11-22T10:00:00Z') };
const demo = createDemoAssessment(ctx);
let pages = 0;
await renderReportPdf(ctx, demo.id, { lang: 'en' }, 'bench'); // warm-up: fonts, pdfmake
const times = await timeRuns(7, async () => {
  const pdf = await renderReportPdf(ctx, demo.id, { lang: 'en' }, 'bench');
  pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
});
closeWorkspaceDb(db);
const m = median(times);
printTable('PDF report', [
  { name: 'Generate the demo assessment report', fixture: `demo assessment, ${pages} pages`, median: `${(m / 1000).toFixed(2)} s`, target: '< 2 s', verdict: m < 2000 ? 'met' : 'MISSED' },
]);

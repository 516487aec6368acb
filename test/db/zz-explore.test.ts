import { join } from 'node:path';
import { it } from 'vitest';
import { openMatrix, previewOpened } from '../../main/interchange/matrix-import';
import { proposalOf } from '../../main/interchange/matrix-import';
import { spreadsheetWorkspace, MATRICES } from '../../test/support/spreadsheet-workspace';

it('explore', async () => {
  const ws = spreadsheetWorkspace();
  for (const f of ['messy-matrix.csv', 'french-semicolon-1252.csv', 'large-matrix-3000.xlsx']) {
    const t0 = performance.now();
    const opened = await openMatrix(join(MATRICES, f));
    const p = proposalOf(opened, 'x');
    const t1 = performance.now();
    console.log(f, JSON.stringify({ ...p, sampleRows: p.sampleRows.slice(0, 2) }, null, 1));
    const report = previewOpened(ws.ctx, opened, p.proposedMapping, ws.assessmentId);
    console.log(JSON.stringify(report.counts), JSON.stringify(report.byCode), (t1 - t0).toFixed(0), 'ms');
    for (const i of report.issues.slice(0, 40)) console.log(i.severity, i.message);
  }
  ws.close();
});

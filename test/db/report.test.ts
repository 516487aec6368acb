import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { renderReportDataPdf, renderReportPdf } from '../../main/report/render';
import { gatherReportData } from '../../main/report/report-data';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import { listControls, updateControl } from '../../main/services/controls';
import { scoreOf } from '../../main/services/score';
import type { Assessment } from '../../shared/domain';
import { formatPercent } from '../../shared/format';
import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoreResult } from '../../shared/scoring/types';

const NOW = new Date('2026-11-22T14:03:00.000Z');
const ORGANISATION = 'Northwind Vision Labs';
/** Made unaddressed on purpose: every control mapped to it is marked not applicable. */
const CARVED_OUT = 'CC6.4';

/** Runs one of the independent PDF readers (qpdf, poppler-utils); a non-zero exit fails the test. */
function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

let dir: string;
let ctx: ServiceContext;
let assessment: Assessment;
let score: ScoreResult;
let pdfPath: string;
let pdf: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-report-'));
  const db = openWorkspaceDb(join(dir, 'workspace.fieldwork'), { create: true });
  ctx = { db, catalog: bundledCatalog(), now: () => NOW };
  assessment = createAssessment(ctx, {
    organisation: ORGANISATION,
    systemName: 'Defect detection inference API',
    reportType: 'II',
    categories: ['security', 'availability'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: ['Dana Reyes', 'Sam Okafor'],
  });
  const controls = listControls(ctx.db, assessment.id);
  for (const control of controls.filter((c) => c.criteria.includes(CARVED_OUT))) {
    updateControl(ctx, assessment.id, control.controlId, {
      status: 'not_applicable',
      justification:
        'Hosted entirely by a cloud provider; physical security is carved out to the subservice organisation.',
    });
  }
  const [first, second, third, fourth, fifth] = controls.filter((c) => !c.criteria.includes(CARVED_OUT));
  if (!first || !second || !third || !fourth || !fifth)
    throw new Error('the catalog instantiated fewer than five controls');
  updateControl(ctx, assessment.id, first.controlId, { status: 'implemented', ownerName: 'Priya Natarajan' });
  updateControl(ctx, assessment.id, second.controlId, {
    status: 'partial',
    ownerName: 'Dana Reyes',
    ownerFunction: 'engineering',
  });
  updateControl(ctx, assessment.id, third.controlId, {
    status: 'not_implemented',
    ownerName: 'Sam Okafor',
    ownerFunction: 'security',
    isKey: true,
  });
  updateControl(ctx, assessment.id, fourth.controlId, {
    status: 'not_applicable',
    justification: 'The system has no on-premises hardware.',
  });
  updateControl(ctx, assessment.id, fifth.controlId, { status: 'implemented' });
  score = scoreOf(ctx, assessment.id);

  pdf = await renderReportPdf(ctx, assessment.id, { lang: 'en' }, '0.1.0-test');
  pdfPath = join(dir, 'report.pdf');
  writeFileSync(pdfPath, pdf);
});

afterAll(() => {
  closeWorkspaceDb(ctx.db);
  rmSync(dir, { recursive: true, force: true });
});

describe('PDF readiness report, read back by independent tools', () => {
  it('is a structurally valid PDF (qpdf --check)', () => {
    expect(tool('qpdf', '--check', pdfPath)).toContain('No syntax or stream encoding errors');
  });

  it('embeds every font it uses (pdffonts)', () => {
    const rows = tool('pdffonts', pdfPath).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name, type (may be two words), encoding, then emb sub uni object-number generation
      const emb = row.trim().split(/\s+/).at(-5);
      expect(emb, row).toBe('yes');
    }
  });

  it('has several pages and the metadata a reader sees (pdfinfo)', () => {
    const info = tool('pdfinfo', pdfPath);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(info).toMatch(new RegExp(`^Title:\\s+.*${ORGANISATION}`, 'm'));
    expect(info).toMatch(/^Author:\s+Fieldwork$/m);
    expect(info).toMatch(/^Creator:\s+Fieldwork 0\.1\.0-test$/m);
    expect(info).toMatch(/^CreationDate:\s+.*Nov 22 14:03:00 2026/m);
  });

  it('draws the chart as vectors: no bitmap in the file (pdfimages)', () => {
    const rows = tool('pdfimages', '-list', pdfPath).trim().split('\n').slice(2);
    expect(rows).toEqual([]);
  });

  it('shows the organisation and the same figures as the app (pdftotext)', () => {
    const text = tool('pdftotext', '-layout', pdfPath, '-');
    expect(text).toContain(ORGANISATION);
    expect(text).toContain(formatPercent(score.overall.design, 'en'));
    expect(score.categories.map((c) => c.id)).toEqual(['security', 'availability']);
    for (const category of score.categories) {
      expect(text).toContain(formatPercent(category.design, 'en'));
    }
    // Type II: the operating figure is now measured from evidence coverage (none recorded here → 0%), so it
    // is shown beside design instead of the "measured once evidence is tracked" note.
    expect(score.overall.operating).toBe(0);
    expect(text).toContain('Operating readiness');
    expect(text).not.toContain('Operating effectiveness is measured once evidence is tracked');
    expect(text).toContain('Sam Okafor (Security)');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain(`Assessment ${assessment.id}`);
  });

  it('marks exactly the unaddressed criteria in the per-criterion table', () => {
    const text = tool('pdftotext', '-layout', pdfPath, '-');
    const start = text.search(/3\.1\s+Readiness by criterion/);
    // After the section, not in the contents on page 2.
    const end = start + text.slice(start).search(/4\s+Control register/);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const section = text.slice(start, end);
    const rowOf = (id: string) => section.split('\n').find((line) => line.trimStart().startsWith(`${id} `));
    expect(score.criteria.filter((c) => c.unaddressed).map((c) => c.id)).toContain(CARVED_OUT);
    for (const criterion of score.criteria) {
      const row = rowOf(criterion.id);
      expect(row, criterion.id).toBeDefined();
      expect(row, criterion.id).toContain(formatPercent(criterion.design, 'en'));
      if (criterion.unaddressed) expect(row, criterion.id).toContain('Unaddressed');
      else expect(row, criterion.id).not.toContain('Unaddressed');
    }
  });

  it('is the same file byte for byte for the same workspace and clock, and never touches the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const again = await renderReportPdf(ctx, assessment.id, { lang: 'en' }, '0.1.0-test');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('shows operating readiness beside design once the Type II figure is measured', async () => {
    const data = gatherReportData(ctx, assessment.id, { lang: 'en' }, '0.1.0-test');
    // Evidence tracking does not exist yet: measure the operating figure with made-up coverage.
    data.score = scoreAssessment({
      assessmentId: assessment.id,
      categories: assessment.categories,
      measureOperating: true,
      controls: listControls(ctx.db, assessment.id).map((c) => ({
        id: c.controlId,
        status: c.status,
        isKey: c.isKey,
        criteria: c.criteria,
        coverage: 0.5,
      })),
    });
    const operating = data.score.overall.operating;
    expect(operating).not.toBeNull();
    const path = join(dir, 'operating.pdf');
    writeFileSync(path, await renderReportDataPdf(data));
    const text = tool('pdftotext', '-layout', path, '-');
    expect(text).toContain('Operating readiness');
    expect(text).toContain(formatPercent(operating ?? -1, 'en'));
    expect(text).not.toContain('Operating effectiveness is measured once evidence is tracked');
  });
});

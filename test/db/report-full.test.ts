import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../main/report/render';
import { gatherReportData } from '../../main/report/report-data';
import { formatDate, formatPercent, type Locale } from '../../shared/format';
import type { ReportOptionsInput } from '../../shared/ipc/contract';
import { readinessVerdict } from '../../shared/report/verdict';
import type { ScoreResult } from '../../shared/scoring/types';
import {
  buildReportWorkspace,
  MUTE_JUSTIFICATION,
  REPORT_TIME,
  type ReportWorkspace,
} from '../support/report-workspace';

/*
 * The full report on a realistic workspace (demo + evidence + a completed day-60 review + snapshots + vendors +
 * findings, one muted + remediation, one overdue), read back by independent tools in both languages. The
 * expected figures come from `fieldwork score --json` run as a separate process on the same workspace file.
 */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');
const OUT = join(import.meta.dirname, '../../test-results/report');
const AS_OF = REPORT_TIME.toISOString().slice(0, 10);

function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 26 });
}
/** pdftotext, with the no-break spaces of French typography read as plain spaces. */
const text = (path: string) => tool('pdftotext', '-layout', path, '-').replace(/\u00a0/g, ' ');
/** Content-stream order: each table cell's text stays in one piece, so phrases can be searched for. */
const raw = (path: string) =>
  tool('pdftotext', '-raw', path, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
/** The rotated watermark comes out one letter per line: count it in the text with all whitespace removed. */
const watermarks = (path: string, word: string) =>
  tool('pdftotext', '-raw', path, '-').replace(/\s+/g, '').split(word).length - 1;
const pages = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', path))?.[1]);
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

let dir: string;
let ws: ReportWorkspace;
let score: ScoreResult;
const pdfs: Record<string, string> = {};

async function render(name: string, options: ReportOptionsInput): Promise<string> {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(ws.ctx, ws.assessmentId, options, '0.1.0-test'));
  pdfs[name] = path;
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-report-full-'));
  mkdirSync(OUT, { recursive: true });
  ws = await buildReportWorkspace(dir);
  const scored = cli([
    'score',
    '--workspace',
    ws.workspacePath,
    '--assessment',
    ws.assessmentId,
    '--as-of',
    AS_OF,
    '--json',
  ]);
  expect(scored.status, scored.stderr).toBe(0);
  score = JSON.parse(scored.stdout) as ScoreResult;
  await render('report-en', { lang: 'en' });
  await render('report-fr', { lang: 'fr' });
  await render('sections-en', { lang: 'en', sections: ['cover', 'summary', 'findings'] });
  await render('watermark-fr', { lang: 'fr', watermark: true });
  await render('summary-en', { lang: 'en', summaryOnly: true });
}, 300_000);

afterAll(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each<[Locale, string]>([
  ['en', 'report-en'],
  ['fr', 'report-fr'],
])('the full report in %s', (locale, name) => {
  it('is a valid PDF with every font embedded and only vector graphics', () => {
    const path = pdfs[name] ?? '';
    expect(tool('qpdf', '--check', path)).toContain('No syntax or stream encoding errors');
    const fonts = tool('pdffonts', path).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
    expect(tool('pdfimages', '-list', path).trim().split('\n').slice(2)).toEqual([]);
  });

  it('prints the figures of `fieldwork score --json`, formatted for the locale', () => {
    const read = text(pdfs[name] ?? '');
    const pct = (f: number | null) => formatPercent(f ?? -1, locale);
    expect(score.asOf).toBe(AS_OF);
    expect(read).toContain(pct(score.overall.design));
    expect(read).toContain(pct(score.overall.operating));
    for (const c of score.categories) {
      expect(read, c.id).toContain(pct(c.design));
      expect(read, c.id).toContain(pct(c.operating));
    }
    const lines = read.split('\n');
    for (const c of score.criteria) {
      const row = lines.find((l) => l.trimStart().startsWith(`${c.id} `) && l.includes(pct(c.design)));
      expect(row, c.id).toBeDefined();
      expect(row, c.id).toContain(pct(c.operating));
    }
    expect(read).toContain(formatDate(AS_OF, locale));
  });

  it('renders every page to an image a person can look at', () => {
    const prefix = join(OUT, `${name}-page`);
    // Images of an earlier, longer run would be counted too.
    for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-page`))) rmSync(join(OUT, old));
    tool('pdftoppm', '-png', '-r', '60', pdfs[name] ?? '', prefix);
    const images = readdirSync(OUT).filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.png'));
    expect(images).toHaveLength(pages(pdfs[name] ?? ''));
  });
});

describe('what the full report says', () => {
  it('gives the documented verdict and the reasons that decide it', () => {
    const data = gatherReportData(ws.ctx, ws.assessmentId, { lang: 'en' }, 'x');
    const verdict = readinessVerdict({
      overall: data.score.overall,
      findings: data.findings.findings,
      remediation: data.remediation,
    });
    const read = text(pdfs['report-en'] ?? '');
    const label = { ready: 'Ready for fieldwork', ready_with_gaps: 'Ready with gaps', not_ready: 'Not ready' }[
      verdict.verdict
    ];
    expect(read).toMatch(new RegExp(`Readiness verdict\\s+${label}`));
    expect(read).toContain('The verdict follows the documented rule fieldwork-verdict/1');
  });

  it('lists the evidence with short hashes, the review conclusions, the trend, the muted finding and the overdue item', () => {
    const data = gatherReportData(ws.ctx, ws.assessmentId, { lang: 'en' }, 'x');
    const read = text(pdfs['report-en'] ?? '');
    const flat = raw(pdfs['report-en'] ?? '');
    const evidence = data.evidence.filter((e) =>
      e.controlIds.some((id) => data.controls.some((c) => c.controlId === id)),
    );
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence.slice(0, 20))
      expect(read, e.originalName).toContain(`${e.sha256.slice(0, 12)} ${e.originalName}`);
    expect(read).toMatch(/Effective/);
    expect(read).toMatch(/Exceptions noted|Not effective/);
    expect(read).toContain('Baseline');
    expect(flat).toContain(MUTE_JUSTIFICATION);
    expect(read).toMatch(/Export inference API access logs monthly[\s\S]{0,300}OVERDUE/);
    expect(read).toContain('Training path');
    expect(read).toContain('API keys are scoped to the serving account and rotated quarterly');
    expect(read).toContain('Appendix A Methodology');
  });

  it('is French throughout in French: headings, catalog titles, vocabulary, dates', () => {
    const fr = text(pdfs['report-fr'] ?? '');
    for (const english of [
      'Executive summary',
      'Control register',
      'Findings and gaps',
      'Training path',
      'Remediation plan',
    ]) {
      expect(fr, english).not.toContain(english);
    }
    for (const french of [
      'Synthèse',
      'Registre des contrôles',
      'Constats et écarts',
      'Chemin d’entraînement',
      'Plan de remédiation',
      'Annexe A Méthodologie',
      'Contrôles complémentaires chez l’entité utilisatrice (CUEC)',
    ]) {
      expect(fr, french).toContain(french);
    }
    const criterion = ws.ctx.catalog.criteria.find((c) => c.id === 'CC6.1');
    expect(fr.replace(/\s+/g, ' ')).toContain(criterion?.title.fr.slice(0, 25));
    expect(fr).toContain('22 nov. 2026');
  });
});

describe('report options', () => {
  it('leaves out the sections not chosen and numbers the rest in order', () => {
    const read = text(pdfs['sections-en'] ?? '');
    expect(read).toMatch(/1\s+Executive summary/);
    expect(read).toMatch(/2\s+Findings and gaps/);
    for (const absent of [
      'Control register',
      'Evidence coverage timeline',
      'Ownership matrix',
      'Remediation plan\n',
      'Methodology',
      'Scope and system boundary',
    ]) {
      expect(read, absent).not.toContain(absent);
    }
  });

  it('prints the watermark on every page, in the report language', () => {
    const path = pdfs['watermark-fr'] ?? '';
    expect(watermarks(path, 'CONFIDENTIEL')).toBe(pages(path));
    expect(watermarks(pdfs['report-fr'] ?? '', 'CONFIDENTIEL')).toBe(0);
  });

  it('management summary only is a few pages: cover, summary, top five, remediation headline', () => {
    const path = pdfs['summary-en'] ?? '';
    expect(pages(path)).toBeLessThanOrEqual(3);
    const read = text(path);
    for (const present of [
      'Readiness report: management summary',
      'Executive summary',
      'Top five gaps',
      'Remediation headline',
    ]) {
      expect(read).toContain(present);
    }
    for (const absent of ['Contents', 'Control register', 'Appendix A']) expect(read).not.toContain(absent);
  });

  it('reach the command line: --lang fr --sections … --watermark, and a clear error for an unknown section', () => {
    const out = join(OUT, 'cli-fr.pdf');
    const args = ['report', '--workspace', ws.workspacePath, '--assessment', ws.assessmentId, '--out', out];
    const ok = cli([...args, '--lang', 'fr', '--sections', 'cover,summary,findings', '--watermark']);
    expect(ok.status, ok.stderr).toBe(0);
    const read = text(out);
    expect(watermarks(out, 'CONFIDENTIEL')).toBe(pages(out));
    expect(read).toMatch(/2\s+Constats et écarts/);
    expect(read).not.toContain('Registre des contrôles');
    const summary = cli([...args, '--summary-only']);
    expect(summary.status, summary.stderr).toBe(0);
    expect(pages(out)).toBeLessThanOrEqual(3);
    const bad = cli([...args, '--sections', 'cover,apendix']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Unknown report section "apendix"; use cover, summary, scope');
  });
});

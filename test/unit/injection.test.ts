import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { AppState } from '../../main/ipc/app-state';
import { invokeChannel } from '../../main/ipc/invoke';
import { writeXlsx } from '../../main/interchange/xlsx-write';
import type { AuditEntry } from '../../shared/audit/types';
import { neutraliseFormula, restoreEscaped } from '../../shared/interchange/cells';
import { toCsv, type Sheet } from '../../shared/interchange/sheet';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import en from '../../renderer/src/i18n/en';
import { ScriptedDialogs } from '../e2e/support/dialogs';

/*
 * Text people type, or that arrives in an imported file, is data wherever it goes out again: spreadsheet
 * cells never start a formula (CSV and XLSX, read back with papaparse and exceljs), the PDF prints markup
 * and template syntax literally, and the UI renders it as text (React escapes; no HTML sink in the renderer).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const ROOT = join(import.meta.dirname, '../..');

/** Text as a spreadsheet program would be tempted to run it. */
const formulaText = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'=", ''), fc.string({ unit: 'grapheme', maxLength: 30 }))
  .map(([start, rest]) => start + rest)
  .filter((text) => text.length > 0);

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, '').replace(/\r\n$/, ''), {
    header: false,
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function xlsxCells(bytes: Buffer | string): Promise<ExcelJS.Cell[]> {
  const workbook = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await workbook.xlsx.readFile(bytes);
  else await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

const sheetOf = (texts: string[]): Sheet => ({
  name: 'Sheet',
  columns: [{ header: '=Header', width: 10 }],
  rows: texts.map((t) => [t]),
});

describe('spreadsheet cells are data, never formulas', () => {
  it('CSV: any text reads back neutralised, and the apostrophe comes off again on import', () => {
    fc.assert(
      fc.property(fc.array(formulaText, { minLength: 1, maxLength: 8 }), (texts) => {
        const rows = parseCsv(toCsv(sheetOf(texts)));
        expect(rows[0]).toEqual(["'=Header"]);
        rows.slice(1).forEach((row, i) => {
          const cell = row[0] ?? '';
          expect(cell).not.toMatch(FORMULA_START);
          expect(cell).toBe(neutraliseFormula(texts[i] ?? ''));
          // Text that itself begins with an apostrophe and a formula character ("'=x") comes back too.
          expect(restoreEscaped(cell)).toBe(texts[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('XLSX: any text is a string cell, neutralised, never a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(formulaText, { minLength: 1, maxLength: 6 }), async (texts) => {
        const cells = await xlsxCells(await writeXlsx([sheetOf(texts)], { creator: 'test', created: new Date(0) }));
        for (const cell of cells) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.text).not.toMatch(FORMULA_START);
        }
        // XML turns a carriage return into a line feed: the same line break, still behind the apostrophe.
        const lines = (text: string) => text.replace(/\r\n?/g, '\n');
        expect(cells.slice(1).map((c) => lines(c.text))).toEqual(texts.map((t) => lines(neutraliseFormula(t))));
      }),
      { numRuns: 25 },
    );
  });
});

/** Markup, template syntax, PDF string syntax and bidi controls, as someone could type them. */
const HOSTILE = {
  organisation: 'Acme <b>Bold</b> {{org}}',
  systemName: 'Vision API ${process.env.HOME} \u202eevil',
  assessor: 'Dana (PDF) Tj ET \\ BT',
  justification: 'Remote only: <script>alert(1)</script> & {{x}}',
  customTitle: '<img src=x onerror=alert(1)> custom control',
  action: '=HYPERLINK("http://example.invalid","click") fix it',
  owner: '@SUM(A1:A9)',
  notes: '-2+3 then <i>italic</i>',
  actor: '+cmd|"/C calc"!A0',
};

let dir: string;
let app: AppState;
let dialogs: ScriptedDialogs;
let assessmentId: string;
let customId: string;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

async function exported(channel: Channel, input: unknown, name: string): Promise<string> {
  const path = join(dir, name);
  if (channel === 'report:save') dialogs.answerReport(path);
  else dialogs.answerExport(path);
  const result = await invokeChannel(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-injection-'));
  dialogs = new ScriptedDialogs();
  app = new AppState({
    workspacePath: join(dir, 'client.fwdb'),
    catalog: bundledCatalog(),
    now: () => new Date('2026-11-22T10:00:00Z'),
    dialogs,
    version: '0.1.0-test',
    platform: 'linux',
  });
  await call('audit:setActor', { name: HOSTILE.actor });
  const assessment = await call('assessment:create', {
    organisation: HOSTILE.organisation,
    systemName: HOSTILE.systemName,
    reportType: 'I',
    categories: ['security'],
    assessors: [HOSTILE.assessor],
  });
  assessmentId = assessment.id;
  const controls = await call('control:list', { assessmentId });
  const [first, second] = controls;
  if (!first || !second) throw new Error('no controls');
  await call('control:update', {
    assessmentId,
    controlId: first.controlId,
    patch: {
      status: 'not_applicable',
      justification: HOSTILE.justification,
      ownerName: HOSTILE.owner,
      notes: HOSTILE.notes,
    },
  });
  const custom = await call('control:addCustom', {
    assessmentId,
    control: { title: HOSTILE.customTitle, criteria: ['CC6.1'], isKey: true },
  });
  customId = custom.controlId;
  await call('remediation:save', {
    assessmentId,
    item: {
      action: HOSTILE.action,
      ownerName: HOSTILE.owner,
      dueDate: '2026-12-15',
      priority: 'high',
      controlIds: [second.controlId],
      notes: HOSTILE.notes,
    },
  });
}, 120_000);

afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exports of hostile text', () => {
  it('the remediation plan (CSV, XLSX) and the audit trail (CSV) start no cell with a formula character', async () => {
    const csv = parseCsv(readFileSync(await exported('export:remediationCsv', { assessmentId }, 'plan.csv'), 'utf8'));
    const xlsx = (await xlsxCells(await exported('export:remediationXlsx', { assessmentId }, 'plan.xlsx'))).map((c) => {
      expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Null]).toContain(c.type);
      return c.text;
    });
    const audit = parseCsv(
      readFileSync(await exported('audit:export', { format: 'csv', filter: {} }, 'audit.csv'), 'utf8'),
    );
    for (const cells of [csv.flat(), xlsx, audit.flat()])
      for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);
    // The hostile text is all there, as text behind one apostrophe.
    for (const cells of [csv.flat(), xlsx])
      expect(cells).toEqual(expect.arrayContaining([`'${HOSTILE.action}`, `'${HOSTILE.owner}`, `'${HOSTILE.notes}`]));
    expect(audit.flat()).toContain(`'${HOSTILE.actor}`);
  });

  it('the PDF prints markup, template syntax and PDF operators literally, and stays a valid PDF', async () => {
    const path = await exported('report:save', { assessmentId, options: { lang: 'en' } }, 'report.pdf');
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
    const squash = (text: string) => text.replace(/\s+/g, '');
    const text = squash(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
    for (const literal of [
      HOSTILE.organisation,
      'VisionAPI${process.env.HOME}',
      HOSTILE.assessor,
      HOSTILE.justification,
      HOSTILE.customTitle,
      HOSTILE.action,
    ])
      expect(text, literal).toContain(squash(literal));
    expect(customId).toMatch(/\w/);
  });
});

describe('the UI renders hostile text as text', () => {
  /** Every place in the renderer where a string could become markup or code. */
  const SINKS =
    /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|srcdoc|javascript:|\beval\(|new Function\(/;

  function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
    });
  }

  it('has no HTML or code sink anywhere in the renderer (comments aside)', () => {
    const files = [...sourceFiles(join(ROOT, 'renderer/src')), join(ROOT, 'renderer/index.html')];
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), where: `${file.slice(ROOT.length + 1)}:${i + 1}` }))
        .filter(({ line }) => !/^(\/\/|\*|\/\*)/.test(line) && SINKS.test(line))
        .map(({ where, line }) => `${where}: ${line}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(hits).toEqual([]);
  });

  it('shows an audited change holding markup as text, through the real component', async () => {
    // The app's strings and settings (renderer/src/i18n/index.ts, which also touches the page's <html>):
    // interpolation does not escape, because React does.
    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    // Loaded by path so that the test build, which has no JSX, does not compile the component itself.
    const module = join(ROOT, 'renderer/src/features/audit/ChangeList.tsx');
    const { ChangeList } = (await import(/* @vite-ignore */ module)) as {
      ChangeList: ComponentType<{ entry: AuditEntry }>;
    };
    const page = await call('audit:list', { filter: { assessmentId, table: 'assessment_controls' }, limit: 50 });
    const entry = page.entries.find((e) => JSON.stringify(e.after ?? {}).includes('<script>'));
    if (!entry) throw new Error('no audited change with the hostile justification');
    const render = (node: ReactNode) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, node));
    const html = render(createElement(ChangeList, { entry }));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    const { Notice } = (await import(/* @vite-ignore */ join(ROOT, 'renderer/src/components/Notice.tsx'))) as {
      Notice: ComponentType<{ tone: 'error'; children?: ReactNode }>;
    };
    const notice = render(createElement(Notice, { tone: 'error' }, HOSTILE.customTitle));
    expect(notice).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(notice).not.toContain('<img');
  });
});

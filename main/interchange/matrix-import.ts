import { randomUUID } from 'node:crypto';
import { CatalogIndex } from '../../shared/catalog/lookup';
import { cleanLine } from '../../shared/interchange/cells';
import { detectHeader, headerDisplayLabels, proposeMapping } from '../../shared/interchange/header-matcher';
import {
  IMPORT_FIELDS,
  IMPORT_LIMITS,
  type ColumnMapping,
  type Grid,
  type ImportPlan,
  type ImportReport,
  type ImportSummary,
  type MatrixProposal,
} from '../../shared/interchange/import-types';
import { planImport, type ImportContext } from '../../shared/interchange/plan';
import { AppError } from '../../shared/ipc/result';
import { checklistFingerprint, listControls } from '../db/controls';
import { getAssessment } from '../services/assessments';
import { inScopeCriteria } from '../services/catalog-versions';
import type { ServiceContext } from '../services/context';
import { readMatrixFile, type MatrixFile } from './matrix-read';
import { writeImportPlan } from './matrix-write';

/**
 * The three steps of importing a control matrix: read the file and propose a mapping, preview the import
 * with a chosen mapping, apply it (all or nothing). The file is read once; what was read is kept in memory
 * under a token between the steps (the last few reads only).
 */

export interface HeaderChoice {
  start: number;
  count: 1 | 2;
}

export interface OpenedMatrix {
  file: MatrixFile;
  header: HeaderChoice;
  headers: string[];
}

export interface ReadOptions {
  sheet?: string | undefined;
  /** 1-based first header row, to override the detected one. */
  headerRow?: number | undefined;
  headerRows?: 1 | 2 | undefined;
}

const sessions = new Map<string, OpenedMatrix>();
const MAX_SESSIONS = 4;

export async function openMatrix(path: string, options: ReadOptions = {}): Promise<OpenedMatrix> {
  const file = await readMatrixFile(path, options.sheet);
  if (options.headerRow !== undefined) {
    const start = options.headerRow - 1;
    const count = options.headerRows ?? 1;
    if (start + count > file.grid.rows.length) {
      throw new AppError(
        'invalid_input',
        `The sheet has ${file.grid.rows.length} rows; row ${options.headerRow} cannot be its header.`,
      );
    }
    return { file, header: { start, count }, headers: headerDisplayLabels(file.grid, start, count) };
  }
  const guess = file.header ?? detectHeader(file.grid);
  return { file, header: { start: guess.start, count: guess.count }, headers: guess.headers };
}

function dataRows(grid: Grid, header: HeaderChoice): string[][] {
  return grid.rows.slice(header.start + header.count).filter((row) => row.some((c) => cleanLine(c) !== ''));
}

export function proposalOf(opened: OpenedMatrix, token: string): MatrixProposal {
  const rows = dataRows(opened.file.grid, opened.header);
  const { mapping, matches } = proposeMapping(opened.headers, rows.slice(0, 200));
  const width = opened.headers.length;
  return {
    token,
    fileName: opened.file.fileName,
    format: opened.file.format,
    sheets: opened.file.sheets,
    sheet: opened.file.sheet,
    headerRow: opened.header.start + 1,
    headerRows: opened.header.count,
    headers: opened.headers,
    proposedMapping: mapping,
    confidence: Object.fromEntries(
      Object.entries(matches).map(([field, m]) => [field, Math.round(m.score * 100) / 100]),
    ),
    sampleRows: rows
      .slice(0, IMPORT_LIMITS.sampleRows)
      .map((row) => Array.from({ length: width }, (_, c) => (row[c] ?? '').slice(0, 200))),
    rowCount: rows.length,
    topRows: opened.file.grid.rows.slice(0, IMPORT_LIMITS.headerScan).map((row) => {
      // Merged cells repeat their value across the row: show each value once.
      const cells = row.map((c) => cleanLine(c)).filter((c, i, all) => c !== '' && c !== all[i - 1]);
      const text = cells.slice(0, 5).join(' · ');
      return text.length > 90 ? `${text.slice(0, 89)}…` : text;
    }),
    ...(opened.file.encoding ? { encoding: opened.file.encoding } : {}),
  };
}

/** Step 1: reads the file, keeps it under a new token, and proposes the mapping. */
export async function readMatrixForImport(path: string, options: ReadOptions = {}): Promise<MatrixProposal> {
  const opened = await openMatrix(path, options);
  const token = randomUUID();
  sessions.set(token, opened);
  while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  return proposalOf(opened, token);
}

function sessionOf(token: string): OpenedMatrix {
  const opened = sessions.get(token);
  if (!opened)
    throw new AppError(
      'import_expired',
      'The file read for this import is no longer in memory; choose the file again.',
    );
  return opened;
}

export function checkMapping(opened: OpenedMatrix, mapping: ColumnMapping): void {
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && (column < 0 || column >= opened.headers.length)) {
      throw new AppError(
        'invalid_input',
        `The mapping points ${field} at column ${column + 1}, but the sheet has ${opened.headers.length} columns.`,
      );
    }
  }
  if (mapping.id === undefined && mapping.title === undefined) {
    throw new AppError(
      'invalid_input',
      'Map at least the control id or the title column: without either, no row can be imported.',
    );
  }
}

export function importContextOf(ctx: ServiceContext, assessmentId: string): ImportContext {
  const assessment = getAssessment(ctx, assessmentId);
  const index = new CatalogIndex(ctx.catalog);
  return {
    checklist: listControls(ctx.db, assessmentId).map((c) => ({
      controlId: c.controlId,
      source: c.source,
      title: index.titleOf(c, 'en'),
      criteria: c.criteria,
      justification: c.justification,
      notes: c.notes,
    })),
    catalogIds: new Set(ctx.catalog.controls.map((c) => c.id)),
    inScopeCriteria: inScopeCriteria(assessment),
  };
}

/**
 * The plan of an import, reused while nothing it depends on has changed (same mapping, same assessment and
 * scope, checklist unchanged since): applying right after the preview does not plan the whole file again.
 */
const plans = new WeakMap<OpenedMatrix, { key: string; plan: ImportPlan }>();

function planOf(ctx: ServiceContext, opened: OpenedMatrix, mapping: ColumnMapping, assessmentId: string): ImportPlan {
  checkMapping(opened, mapping);
  const assessment = getAssessment(ctx, assessmentId);
  const key = JSON.stringify([
    IMPORT_FIELDS.map((f) => mapping[f] ?? null),
    assessmentId,
    assessment.updatedAt,
    checklistFingerprint(ctx.db, assessmentId),
  ]);
  const cached = plans.get(opened);
  if (cached?.key === key) return cached.plan;
  const plan = planImport(opened.file.grid, opened.header, mapping, importContextOf(ctx, assessmentId));
  plans.set(opened, { key, plan });
  return plan;
}

export function previewOpened(
  ctx: ServiceContext,
  opened: OpenedMatrix,
  mapping: ColumnMapping,
  assessmentId: string,
): ImportReport {
  return planOf(ctx, opened, mapping, assessmentId).report;
}

/**
 * Applies an import all or nothing: planned inside the transaction (the preview's plan when nothing changed
 * since), refused on any error.
 */
export function applyOpened(
  ctx: ServiceContext,
  opened: OpenedMatrix,
  mapping: ColumnMapping,
  assessmentId: string,
): ImportSummary {
  return ctx.db.transaction(() => {
    const plan = planOf(ctx, opened, mapping, assessmentId);
    if (!plan.report.canApply) {
      const n = plan.report.counts.errors;
      throw new AppError(
        'import_invalid',
        `Nothing was imported: the file has ${n} ${n === 1 ? 'error' : 'errors'} (see the preview). Fix ${n === 1 ? 'it' : 'them'} in the file or in the column mapping, then import again.`,
      );
    }
    const createdIds = writeImportPlan(ctx, assessmentId, plan);
    return {
      created: plan.creates.length,
      updated: plan.updates.length,
      skipped: plan.report.counts.skippedRows,
      createdIds: createdIds.slice(0, 200),
      report: plan.report,
    };
  })();
}

export function previewMatrixImport(
  ctx: ServiceContext,
  token: string,
  mapping: ColumnMapping,
  assessmentId: string,
): ImportReport {
  return previewOpened(ctx, sessionOf(token), mapping, assessmentId);
}

export function applyMatrixImport(
  ctx: ServiceContext,
  token: string,
  mapping: ColumnMapping,
  assessmentId: string,
): ImportSummary {
  return applyOpened(ctx, sessionOf(token), mapping, assessmentId);
}

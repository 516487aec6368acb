import { CatalogIndex } from '../../shared/catalog/lookup';
import {
  aboutSheet,
  controlMatrixSheet,
  remediationSheet,
  type MatrixControl,
} from '../../shared/interchange/matrix-export';
import { toCsv, type Sheet } from '../../shared/interchange/sheet';
import { countEvidenceLinks } from '../db/evidence-counts';
import { listControls } from '../db/controls';
import { workspaceIsEncrypted } from '../evidence/data-key';
import { writeChosenFile } from '../fs/atomic-write';
import type { AppState, ExportFileKind } from '../ipc/app-state';
import { getAssessment } from '../services/assessments';
import type { ServiceContext } from '../services/context';
import { listPlan } from '../services/remediation';
import { scoreOf } from '../services/score';
import { writeXlsx } from './xlsx-write';

/**
 * The spreadsheet exports: the control matrix (every in-scope control of the checklist, with its design
 * value, Type II coverage and linked evidence) and the remediation plan, as CSV or XLSX. The rows are built
 * by pure code (shared/interchange/matrix-export.ts); this file gathers the data and writes the files.
 * `controlMatrixXlsx` is also what the evidence package puts in its archive.
 */

export type SpreadsheetWhat = 'controls' | 'remediation';
export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface ExportedSheets {
  sheet: Sheet;
  about: Sheet;
}

/** The in-scope controls (at least one criterion in scope), in checklist order, with their figures. */
export function matrixControls(
  ctx: ServiceContext,
  assessmentId: string,
): { controls: MatrixControl[]; coverageAsOf?: string } {
  const score = scoreOf(ctx, assessmentId);
  const scores = new Map(score.controls.map((c) => [c.id, c]));
  const evidence = countEvidenceLinks(ctx.db, assessmentId);
  const index = new CatalogIndex(ctx.catalog);
  const controls = listControls(ctx.db, assessmentId).flatMap((control): MatrixControl[] => {
    const s = scores.get(control.controlId);
    if (!s || s.criteria.length === 0) return [];
    return [
      {
        control,
        title: index.titleOf(control, 'en'),
        description: index.descriptionOf(control, 'en'),
        design: s.design,
        coverage: s.coverage,
        evidenceCount: evidence.get(control.controlId) ?? 0,
      },
    ];
  });
  return score.asOf === undefined ? { controls } : { controls, coverageAsOf: score.asOf };
}

export function spreadsheetSheets(
  ctx: ServiceContext,
  assessmentId: string,
  what: SpreadsheetWhat,
  appVersion: string,
): ExportedSheets {
  const assessment = getAssessment(ctx, assessmentId);
  const generatedAt = ctx.now().toISOString();
  const fromEncryptedWorkspace = workspaceIsEncrypted(ctx.db);
  if (what === 'controls') {
    const { controls, coverageAsOf } = matrixControls(ctx, assessmentId);
    const sheet = controlMatrixSheet(controls);
    return {
      sheet,
      about: aboutSheet({
        assessment,
        contents: `Control matrix (${controls.length} in-scope controls)`,
        generatedAt,
        appVersion,
        coverageAsOf,
        fromEncryptedWorkspace,
      }),
    };
  }
  const items = listPlan(ctx, assessmentId);
  return {
    sheet: remediationSheet(items),
    about: aboutSheet({
      assessment,
      contents: `Remediation plan (${items.length} items)`,
      generatedAt,
      appVersion,
      fromEncryptedWorkspace,
    }),
  };
}

export function spreadsheetCsv(
  ctx: ServiceContext,
  assessmentId: string,
  what: SpreadsheetWhat,
  appVersion: string,
): Buffer {
  return Buffer.from(toCsv(spreadsheetSheets(ctx, assessmentId, what, appVersion).sheet), 'utf8');
}

export function spreadsheetXlsx(
  ctx: ServiceContext,
  assessmentId: string,
  what: SpreadsheetWhat,
  appVersion: string,
): Promise<Buffer> {
  const { sheet, about } = spreadsheetSheets(ctx, assessmentId, what, appVersion);
  return writeXlsx([sheet, about], { creator: `Fieldwork ${appVersion}`, created: ctx.now() });
}

/** The control matrix workbook (matrix + About), e.g. for the evidence package. */
export function controlMatrixXlsx(ctx: ServiceContext, assessmentId: string, appVersion: string): Promise<Buffer> {
  return spreadsheetXlsx(ctx, assessmentId, 'controls', appVersion);
}

export async function spreadsheetBytes(
  ctx: ServiceContext,
  assessmentId: string,
  what: SpreadsheetWhat,
  format: SpreadsheetFormat,
  appVersion: string,
): Promise<Buffer> {
  return format === 'csv'
    ? spreadsheetCsv(ctx, assessmentId, what, appVersion)
    : spreadsheetXlsx(ctx, assessmentId, what, appVersion);
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment'
  );
}

export function defaultExportName(
  organisation: string,
  what: SpreadsheetWhat,
  date: string,
  ext: ExportFileKind,
): string {
  return `fieldwork-${what === 'controls' ? 'control-matrix' : 'remediation-plan'}-${slug(organisation)}-${date}.${ext}`;
}

/** Asks where to save, builds the file and writes it atomically. Null when the user cancels. */
export async function saveSpreadsheet(
  app: AppState,
  assessmentId: string,
  what: SpreadsheetWhat,
  format: SpreadsheetFormat,
): Promise<{ path: string } | null> {
  const ctx = app.services;
  const assessment = getAssessment(ctx, assessmentId);
  const path = await app.dialogs.chooseExportPath(
    defaultExportName(assessment.organisation, what, ctx.now().toISOString().slice(0, 10), format),
    format,
  );
  if (!path) return null;
  writeChosenFile(path, await spreadsheetBytes(ctx, assessmentId, what, format, app.version), 'The spreadsheet');
  return { path };
}

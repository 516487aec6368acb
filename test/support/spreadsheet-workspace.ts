import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../../main/db/open';
import { createAssessment } from '../../main/services/assessments';
import type { ServiceContext } from '../../main/services/context';
import type { CategoryKey } from '../../shared/domain';

export const MATRICES = join(import.meta.dirname, '../fixtures/matrices');

export interface SpreadsheetWorkspace {
  dir: string;
  db: Db;
  ctx: ServiceContext;
  /** A Type II assessment of Security, Availability and Confidentiality (no Privacy). */
  assessmentId: string;
  newAssessment(categories?: CategoryKey[]): string;
  close(): void;
}

/** A real workspace file in a temp folder, with the fixed clock the expectations are computed for. */
export function spreadsheetWorkspace(prefix = 'fieldwork-sheets-'): SpreadsheetWorkspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openWorkspaceDb(join(dir, 'workspace.fwdb'), { create: true });
  const ctx: ServiceContext = { db, catalog: bundledCatalog(), now: () => new Date('2026-11-22T10:00:00Z') };
  const newAssessment = (categories: CategoryKey[] = ['security', 'availability', 'confidentiality']) =>
    createAssessment(ctx, {
      organisation: 'Acme AI',
      systemName: 'Inference API',
      reportType: 'II',
      categories,
      windowStart: '2026-09-23',
      windowEnd: '2027-03-22',
      reviewDate: null,
      assessors: ['Dana Reyes'],
    }).id;
  return {
    dir,
    db,
    ctx,
    assessmentId: newAssessment(),
    newAssessment,
    close() {
      closeWorkspaceDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import type { ReportOptions } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { fsError } from '../fs/fs-errors';
import type { AppState } from '../ipc/app-state';
import { getAssessment } from '../services/assessments';
import { renderReportPdf } from './render';

function defaultFileName(organisation: string, date: string): string {
  const slug =
    organisation
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment';
  return `fieldwork-readiness-${slug}-${date}.pdf`;
}

/** Asks where to save, renders the PDF, and writes it atomically. Null when the user cancels. */
export async function saveReport(
  app: AppState,
  assessmentId: string,
  options: ReportOptions,
): Promise<{ path: string } | null> {
  const ctx = app.services;
  const assessment = getAssessment(ctx, assessmentId);
  const path = await app.dialogs.chooseReportPath(
    defaultFileName(assessment.organisation, ctx.now().toISOString().slice(0, 10)),
  );
  if (!path) return null;
  const pdf = await renderReportPdf(ctx, assessmentId, options, app.version);
  try {
    writeFileAtomic(path, pdf);
  } catch (error) {
    throw fsError('report_unwritable', `The report could not be written to ${path}`, error, path);
  }
  return { path };
}

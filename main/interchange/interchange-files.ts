import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { OscalKind } from '../../shared/ipc/interchange-contract';
import type { PackageBuildSummary } from '../../shared/interchange/package';
import type { PortableExportSummary } from '../../shared/interchange/portable';
import { AppError } from '../../shared/ipc/result';
import { writeFileAtomic } from '../fs/atomic-write';
import type { AppState } from '../ipc/app-state';
import { getAssessment } from '../services/assessments';
import type { ServiceContext } from '../services/context';
import { assessmentResultsOf, poamOf } from './oscal-data';
import { buildEvidencePackage, packageFileName } from './package-build';
import { exportAssessmentFile, portableFileName } from './portable-export';
import { checkPassphrase } from './sealed-file';
import { writeError } from './zip-write';

/**
 * What the UI's interchange buttons do: ask where (main's own dialogs), then write. Shared by the IPC
 * handlers; the command line calls the builders directly with the paths it was given.
 */

function slug(organisation: string): string {
  return (
    organisation
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment'
  );
}

export function oscalFileName(organisation: string, kind: OscalKind, date: string): string {
  return `fieldwork-oscal-${kind === 'poam' ? 'poam' : 'assessment-results'}-${slug(organisation)}-${date}.json`;
}

/** The OSCAL document as pretty-printed JSON. */
export function oscalJson(ctx: ServiceContext, assessmentId: string, kind: OscalKind, appVersion: string): Buffer {
  const doc =
    kind === 'poam'
      ? poamOf(ctx, assessmentId, { appVersion })
      : assessmentResultsOf(ctx, assessmentId, { appVersion });
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

export async function saveOscal(
  app: AppState,
  assessmentId: string,
  kind: OscalKind,
): Promise<{ path: string } | null> {
  const ctx = app.services;
  const assessment = getAssessment(ctx, assessmentId);
  // Built before asking where, so an empty plan is reported without a pointless dialog.
  const json = oscalJson(ctx, assessmentId, kind, app.version);
  const path = await app.dialogs.chooseExportPath(oscalFileName(assessment.organisation, kind, today(ctx)), 'json');
  if (!path) return null;
  try {
    writeFileAtomic(path, json);
  } catch (error) {
    throw writeError(path, error);
  }
  return { path };
}

export async function savePackage(
  app: AppState,
  assessmentId: string,
  lang: 'en' | 'fr',
): Promise<PackageBuildSummary | null> {
  const ctx = app.services;
  const assessment = getAssessment(ctx, assessmentId);
  const path = await app.dialogs.chooseExportPath(packageFileName(assessment.organisation, today(ctx)), 'zip');
  if (!path) return null;
  return buildEvidencePackage(ctx, app.evidenceStoreDir, assessmentId, path, { appVersion: app.version, lang });
}

export async function savePortable(
  app: AppState,
  assessmentId: string,
  passphrase?: string,
): Promise<PortableExportSummary | null> {
  const ctx = app.services;
  const assessment = getAssessment(ctx, assessmentId);
  if (passphrase !== undefined) checkPassphrase(passphrase);
  const path = await app.dialogs.chooseExportPath(portableFileName(assessment.organisation, today(ctx)), 'fwassess');
  if (!path) return null;
  const result = await exportAssessmentFile(ctx, app.evidenceStoreDir, assessmentId, path, {
    appVersion: app.version,
    passphrase,
  });
  return {
    path: result.path,
    encrypted: result.encrypted,
    records: result.records,
    evidenceFiles: result.evidenceFiles,
  };
}

/**
 * Files the user chose to import, by token: the page refers to a file only through a token main handed out
 * after its own dialog, so it can never make main read a path of its choosing. Kept per app state.
 */
const chosen = new WeakMap<AppState, Map<string, string>>();

export function rememberChosenFile(app: AppState, path: string): { token: string; name: string } {
  let files = chosen.get(app);
  if (!files) chosen.set(app, (files = new Map<string, string>()));
  if (files.size > 50) files.clear();
  const token = randomUUID();
  files.set(token, path);
  return { token, name: basename(path) };
}

export function chosenFile(app: AppState, token: string): string {
  const path = chosen.get(app)?.get(token);
  if (!path) throw new AppError('not_found', 'That file is no longer selected; choose it again.');
  return path;
}

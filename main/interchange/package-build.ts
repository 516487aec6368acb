import { evidenceEntryName } from '../../shared/interchange/paths';
import {
  PACKAGE_FORMAT,
  PACKAGE_MANIFEST,
  type PackageBuildSummary,
  type PackageFile,
  type PackageManifest,
  type PackageRole,
} from '../../shared/interchange/package';
import { reportOptionsSchema } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { listEvidence } from '../db/evidence';
import { evidenceCipherOf, workspaceIsEncrypted } from '../evidence/data-key';
import { readStoredFile } from '../evidence/read';
import { renderReportPdf } from '../report/render';
import { getAssessment } from '../services/assessments';
import type { ServiceContext } from '../services/context';
import { assessmentResultsOf, hasRemediationPlan, poamOf } from './oscal-data';
import { controlMatrixXlsx } from './spreadsheet-export';
import { writeError, ZipWriter, type WrittenEntry } from './zip-write';

/**
 * The evidence package an auditor receives: one zip with the PDF readiness report, the control matrix
 * (XLSX), the OSCAL assessment results and plan of action and milestones, every evidence file of the
 * assessment (`evidence/<sha256 prefix>-<name>`), and manifest.json listing each file with its SHA-256,
 * size and, for evidence, the controls it supports. `package-verify.ts` checks a package against it.
 */

export const PACKAGE_PATHS = {
  report: 'report/readiness-report.pdf',
  matrix: 'matrix/control-matrix.xlsx',
  assessmentResults: 'oscal/assessment-results.json',
  poam: 'oscal/plan-of-action-and-milestones.json',
} as const;

const MEDIA = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  evidence: 'application/octet-stream',
} as const;

export interface PackageOptions {
  appVersion: string;
  lang?: 'en' | 'fr';
}

export function packageFileName(organisation: string, date: string): string {
  const slug =
    organisation
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment';
  return `fieldwork-evidence-package-${slug}-${date}.zip`;
}

interface EvidenceEntry {
  name: string;
  sha256: string;
  controls: Set<string>;
  originalNames: Set<string>;
  evidenceIds: string[];
}

/** One archive entry per distinct (content, name); items sharing both are listed together. */
function evidenceEntries(ctx: ServiceContext, assessmentId: string): EvidenceEntry[] {
  const byName = new Map<string, EvidenceEntry>();
  for (const item of listEvidence(ctx.db, assessmentId)) {
    const name = evidenceEntryName(item.sha256, item.originalName);
    const entry = byName.get(name) ?? {
      name,
      sha256: item.sha256,
      controls: new Set<string>(),
      originalNames: new Set<string>(),
      evidenceIds: [],
    };
    for (const c of item.controlIds) entry.controls.add(c);
    entry.originalNames.add(item.originalName);
    entry.evidenceIds.push(item.id);
    byName.set(name, entry);
  }
  return [...byName.values()];
}

export async function buildEvidencePackage(
  ctx: ServiceContext,
  storeDir: string,
  assessmentId: string,
  outPath: string,
  options: PackageOptions,
): Promise<PackageBuildSummary> {
  const assessment = getAssessment(ctx, assessmentId);
  const notes: string[] = [];
  if (workspaceIsEncrypted(ctx.db))
    notes.push(
      'Exported from an encrypted Fieldwork workspace: this package is not encrypted; keep and share it with the same care as the workspace.',
    );
  const roles = new Map<string, { role: PackageRole; mediaType: string }>();
  // Everything that can fail on the data is computed before the archive is opened.
  const report = await renderReportPdf(
    ctx,
    assessmentId,
    reportOptionsSchema.parse({ lang: options.lang ?? 'en' }),
    options.appVersion,
  );
  const matrix = await controlMatrixXlsx(ctx, assessmentId, options.appVersion);
  const oscal = { appVersion: options.appVersion };
  const results = Buffer.from(JSON.stringify(assessmentResultsOf(ctx, assessmentId, oscal), null, 2), 'utf8');
  const poam = hasRemediationPlan(ctx, assessmentId)
    ? Buffer.from(JSON.stringify(poamOf(ctx, assessmentId, oscal), null, 2), 'utf8')
    : null;
  if (!poam) notes.push('No plan of action and milestones: the remediation plan of this assessment is empty.');
  const evidence = evidenceEntries(ctx, assessmentId);
  if (evidence.length === 0) notes.push('No evidence file: none is attached to this assessment yet.');
  const cipher = evidenceCipherOf(ctx.db);

  const zip = new ZipWriter(outPath, ctx.now());
  let written: WrittenEntry[];
  try {
    const add = (name: string, data: Uint8Array, role: PackageRole, mediaType: string) => {
      zip.addBuffer(name, data);
      roles.set(name, { role, mediaType });
    };
    add(PACKAGE_PATHS.report, report, 'report', MEDIA.pdf);
    add(PACKAGE_PATHS.matrix, matrix, 'control-matrix', MEDIA.xlsx);
    add(PACKAGE_PATHS.assessmentResults, results, 'oscal-assessment-results', MEDIA.json);
    if (poam) add(PACKAGE_PATHS.poam, poam, 'oscal-poam', MEDIA.json);
    for (const entry of evidence) {
      roles.set(entry.name, { role: 'evidence', mediaType: MEDIA.evidence });
      void zip
        .addFile(
          entry.name,
          readStoredFile(storeDir, entry.sha256, cipher),
          `the stored copy of ${[...entry.originalNames][0] ?? entry.name}`,
        )
        .catch(() => undefined);
    }
    written = await zip.drain();
    for (const entry of evidence) {
      const actual = written.find((w) => w.name === entry.name);
      if (actual?.sha256 !== entry.sha256) {
        throw new AppError(
          'evidence_damaged',
          `The stored copy of "${[...entry.originalNames][0] ?? entry.name}" no longer matches its hash; run "Verify evidence" and re-add it. No package was written.`,
        );
      }
    }
    const byName = new Map(evidence.map((e) => [e.name, e]));
    const files: PackageFile[] = written.map((w) => {
      const meta = roles.get(w.name) ?? { role: 'evidence' as const, mediaType: MEDIA.evidence };
      const e = byName.get(w.name);
      return {
        path: w.name,
        sha256: w.sha256,
        size: w.size,
        ...meta,
        ...(e && { controls: [...e.controls].sort(), originalNames: [...e.originalNames], evidenceIds: e.evidenceIds }),
      };
    });
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      createdAt: ctx.now().toISOString(),
      generator: `Fieldwork ${options.appVersion}`,
      assessment: {
        id: assessment.id,
        organisation: assessment.organisation,
        systemName: assessment.systemName,
        reportType: assessment.reportType,
      },
      files,
      notes,
    };
    zip.addBuffer(PACKAGE_MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    await zip.finish();
    return { path: outPath, files: files.length, evidenceFiles: evidence.length, notes };
  } catch (error) {
    await zip.abort();
    if (error instanceof AppError && error.code === 'file_unreadable') {
      throw new AppError(
        'evidence_missing',
        `${error.message.replace(/\.?$/, '.')} An evidence file is missing from the store; run "Verify evidence". No package was written.`,
      );
    }
    throw writeError(outPath, error);
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCatalog } from '../../main/catalog/bundled';
import { listControls } from '../../main/db/controls';
import { openWorkspaceDb, type Db } from '../../main/db/open';
import { createDemoAssessment } from '../../main/demo/demo-assessment';
import { evidenceStoreDirOf } from '../../main/evidence/store';
import type { ServiceContext } from '../../main/services/context';
import { addEvidenceFiles, setPopulation } from '../../main/services/evidence';
import { findingsOf, muteFinding } from '../../main/services/findings';
import { saveRemediation } from '../../main/services/remediation';
import { completeReview, recordSample, startReview } from '../../main/services/review';
import { takeSnapshot } from '../../main/services/snapshots';
import type { EvidenceItem } from '../../shared/domain';

/**
 * A realistic workspace for the interchange tests, built through the real services on a real SQLite file
 * and evidence store: the demo assessment (Type II, four categories, boundary, vendors, two remediation
 * items), eight evidence files (one name with a backslash, one in French with accents, two items sharing
 * one content), a baseline snapshot, a completed day-60 review whose samples all passed except those of
 * two controls (one "not effective", one with a single exception), a population, a muted finding, and two
 * more remediation items (one linked to a finding and done, one without a due date).
 */

export interface RealisticWorkspace {
  dir: string;
  workspacePath: string;
  storeDir: string;
  db: Db;
  ctx: ServiceContext;
  assessmentId: string;
  evidence: EvidenceItem[];
  /** Moves the workspace's clock. */
  at(iso: string): void;
  /** Controls whose samples were recorded as exceptions: [not effective, exceptions noted]. */
  exceptionControls: [string, string];
}

export interface EvidenceSpec {
  name: string;
  content: string | Buffer;
  controls: string[];
  kind: 'log_export' | 'system_report' | 'config_export' | 'ticket' | 'policy' | 'screenshot';
  from: string;
  to: string;
}

export async function buildRealisticWorkspace(dir: string, name = 'workspace.fwdb'): Promise<RealisticWorkspace> {
  const workspacePath = join(dir, name);
  const storeDir = evidenceStoreDirOf(workspacePath);
  let now = new Date('2026-11-21T09:00:00.000Z');
  const db = openWorkspaceDb(workspacePath, { create: true });
  const ctx: ServiceContext = { db, catalog: bundledCatalog(), now: () => now };
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const assessmentId = createDemoAssessment(ctx).id;
  const controls = listControls(db, assessmentId).filter((c) => c.status !== 'not_applicable');
  const byFrequency = (f: string) => controls.filter((c) => c.frequency === f).map((c) => c.controlId);
  const [monthly1 = '', monthly2 = ''] = byFrequency('monthly');
  const [quarterly1 = ''] = byFrequency('quarterly');
  const [continuous1 = ''] = byFrequency('continuous');
  const [perEvent1 = ''] = byFrequency('per_event');

  const sources = join(dir, 'sources');
  mkdirSync(sources, { recursive: true });
  const specs: EvidenceSpec[] = [
    {
      name: 'okta-access-review-2026-09.csv',
      content: 'user,role,reviewed\nana,admin,yes\n',
      controls: [monthly1],
      kind: 'system_report',
      from: '2026-09-01',
      to: '2026-09-30',
    },
    {
      name: 'okta-access-review-2026-10.csv',
      content: 'user,role,reviewed\nana,admin,yes\nomar,viewer,yes\n',
      controls: [monthly1, monthly2],
      kind: 'system_report',
      from: '2026-10-01',
      to: '2026-10-31',
    },
    {
      name: 'Accès — revue trimestrielle Q3.pdf',
      content: Buffer.from('%PDF-1.4\n% revue des accès\n'),
      controls: [quarterly1],
      kind: 'ticket',
      from: '2026-09-30',
      to: '2026-09-30',
    },
    {
      name: 'cloudtrail-export.jsonl',
      content: `${'{"event":"AssumeRole"}\n'.repeat(200)}`,
      controls: [continuous1],
      kind: 'log_export',
      from: '2026-09-01',
      to: '2026-11-20',
    },
    {
      name: 'model-promotion\\..\\ticket.txt',
      content: 'Promotion of risk-model v7 approved by P. Raman',
      controls: [perEvent1],
      kind: 'ticket',
      from: '2026-10-05',
      to: '2026-10-05',
    },
    {
      name: 'information-security-policy.md',
      content: '# Information security policy\n',
      controls: [monthly2, quarterly1],
      kind: 'policy',
      from: '2026-08-01',
      to: '2026-08-01',
    },
    {
      name: 'policy-copy.md',
      content: '# Information security policy\n',
      controls: [continuous1],
      kind: 'policy',
      from: '2026-08-01',
      to: '2026-08-01',
    },
    {
      name: 'mfa-settings.png',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      controls: [monthly1],
      kind: 'screenshot',
      from: '2026-10-10',
      to: '2026-10-10',
    },
  ];
  const evidence: EvidenceItem[] = [];
  let n = 0;
  for (const spec of specs) {
    n += 1;
    const renamed = join(sources, `${n}`, spec.name);
    mkdirSync(join(sources, `${n}`), { recursive: true });
    writeFileSync(renamed, spec.content);
    const [item] = await addEvidenceFiles(ctx, storeDir, {
      assessmentId,
      filePaths: [renamed],
      controlIds: spec.controls,
      kind: spec.kind,
      sourceSystem: spec.kind === 'log_export' ? 'AWS CloudTrail' : 'Okta',
      collectedBy: 'Claire Dubois',
      collectedAt: spec.to,
      periodFrom: spec.from,
      periodTo: spec.to,
      notes: n === 2 ? 'Second monthly review.\nSigned by the CISO.' : '',
    });
    if (item) evidence.push(item);
  }
  setPopulation(ctx, assessmentId, perEvent1, 4, 1);
  takeSnapshot(ctx, assessmentId, 'Baseline');

  at('2026-11-22T09:00:00.000Z');
  const review = startReview(ctx, assessmentId);
  const sampled = review.controls.filter((c) => c.samples.length > 0);
  const notEffective = sampled.find((c) => c.samples.length >= 2)?.controlId ?? '';
  const noted =
    sampled.find((c) => c.samples.length >= 10 && c.controlId !== notEffective)?.controlId ??
    sampled.find((c) => c.controlId !== notEffective)?.controlId ??
    '';
  for (const control of sampled) {
    for (const sample of control.samples) {
      const exception =
        (control.controlId === notEffective && sample.seq <= 2) || (control.controlId === noted && sample.seq === 1);
      recordSample(ctx, {
        reviewId: review.id,
        controlId: control.controlId,
        seq: sample.seq,
        result: exception ? 'exception' : 'passed',
        note: exception ? `Item ${sample.item}: approval ticket missing` : '',
        evidenceId: control.controlId === monthly1 && sample.seq === 1 ? (evidence[0]?.id ?? null) : null,
      });
    }
  }
  at('2026-11-22T15:30:00.000Z');
  completeReview(ctx, review.id);

  at('2026-11-23T10:00:00.000Z');
  const findings = findingsOf(ctx, assessmentId).findings;
  const [toMute, toLink] = findings;
  if (toMute)
    muteFinding(ctx, assessmentId, toMute.key, 'Accepted for this period: the vendor contract is renegotiated in Q1.');
  saveRemediation(ctx, assessmentId, {
    action: `Fix: ${toLink?.title ?? 'evidence gaps'}`,
    ownerName: 'Marc Delacroix',
    ownerFunction: 'security',
    dueDate: '2026-12-01',
    priority: 'high',
    status: 'done',
    controlIds: [notEffective],
    findingKeys: toLink ? [toLink.key] : [],
    notes: 'Closed after the re-test.',
  });
  saveRemediation(ctx, assessmentId, {
    action: 'Write the AI incident categories into the incident response plan',
    priority: 'medium',
    controlIds: [continuous1],
  });
  return {
    dir,
    workspacePath,
    storeDir,
    db,
    ctx,
    assessmentId,
    evidence,
    at,
    exceptionControls: [notEffective, noted],
  };
}

import type { Assessment, AssessmentControl, EvidenceKind } from '../../shared/domain';
import { addDays, compareDates, daysBetween, isoDateOf } from '../../shared/dates';
import { listControls } from '../db/controls';
import type { ServiceContext } from '../services/context';
import { addEvidenceContents, setPopulation } from '../services/evidence';

/** Stable 32-bit FNV-1a hash: the demo's evidence is the same on every machine for the same day. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Planned {
  control: AssessmentControl;
  kind: EvidenceKind;
  from: string;
  to: string;
  source: string;
}

const SOURCES: Record<EvidenceKind, string> = {
  log_export: 'Datadog log archive export',
  system_report: 'GitHub Actions run history',
  config_export: 'AWS IAM policy export',
  ticket: 'Jira change tickets',
  policy: 'Confluence policy space',
  screenshot: 'Console screenshot',
};

/** Splits the elapsed window into periods of `days`, returning [from, to] pairs. */
function periods(start: string, end: string, days: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let from = start; compareDates(from, end) <= 0; from = addDays(from, days)) {
    const to = addDays(from, days - 1);
    out.push([from, compareDates(to, end) > 0 ? end : to]);
  }
  return out;
}

/** What a realistic day-60 evidence folder looks like: mostly there, a few gaps, a few screenshots only. */
function plan(controls: readonly AssessmentControl[], start: string, asOf: string): Planned[] {
  const planned: Planned[] = [];
  for (const control of controls) {
    if (control.status !== 'implemented' && control.status !== 'partial') continue;
    const roll = hash(`evidence:${control.controlId}`) % 10;
    if (roll === 0) continue; // nothing collected yet
    if (roll === 1) {
      planned.push({ control, kind: 'screenshot', from: addDays(start, 20), to: addDays(start, 20), source: SOURCES.screenshot });
      continue;
    }
    switch (control.frequency) {
      case 'continuous': {
        // One export per month; one control misses a fortnight in the second month.
        for (const [from, to] of periods(start, asOf, 30)) {
          const gap = roll === 2 && from !== start && daysBetween(start, from) < 60;
          planned.push({ control, kind: 'log_export', from: gap ? addDays(from, 14) : from, to, source: SOURCES.log_export });
        }
        break;
      }
      case 'daily':
      case 'weekly':
      case 'monthly': {
        const step = control.frequency === 'monthly' ? 30 : 7;
        for (const [from, to] of periods(start, asOf, step)) {
          if (roll === 3 && hash(`${control.controlId}:${from}`) % 3 === 0) continue;
          planned.push({ control, kind: control.frequency === 'daily' ? 'log_export' : 'system_report', from, to, source: SOURCES.system_report });
        }
        break;
      }
      case 'quarterly':
      case 'annually':
        planned.push({ control, kind: 'policy', from: addDays(start, 10), to: addDays(start, 10), source: SOURCES.policy });
        break;
      case 'per_event':
        planned.push({ control, kind: 'ticket', from: start, to: asOf, source: SOURCES.ticket });
        break;
    }
  }
  return planned;
}

/**
 * Fills the demo with generated evidence files (small CSV exports, one per control and period) and the
 * populations of its per-event controls, so that its Type II operating figure, coverage gaps and
 * point-in-time findings look like a real day-60 review. The files go from memory straight into the
 * evidence store (sealed there in an encrypted workspace): none is written to a temp folder first.
 */
export async function addDemoEvidence(ctx: ServiceContext, storeDir: string, assessment: Assessment): Promise<number> {
  const start = assessment.windowStart;
  if (!start) return 0;
  const today = isoDateOf(ctx.now());
  const end = assessment.windowEnd && compareDates(assessment.windowEnd, today) < 0 ? assessment.windowEnd : today;
  if (compareDates(end, start) < 0) return 0;
  const controls = listControls(ctx.db, assessment.id);
  let added = 0;
  for (const [index, item] of plan(controls, start, end).entries()) {
    const name = `${item.control.controlId.toLowerCase()}-${item.kind}-${item.from}.csv`;
    const content = Buffer.from(
      `# ${item.source} — ${item.control.controlId}, ${item.from} to ${item.to}\ntimestamp,actor,event,result\n` +
        `${item.from}T09:00:00Z,ci-bot,${item.control.controlId.toLowerCase()}-check-${index},pass\n` +
        `${item.to}T17:00:00Z,ci-bot,${item.control.controlId.toLowerCase()}-check-${index + 1},pass\n`,
      'utf8',
    );
    await addEvidenceContents(ctx, storeDir, {
      assessmentId: assessment.id,
      files: [{ name, content }],
      controlIds: [item.control.controlId],
      kind: item.kind,
      sourceSystem: item.source,
      collectedBy: 'Omar Haddad',
      collectedAt: item.to,
      periodFrom: item.from,
      periodTo: item.to,
      notes: 'Generated for the Fieldwork demo.',
    });
    added += 1;
  }
  for (const control of controls.filter((c) => c.frequency === 'per_event' && c.status !== 'not_applicable')) {
    const population = 4 + (hash(`population:${control.controlId}`) % 12);
    const evidenced = control.status === 'implemented' ? population - (hash(control.controlId) % 2) : Math.floor(population / 2);
    setPopulation(ctx, assessment.id, control.controlId, population, Math.max(0, evidenced));
  }
  return added;
}

import { addDays, compareDates, isoDateOf } from '../../shared/dates';
import { EVIDENCE_KINDS } from '../../shared/domain';
import { EVIDENCE_LIMITS, evidenceMetaSchema, type EvidenceMeta } from '../../shared/evidence';
import { AppError } from '../../shared/ipc/result';

const FIELD_LABELS: Record<string, string> = {
  controlIds: 'Controls',
  kind: 'Evidence kind',
  sourceSystem: 'Source system',
  collectedBy: 'Collected by',
  collectedAt: 'Collection date',
  periodFrom: 'Period start',
  periodTo: 'Period end',
  notes: 'Notes',
};

function invalid(message: string): AppError {
  return new AppError('invalid_input', message);
}

/**
 * Checks an evidence item's description with messages a user can act on, and fills the defaults:
 * collected today, and a point-in-time period (to = from) when no end is given.
 */
export function validateEvidenceMeta(raw: unknown, now: Date): EvidenceMeta {
  const parsed = evidenceMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.slice(0, 3).map((issue) => {
      const key = String(issue.path[0] ?? '');
      if (key === 'kind') {
        const given = (raw as { kind?: unknown } | null)?.kind;
        return `Unknown evidence kind "${String(given)}"; use ${EVIDENCE_KINDS.join(', ')}.`;
      }
      if (issue.code === 'unrecognized_keys') return `The evidence has unknown fields (${issue.keys.join(', ')}).`;
      return `${FIELD_LABELS[key] ?? 'The evidence'} ${issue.message}.`;
    });
    throw invalid(messages.join(' '));
  }
  const input = parsed.data;
  const today = isoDateOf(now);
  const collectedAt = input.collectedAt ?? today;
  const periodFrom = input.periodFrom;
  const periodTo = input.periodTo ?? periodFrom;
  if (compareDates(periodFrom, periodTo) > 0) {
    throw invalid(`The evidence period starts (${periodFrom}) after it ends (${periodTo}).`);
  }
  if (input.kind === 'screenshot' && periodFrom !== periodTo) {
    throw invalid(`A screenshot shows a single moment, not a period: give one date (from = to), not ${periodFrom} → ${periodTo}.`);
  }
  // One day of slack: "today" is UTC here, and the user's calendar may already be on tomorrow.
  if (compareDates(collectedAt, addDays(today, 1)) > 0) {
    throw invalid(`The collection date (${collectedAt}) is in the future.`);
  }
  if (compareDates(periodTo, collectedAt) > 0) {
    throw invalid(`The evidence period ends (${periodTo}) after the evidence was collected (${collectedAt}); evidence cannot cover days after its collection.`);
  }
  const controlIds = [...new Set(input.controlIds.map((id) => id.toUpperCase()))];
  return {
    controlIds,
    kind: input.kind,
    sourceSystem: input.sourceSystem,
    collectedBy: input.collectedBy,
    collectedAt,
    periodFrom,
    periodTo,
    notes: input.notes,
  };
}

/** Per-event populations: whole numbers, evidenced ≤ population. */
export function validatePopulation(population: number, evidenced: number): void {
  for (const [label, value] of [
    ['population', population],
    ['evidenced count', evidenced],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > EVIDENCE_LIMITS.population) {
      throw invalid(`The ${label} must be a whole number from 0 to ${EVIDENCE_LIMITS.population.toLocaleString('en')} (got ${String(value)}).`);
    }
  }
  if (evidenced > population) {
    throw invalid(`The evidenced count (${evidenced}) cannot exceed the population (${population}).`);
  }
}

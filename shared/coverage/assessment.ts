import type { ControlPopulation, Frequency, IsoDate } from '../domain';
import { coverageOfDays, type COVERAGE_METHOD, type ControlCoverage } from './coverage';
import { byFirstDay, countingSort, toDayItems, type CoverageEvidence } from './union';

export interface CoverageControl {
  id: string;
  frequency: Frequency;
}

export interface LinkedEvidence extends CoverageEvidence {
  /** Controls the item supports. */
  controlIds: readonly string[];
}

export interface AssessmentCoverageInput {
  windowStart: IsoDate;
  windowEnd: IsoDate | null;
  asOf: IsoDate;
  controls: readonly CoverageControl[];
  evidence: readonly LinkedEvidence[];
  populations: readonly ControlPopulation[];
}

export interface ControlCoverageEntry extends ControlCoverage {
  controlId: string;
}

/** Channel 'coverage:get': per-control coverage details of one assessment. */
export interface CoverageReport {
  method: typeof COVERAGE_METHOD;
  assessmentId: string;
  /** False for Type I assessments (design only): then `controls` is empty. */
  measured: boolean;
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  /** The date coverage is measured to (asked for, or today, capped at the window end). */
  asOf: IsoDate;
  /** Every control of the checklist, in checklist order. */
  controls: ControlCoverageEntry[];
}

/**
 * Coverage of every given control, sorting once and sweeping once: every evidence item is converted to day
 * numbers once; its links to the controls are ordered by first covered day, then (stable) by control, so
 * each control's items form one run already in date order, swept without any further sorting.
 */
export function assessmentCoverage(input: AssessmentCoverageInput): ControlCoverageEntry[] {
  const items = toDayItems(input.evidence);
  const controlIndex = new Map(input.controls.map((c, i) => [c.id, i]));
  let links = 0;
  for (const e of input.evidence) links += e.controlIds.length;
  const linkItem = new Int32Array(links);
  const linkControl = new Int32Array(links);
  let n = 0;
  input.evidence.forEach((e, i) => {
    for (const id of e.controlIds) {
      const c = controlIndex.get(id);
      if (c === undefined) continue;
      linkItem[n] = i;
      linkControl[n] = c;
      n += 1;
    }
  });
  const byDay = byFirstDay(linkItem.map((i) => items.first[i] ?? 0), identity(n));
  const { order, starts } = countingSort(byDay, (link) => linkControl[link] ?? 0, input.controls.length);
  const itemOrder = order.map((link) => linkItem[link] ?? 0);

  const populations = new Map(input.populations.map((p) => [p.controlId, p]));
  return input.controls.map((control, c) => {
    const population = populations.get(control.id);
    return {
      controlId: control.id,
      ...coverageOfDays(
        {
          frequency: control.frequency,
          windowStart: input.windowStart,
          windowEnd: input.windowEnd,
          asOf: input.asOf,
          population: population ? { population: population.population, evidenced: population.evidenced } : undefined,
        },
        items,
        itemOrder.subarray(starts[c] ?? 0, starts[c + 1] ?? 0),
      ),
    };
  });
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

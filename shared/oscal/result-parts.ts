import { instant, markupLine, markupMultiline, percent, prop, propsOf } from './common';
import type { EvidenceResources } from './evidence';
import type { OscalCommonInput, OscalResultInput, OscalSample } from './input';
import type { OscalObservation, OscalResource } from './types';

/** Parts of an OSCAL `result` (assessment-results.ts): titles, descriptions, sample observations, the plan stand-in. */

export const CONCLUSION_TEXT = {
  effective: 'effective',
  exceptions_noted: 'exceptions noted (within the tolerable rate)',
  not_effective: 'not effective',
  incomplete: 'incomplete (items untested)',
  not_sampled: 'not sampled',
} as const;

export function resultTitle(result: OscalResultInput): string {
  if (result.kind === 'review') return `Day-60 readiness review as of ${result.asOf}`;
  if (result.kind === 'snapshot') return `Snapshot “${result.label}” as of ${result.asOf}`;
  return `Current state as of ${result.asOf}`;
}

export function resultDescription(result: OscalResultInput): string {
  const { overall } = result.score;
  const figures = `Design readiness ${percent(overall.design) ?? '—'} %${overall.operating === null ? '' : `, operating readiness ${percent(overall.operating) ?? '—'} %`}, over ${overall.criteria} criteria (${overall.unaddressedCriteria} unaddressed) and ${overall.controls} controls.`;
  if (result.kind === 'review') {
    return `The day-60 internal readiness review: controls sampled by frequency with a stored seed, each item recorded as passed or as an exception, and a conclusion per control. Figures frozen when the review was completed. ${figures}`;
  }
  if (result.kind === 'snapshot')
    return `A read-only snapshot of the readiness figures, frozen on ${result.start.slice(0, 10)}. ${figures}`;
  return `The assessment as it stands when this file was exported; no review or snapshot has been recorded yet. ${figures}`;
}

export function sampleObservation(
  sample: OscalSample,
  resources: EvidenceResources,
  reviewId: string | null,
  uuid: () => string,
): OscalObservation {
  const evidence = resources.uuidOf(sample.evidenceId);
  const outcome = sample.result === 'passed' ? 'passed' : 'exception';
  return {
    uuid: uuid(),
    title: markupLine(`${sample.controlId} sample item ${sample.seq} (${sample.item}): ${outcome}`),
    description: markupMultiline(
      sample.note.trim() ||
        `Sample item ${sample.item} of ${sample.controlId} was tested in the review and ${sample.result === 'passed' ? 'passed' : 'was an exception'}.`,
    ),
    ...propsOf(
      prop('control-id', sample.controlId),
      prop('review-id', reviewId),
      prop('sample-seq', sample.seq),
      prop('sample-item', sample.item),
      prop('sample-result', sample.result),
    ),
    methods: ['TEST'],
    types: [sample.result === 'exception' ? 'finding' : 'control-objective'],
    ...(evidence
      ? {
          'relevant-evidence': [
            { href: `#${evidence}`, description: 'Evidence the tester attached to this sample item.' },
          ],
        }
      : {}),
    collected: instant(sample.updatedAt),
  };
}

/** The scope of the assessment, standing in for an assessment plan (import-ap points here). */
export function planResource(input: OscalCommonInput, id: string): OscalResource {
  const a = input.assessment;
  const window = a.windowStart
    ? `Observation window ${a.windowStart} to ${a.windowEnd ?? 'open-ended'}.`
    : 'No observation window (Type I).';
  return {
    uuid: id,
    title: 'Assessment plan: the scope of the readiness review',
    description: markupMultiline(
      `Fieldwork does not issue a separate OSCAL assessment plan. The plan of this readiness review is its scope: ${a.organisation}, system “${a.systemName}”, SOC 2 Type ${a.reportType}, categories ${a.categories.join(', ')}. ${window}${a.reviewDate ? ` Review date ${a.reviewDate}.` : ''}`,
    ),
    props: [
      ...prop('assessment-id', a.id),
      ...prop('report-type', a.reportType),
      ...a.categories.flatMap((c) => prop('category', c)),
      ...prop('window-start', a.windowStart),
      ...prop('window-end', a.windowEnd),
    ],
  };
}

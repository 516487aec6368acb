import { SCORING_METHOD } from '../scoring/types';
import type { SnapshotControl } from '../snapshots/types';
import { AppError } from '../ipc/result';
import {
  buildMetadata,
  controlToken,
  instant,
  markupLine,
  markupMultiline,
  nonEmpty,
  percent,
  prop,
  propsOf,
} from './common';
import { EvidenceResources, evidenceObservation } from './evidence';
import { CONCLUSION_TEXT, planResource, resultDescription, resultTitle, sampleObservation } from './result-parts';
import { assessCriterion, type AssessmentResultsInput, type OscalCommonInput, type OscalResultInput } from './input';
import type { OscalAssessmentResults, OscalFinding, OscalObservation, OscalResult, OscalRisk } from './types';

/**
 * OSCAL 1.2.1 assessment-results from a Fieldwork assessment: one `result` per completed review or
 * snapshot (or the current state when there is neither). Each result lists the reviewed controls (our
 * control ids) and the criteria as control objectives, an observation per evidence item recorded by then
 * and per tested sample item, a finding per criterion in scope (target = the criterion, satisfied or not
 * by `assessCriterion`), and risks for controls concluded not effective, controls not implemented and
 * criteria no control addresses. Pure: data in, JSON out; UUIDs come from `input.uuid`.
 */

interface Built {
  result: OscalResult;
  evidenceIds: Set<string>;
}

function buildResult(common: OscalCommonInput, resources: EvidenceResources, result: OscalResultInput): Built {
  const { uuid } = common;
  const titles = new Map(common.controls.map((c) => [c.id, c.title]));
  const criterionTitles = new Map(common.criteria.map((c) => [c.id, c.title]));
  const controls = new Map<string, SnapshotControl>(result.controls.map((c) => [c.id, c]));
  const inScope = result.score.controls.filter((c) => c.criteria.length > 0);
  const measured = result.score.overall.operating !== null;

  const evidence = common.evidence.filter((e) => e.createdAt <= result.evidenceUpTo);
  const evidenceIds = new Set(evidence.map((e) => e.id));
  const observations: OscalObservation[] = [];
  const observationsByControl = new Map<string, string[]>();
  const linkObservation = (controlId: string, observationUuid: string) => {
    const list = observationsByControl.get(controlId);
    if (list) list.push(observationUuid);
    else observationsByControl.set(controlId, [observationUuid]);
  };
  for (const item of evidence) {
    const observation = evidenceObservation(item, resources, uuid);
    observations.push(observation);
    for (const controlId of item.controlIds) linkObservation(controlId, observation.uuid);
  }
  const exceptionObservations = new Map<string, string[]>();
  for (const sample of result.samples) {
    const observation = sampleObservation(sample, resources, result.reviewId, uuid);
    observations.push(observation);
    linkObservation(sample.controlId, observation.uuid);
    if (sample.evidenceId !== null && resources.uuidOf(sample.evidenceId)) evidenceIds.add(sample.evidenceId);
    if (sample.result === 'exception')
      exceptionObservations.set(sample.controlId, [
        ...(exceptionObservations.get(sample.controlId) ?? []),
        observation.uuid,
      ]);
  }

  const risks: OscalRisk[] = [];
  const risksByControl = new Map<string, string[]>();
  const addRisk = (controlId: string | null, risk: Omit<OscalRisk, 'uuid' | 'status'>): string => {
    const id = uuid();
    risks.push({ uuid: id, ...risk, status: 'open' });
    if (controlId !== null) risksByControl.set(controlId, [...(risksByControl.get(controlId) ?? []), id]);
    return id;
  };
  for (const score of inScope) {
    const control = controls.get(score.id);
    const title = titles.get(score.id) ?? score.id;
    if (control?.conclusion === 'not_effective') {
      addRisk(score.id, {
        title: markupLine(`${score.id} did not operate effectively in the review sample`),
        description: markupMultiline(
          `${score.id} — ${title}. The review found exceptions above the tolerable rate in the items tested.`,
        ),
        statement: markupMultiline(
          `The control may not prevent or detect what it is meant to during the observation window; an auditor testing it at fieldwork would likely find the same exceptions. Criteria at risk: ${score.criteria.join(', ')}.`,
        ),
        ...propsOf(prop('risk-source', 'review-conclusion'), prop('control-id', score.id)),
        ...nonEmpty(
          'related-observations',
          (exceptionObservations.get(score.id) ?? []).map((o) => ({ 'observation-uuid': o })),
        ),
      });
    }
    if (control?.status === 'not_implemented') {
      addRisk(score.id, {
        title: markupLine(`${score.id} is not implemented`),
        description: markupMultiline(`${score.id} — ${title}. The checklist records this control as not implemented.`),
        statement: markupMultiline(
          `Without this control the criteria it maps to (${score.criteria.join(', ')}) rely on the other controls alone.`,
        ),
        ...propsOf(prop('risk-source', 'design-status'), prop('control-id', score.id)),
      });
    }
  }

  const findings: OscalFinding[] = result.score.criteria.map((criterion) => {
    const assessed = assessCriterion(criterion, controls, measured);
    const riskIds = criterion.controls.flatMap((id) => risksByControl.get(id) ?? []);
    if (criterion.unaddressed) {
      riskIds.push(
        addRisk(null, {
          title: markupLine(`No control addresses ${criterion.id}`),
          description: markupMultiline(
            `No applicable control of the checklist maps to ${criterion.id} (${criterionTitles.get(criterion.id) ?? criterion.id}).`,
          ),
          statement: markupMultiline(
            `Nothing in the system of controls answers this criterion; it scores 0 and would be a gap at fieldwork.`,
          ),
          ...propsOf(prop('risk-source', 'unaddressed-criterion'), prop('criterion-id', criterion.id)),
        }),
      );
    }
    const observationIds = [...new Set(criterion.controls.flatMap((id) => observationsByControl.get(id) ?? []))];
    const controlLines = criterion.controls.map((id) => {
      const c = controls.get(id);
      const conclusion = c?.conclusion ? `, review: ${CONCLUSION_TEXT[c.conclusion]}` : '';
      return `- ${id} — ${titles.get(id) ?? id}: ${c?.status.replace(/_/g, ' ') ?? 'unknown'}${conclusion}`;
    });
    const problems = assessed.problems.map((p) => `- ${p.text}`);
    return {
      uuid: uuid(),
      title: markupLine(`${criterion.id} — ${assessed.state === 'satisfied' ? 'satisfied' : 'not satisfied'}`),
      description: markupMultiline(
        [
          `${criterion.id}: ${criterionTitles.get(criterion.id) ?? criterion.id}`,
          controlLines.length > 0
            ? `Controls:\n${controlLines.join('\n')}`
            : 'No applicable control maps to this criterion.',
          problems.length > 0 ? `Why it is not satisfied:\n${problems.join('\n')}` : '',
          assessed.exceptionsNoted.length > 0
            ? `Exceptions within the tolerable rate: ${assessed.exceptionsNoted.join(', ')}.`
            : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      ),
      ...propsOf(
        prop('design-readiness', percent(criterion.design)),
        prop('operating-readiness', percent(criterion.operating)),
        prop('category', criterion.category),
        ...criterion.controls.map((id) => prop('control-id', id)),
        ...criterion.excluded.map((id) => prop('excluded-control-id', id)),
      ),
      target: {
        type: 'objective-id',
        'target-id': controlToken(criterion.id),
        title: markupLine(criterionTitles.get(criterion.id) ?? criterion.id),
        status: { state: assessed.state, reason: assessed.reason },
      },
      ...nonEmpty(
        'related-observations',
        observationIds.map((o) => ({ 'observation-uuid': o })),
      ),
      ...nonEmpty(
        'related-risks',
        [...new Set(riskIds)].map((r) => ({ 'risk-uuid': r })),
      ),
    };
  });

  const reviewed = inScope.map((c) => ({ 'control-id': controlToken(c.id) }));
  if (reviewed.length === 0)
    throw new AppError(
      'nothing_to_export',
      'No control of this assessment maps to a criterion in scope, so there is nothing to report in OSCAL yet.',
    );
  const renamed = inScope.filter((c) => controlToken(c.id) !== c.id);
  return {
    evidenceIds,
    result: {
      uuid: uuid(),
      title: markupLine(resultTitle(result)),
      description: markupMultiline(resultDescription(result)),
      start: instant(result.start),
      ...(result.end ? { end: instant(result.end) } : {}),
      ...propsOf(
        prop('result-kind', result.kind),
        prop('snapshot-id', result.snapshotId),
        prop('review-id', result.reviewId),
        prop('sample-seed', result.seed),
        prop('as-of', result.asOf),
        prop('design-readiness', percent(result.score.overall.design)),
        prop('operating-readiness', percent(result.score.overall.operating)),
        prop('scoring-method', SCORING_METHOD),
        ...renamed.map((c) => prop('control-id-original', c.id, { remarks: `OSCAL id ${controlToken(c.id)}` })),
      ),
      'reviewed-controls': {
        description: markupMultiline(
          'The checklist controls mapped to a criterion in scope (Fieldwork control ids); the Trust Services Criteria in scope are the control objectives.',
        ),
        'control-selections': [{ 'include-controls': reviewed }],
        ...(result.score.criteria.length > 0
          ? {
              'control-objective-selections': [
                { 'include-objectives': result.score.criteria.map((c) => ({ 'objective-id': controlToken(c.id) })) },
              ],
            }
          : {}),
      },
      ...nonEmpty('observations', observations),
      ...nonEmpty('risks', risks),
      ...nonEmpty('findings', findings),
    },
  };
}

export function buildAssessmentResults(input: AssessmentResultsInput): OscalAssessmentResults {
  if (input.results.length === 0) throw new Error('assessment-results needs at least one result');
  const documentUuid = input.uuid();
  const metadata = buildMetadata({
    title: `SOC 2 readiness assessment results — ${input.assessment.systemName} (${input.assessment.organisation})`,
    ...input,
  });
  const resources = new EvidenceResources(input.evidence, input.uuid);
  const planId = input.uuid();
  const used = new Set<string>();
  const results = input.results.map((r) => {
    const built = buildResult(input, resources, r);
    for (const id of built.evidenceIds) used.add(id);
    return built.result;
  });
  return {
    'assessment-results': {
      uuid: documentUuid,
      metadata,
      'import-ap': {
        href: `#${planId}`,
        remarks: 'Points to the back-matter resource describing the scope; no separate OSCAL assessment plan exists.',
      },
      results,
      'back-matter': { resources: [planResource(input, planId), ...resources.used(used)] },
    },
  };
}

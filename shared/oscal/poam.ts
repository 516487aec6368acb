import { AppError } from '../ipc/result';
import type { RemediationItem } from '../remediation/plan';
import type { Finding } from '../rules/types';
import type { SnapshotControl } from '../snapshots/types';
import {
  buildMetadata,
  controlToken,
  dateTimeOf,
  instant,
  markupLine,
  markupMultiline,
  nonEmpty,
  percent,
  prop,
  propsOf,
} from './common';
import { assessCriterion, type OscalCommonInput, type OscalResultInput } from './input';
import type {
  OscalFinding,
  OscalObservation,
  OscalPoam,
  OscalPoamItem,
  OscalRisk,
  OscalTask,
  RiskStatus,
} from './types';

/**
 * OSCAL 1.2.1 plan of action and milestones from the remediation plan. Each remediation item becomes a
 * poam-item with one risk (status from the item's, deadline from its due date) whose remediation carries
 * the milestones (due date; closing date once done); the item's linked controls and rule findings become
 * observations, and each criterion they touch a finding (status as of now, same rule as the assessment
 * results). Observations and findings shared by several items are written once and referenced.
 */

export interface PoamInput extends OscalCommonInput {
  remediation: readonly RemediationItem[];
  /** The assessment as it stands now (score, control statuses, latest conclusions). */
  current: OscalResultInput;
  /** The rules' current findings, by key. */
  findings: readonly Pick<Finding, 'key' | 'ruleId' | 'severity' | 'title' | 'explanation' | 'criteria'>[];
}

const RISK_STATUS: Record<RemediationItem['status'], RiskStatus> = {
  open: 'open',
  in_progress: 'remediating',
  done: 'closed',
};

class Registry<T extends { uuid: string }> {
  readonly items: T[] = [];
  private readonly byKey = new Map<string, T>();

  get(key: string, make: () => T): T {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const made = make();
    this.byKey.set(key, made);
    this.items.push(made);
    return made;
  }
}

function milestones(item: RemediationItem, uuid: () => string): OscalTask[] {
  const tasks: OscalTask[] = [];
  if (item.dueDate) {
    tasks.push({
      uuid: uuid(),
      type: 'milestone',
      title: `Due: ${item.action}`.slice(0, 500).trim(),
      ...propsOf(prop('due-date', item.dueDate)),
      timing: { 'on-date': { date: dateTimeOf(item.dueDate) } },
    });
  }
  if (item.closedAt) {
    tasks.push({
      uuid: uuid(),
      type: 'milestone',
      title: 'Closed',
      description: 'The remediation item was marked done.',
      timing: { 'on-date': { date: instant(item.closedAt) } },
    });
  }
  return tasks.map((t) => ({ ...t, title: markupLine(t.title) }));
}

export function buildPoam(input: PoamInput): OscalPoam {
  if (input.remediation.length === 0) {
    throw new AppError(
      'nothing_to_export',
      'The remediation plan is empty: add remediation items (Remediation page) before exporting a plan of action and milestones.',
    );
  }
  const { uuid } = input;
  const documentUuid = uuid();
  const metadata = buildMetadata({
    title: `SOC 2 readiness plan of action and milestones — ${input.assessment.systemName} (${input.assessment.organisation})`,
    ...input,
  });
  const titles = new Map(input.controls.map((c) => [c.id, c.title]));
  const criterionTitles = new Map(input.criteria.map((c) => [c.id, c.title]));
  const controls = new Map<string, SnapshotControl>(input.current.controls.map((c) => [c.id, c]));
  const scores = new Map(input.current.score.controls.map((c) => [c.id, c]));
  const criteria = new Map(input.current.score.criteria.map((c) => [c.id, c]));
  const findingsByKey = new Map(input.findings.map((f) => [f.key, f]));
  const measured = input.current.score.overall.operating !== null;
  const observations = new Registry<OscalObservation>();
  const findings = new Registry<OscalFinding>();
  const risks: OscalRisk[] = [];
  const collected = instant(input.generatedAt);

  const controlObservation = (controlId: string) =>
    observations.get(`control:${controlId}`, () => {
      const c = controls.get(controlId);
      const status = c?.status.replace(/_/g, ' ') ?? 'not in the checklist';
      const owner = c?.ownerName.trim() ? ` Owner: ${c.ownerName.trim()}.` : ' No owner named.';
      const conclusion = c?.conclusion ? ` Latest review conclusion: ${c.conclusion.replace(/_/g, ' ')}.` : '';
      const coverage =
        c && c.coverage !== null ? ` Evidence coverage of the elapsed window: ${percent(c.coverage) ?? '—'} %.` : '';
      return {
        uuid: uuid(),
        title: markupLine(`${controlId} — ${titles.get(controlId) ?? controlId}: ${status}`),
        description: markupMultiline(`Checklist status of ${controlId}: ${status}.${owner}${conclusion}${coverage}`),
        ...propsOf(
          prop('control-id', controlId),
          prop('control-status', c?.status),
          prop('review-conclusion', c?.conclusion),
        ),
        methods: ['EXAMINE'],
        types: [c?.status === 'implemented' ? 'control-objective' : 'finding'],
        collected,
      };
    });

  const findingObservation = (key: string) =>
    observations.get(`finding:${key}`, () => {
      const f = findingsByKey.get(key);
      return {
        uuid: uuid(),
        title: markupLine(f ? f.title : `Finding ${key.split('|')[0] ?? key} (no longer raised)`),
        description: markupMultiline(
          f
            ? f.explanation
            : `The rules no longer raise this finding as of ${collected.slice(0, 10)}; it was linked when the item was planned.`,
        ),
        ...propsOf(
          prop('finding-key', key),
          prop('rule-id', f?.ruleId ?? key.split('|')[0]),
          prop('severity', f?.severity),
          prop('still-raised', f ? 'yes' : 'no'),
        ),
        methods: ['EXAMINE'],
        types: ['finding'],
        collected,
      };
    });

  const criterionFinding = (criterionId: string) => {
    const criterion = criteria.get(criterionId);
    if (!criterion) return undefined;
    return findings.get(criterionId, () => {
      const assessed = assessCriterion(criterion, controls, measured);
      return {
        uuid: uuid(),
        title: markupLine(
          `${criterionId} — ${assessed.state === 'satisfied' ? 'satisfied' : 'not satisfied'} as of ${collected.slice(0, 10)}`,
        ),
        description: markupMultiline(
          [
            `${criterionId}: ${criterionTitles.get(criterionId) ?? criterionId}`,
            ...assessed.problems.map((p) => `- ${p.text}`),
          ].join('\n'),
        ),
        ...propsOf(
          prop('design-readiness', percent(criterion.design)),
          prop('operating-readiness', percent(criterion.operating)),
        ),
        target: {
          type: 'objective-id',
          'target-id': controlToken(criterionId),
          title: markupLine(criterionTitles.get(criterionId) ?? criterionId),
          status: { state: assessed.state, reason: assessed.reason },
        },
      };
    });
  };

  const link = <K extends 'related-observations' | 'related-risks'>(
    finding: OscalFinding,
    key: K,
    entry: NonNullable<OscalFinding[K]>[number],
  ) => {
    const list = (finding[key] ?? []) as NonNullable<OscalFinding[K]>[number][];
    if (!list.some((e) => JSON.stringify(e) === JSON.stringify(entry))) list.push(entry);
    (finding as Record<K, unknown>)[key] = list;
  };

  const items: OscalPoamItem[] = input.remediation.map((item) => {
    const controlObs = item.controlIds.map(controlObservation);
    const findingObs = item.findingKeys.map(findingObservation);
    const itemObservations = [...findingObs, ...controlObs].map((o) => ({ 'observation-uuid': o.uuid }));
    const touched = new Set<string>([
      ...item.controlIds.flatMap((id) => scores.get(id)?.criteria ?? []),
      ...item.findingKeys.flatMap((key) => findingsByKey.get(key)?.criteria ?? []),
    ]);
    const linked = [...touched].sort().flatMap((id) => {
      const f = criterionFinding(id);
      return f ? [f] : [];
    });
    const first = item.findingKeys.map((k) => findingsByKey.get(k)).find((f) => f !== undefined);
    const riskTitle = first
      ? first.title
      : item.controlIds.length > 0
        ? `Gap in ${item.controlIds.join(', ')}`
        : `Gap addressed by: ${item.action}`;
    const owner = item.ownerName.trim()
      ? `${item.ownerName.trim()}${item.ownerFunction ? ` (${item.ownerFunction.replace(/_/g, ' ')})` : ''}`
      : 'no owner named';
    const risk: OscalRisk = {
      uuid: uuid(),
      title: markupLine(riskTitle),
      description: markupMultiline(
        [
          first?.explanation ?? '',
          item.controlIds.length > 0 ? `Controls concerned: ${item.controlIds.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join('\n\n') || `The gap this remediation item addresses: ${item.action}`,
      ),
      statement: markupMultiline(
        touched.size > 0
          ? `Until it is fixed, these criteria are at risk: ${[...touched].sort().join(', ')}.`
          : 'Until it is fixed, the readiness gap remains.',
      ),
      ...propsOf(prop('remediation-id', item.id), prop('priority', item.priority)),
      status: RISK_STATUS[item.status],
      ...(item.dueDate ? { deadline: dateTimeOf(item.dueDate) } : {}),
      remediations: [
        {
          uuid: uuid(),
          lifecycle: item.status === 'done' ? 'completed' : 'planned',
          title: markupLine(item.action),
          description: markupMultiline(
            `${item.action}\n\nOwner: ${owner}. Priority: ${item.priority}.${item.notes.trim() ? `\n\n${item.notes.trim()}` : ''}`,
          ),
          ...propsOf(prop('owner', item.ownerName), prop('owner-function', item.ownerFunction)),
          ...nonEmpty('tasks', milestones(item, uuid)),
        },
      ],
      ...nonEmpty('related-observations', itemObservations),
    };
    risks.push(risk);
    for (const f of linked) {
      link(f, 'related-risks', { 'risk-uuid': risk.uuid });
      for (const o of itemObservations) link(f, 'related-observations', o);
    }
    return {
      uuid: uuid(),
      title: markupLine(item.action),
      description: markupMultiline(
        `${item.action}\n\nOwner: ${owner}. Priority: ${item.priority}. Status: ${item.status.replace(/_/g, ' ')}. Due: ${item.dueDate ?? 'no due date'}.`,
      ),
      ...propsOf(
        prop('remediation-id', item.id),
        prop('priority', item.priority),
        prop('status', item.status),
        prop('owner', item.ownerName),
        prop('owner-function', item.ownerFunction),
        prop('due-date', item.dueDate),
        ...item.controlIds.map((id) => prop('control-id', id)),
      ),
      ...nonEmpty(
        'related-findings',
        linked.map((f) => ({ 'finding-uuid': f.uuid })),
      ),
      ...nonEmpty('related-observations', itemObservations),
      'related-risks': [{ 'risk-uuid': risk.uuid }],
    };
  });

  return {
    'plan-of-action-and-milestones': {
      uuid: documentUuid,
      metadata,
      'system-id': { id: input.assessment.id },
      ...nonEmpty('observations', observations.items),
      ...nonEmpty('risks', risks),
      ...nonEmpty('findings', findings.items),
      'poam-items': items,
    },
  };
}

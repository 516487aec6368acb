import type { EvidenceItem, EvidenceKind } from '../domain';
import { entryHref, evidenceEntryName } from '../interchange/paths';
import { dateTimeOf, markupLine, markupMultiline, prop, propsOf } from './common';
import type { OscalObservation, OscalProperty, OscalResource } from './types';

const KIND_TEXT: Record<EvidenceKind, string> = {
  log_export: 'Continuous log export',
  system_report: 'System-generated report',
  config_export: 'Configuration export',
  ticket: 'Ticket or approval record',
  policy: 'Policy document',
  screenshot: 'Screenshot',
};

/**
 * Evidence files as back-matter resources: one per evidence item, with an rlink to where the file sits in
 * the evidence package (`evidence/<sha256 prefix>-<name>`) and its SHA-256, so a reader holding the
 * package can check each file. Observations point at these resources (`#uuid`).
 */
export class EvidenceResources {
  private readonly byId = new Map<string, OscalResource>();

  constructor(
    evidence: readonly EvidenceItem[],
    private readonly uuid: () => string,
  ) {
    for (const item of evidence) this.byId.set(item.id, this.resourceOf(item));
  }

  private resourceOf(item: EvidenceItem): OscalResource {
    return {
      uuid: this.uuid(),
      title: markupLine(item.originalName, 'evidence file'),
      description: markupMultiline(`${KIND_TEXT[item.kind]} kept in the Fieldwork evidence store.`),
      props: [...prop('evidence-id', item.id), ...prop('sha256', item.sha256), ...prop('size', item.size)],
      rlinks: [
        {
          href: entryHref(evidenceEntryName(item.sha256, item.originalName)),
          hashes: [{ algorithm: 'SHA-256', value: item.sha256 }],
        },
      ],
    };
  }

  uuidOf(evidenceId: string | null): string | undefined {
    return evidenceId === null ? undefined : this.byId.get(evidenceId)?.uuid;
  }

  /** The resources actually referred to, in evidence order. */
  used(ids: ReadonlySet<string>): OscalResource[] {
    return [...this.byId.entries()].filter(([id]) => ids.has(id)).map(([, resource]) => resource);
  }
}

export function evidenceProps(item: EvidenceItem): OscalProperty[] {
  return [
    ...prop('evidence-id', item.id),
    ...prop('sha256', item.sha256),
    ...prop('size', item.size),
    ...prop('evidence-kind', item.kind),
    ...prop('period-from', item.periodFrom),
    ...prop('period-to', item.periodTo),
    ...item.controlIds.flatMap((id) => prop('supports-control', id)),
  ];
}

/** An evidence item as an observation: examined, with the file as relevant evidence and its hash. */
export function evidenceObservation(
  item: EvidenceItem,
  resources: EvidenceResources,
  uuid: () => string,
): OscalObservation {
  const source = item.sourceSystem.trim() ? ` from ${item.sourceSystem.trim()}` : '';
  const by = item.collectedBy.trim() ? ` by ${item.collectedBy.trim()}` : '';
  const period =
    item.periodFrom === item.periodTo
      ? `showing ${item.periodFrom}`
      : `covering ${item.periodFrom} to ${item.periodTo}`;
  const supports =
    item.controlIds.length > 0 ? ` Supports ${item.controlIds.join(', ')}.` : ' Not linked to any control.';
  const resource = resources.uuidOf(item.id);
  return {
    uuid: uuid(),
    title: markupLine(`Evidence: ${item.originalName}`),
    description: markupMultiline(
      `${KIND_TEXT[item.kind]}${source}, ${period}, collected on ${item.collectedAt}${by}.${supports}${item.notes.trim() ? `\n\n${item.notes.trim()}` : ''}`,
    ),
    ...propsOf(evidenceProps(item)),
    methods: ['EXAMINE'],
    types: ['control-objective'],
    'relevant-evidence': [
      {
        ...(resource ? { href: `#${resource}` } : {}),
        description: markupMultiline(`${item.originalName} (SHA-256 ${item.sha256}, ${item.size} bytes)`),
        props: prop('sha256', item.sha256),
      },
    ],
    collected: dateTimeOf(item.collectedAt),
  };
}

/**
 * The subset of the OSCAL 1.2.1 JSON models (assessment-results and plan-of-action-and-milestones) that
 * Fieldwork writes, typed field by field as the NIST schemas name them. The schemas themselves, in
 * test/fixtures/oscal-1.2.1/, are what the tests validate every export against.
 */

export interface OscalProperty {
  name: string;
  ns?: string;
  value: string;
  class?: string;
  remarks?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  'media-type'?: string;
  text?: string;
}

export interface OscalParty {
  uuid: string;
  type: 'person' | 'organization';
  name: string;
}

export interface OscalMetadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProperty[];
  roles?: { id: string; title: string }[];
  parties?: OscalParty[];
  'responsible-parties'?: { 'role-id': string; 'party-uuids': string[] }[];
}

export interface OscalHash {
  algorithm: 'SHA-256';
  value: string;
}

export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  props?: OscalProperty[];
  rlinks?: { href: string; 'media-type'?: string; hashes?: OscalHash[] }[];
  remarks?: string;
}

export interface OscalBackMatter {
  resources?: OscalResource[];
}

export interface OscalRelevantEvidence {
  href?: string;
  description: string;
  props?: OscalProperty[];
  remarks?: string;
}

export type ObservationMethod = 'EXAMINE' | 'INTERVIEW' | 'TEST' | 'UNKNOWN';
export type ObservationType =
  'ssp-statement-issue' | 'control-objective' | 'mitigation' | 'finding' | 'discovery' | 'historic';

export interface OscalObservation {
  uuid: string;
  title?: string;
  description: string;
  props?: OscalProperty[];
  methods: ObservationMethod[];
  types?: ObservationType[];
  'relevant-evidence'?: OscalRelevantEvidence[];
  collected: string;
  remarks?: string;
}

export type ObjectiveState = 'satisfied' | 'not-satisfied';

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  target: {
    type: 'objective-id' | 'statement-id';
    'target-id': string;
    title?: string;
    description?: string;
    status: { state: ObjectiveState; reason?: 'pass' | 'fail' | 'other'; remarks?: string };
  };
  'related-observations'?: { 'observation-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
  remarks?: string;
}

export type RiskStatus =
  'open' | 'investigating' | 'remediating' | 'deviation-requested' | 'deviation-approved' | 'closed';

export interface OscalTask {
  uuid: string;
  type: 'milestone' | 'action';
  title: string;
  description?: string;
  props?: OscalProperty[];
  timing?: { 'on-date': { date: string } };
}

export interface OscalResponse {
  uuid: string;
  lifecycle: 'recommendation' | 'planned' | 'completed';
  title: string;
  description: string;
  props?: OscalProperty[];
  tasks?: OscalTask[];
  remarks?: string;
}

export interface OscalRisk {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProperty[];
  status: RiskStatus;
  deadline?: string;
  remediations?: OscalResponse[];
  'related-observations'?: { 'observation-uuid': string }[];
}

export interface OscalControlSelection {
  description?: string;
  props?: OscalProperty[];
  'include-controls': { 'control-id': string }[];
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  props?: OscalProperty[];
  'reviewed-controls': {
    description?: string;
    'control-selections': OscalControlSelection[];
    'control-objective-selections'?: { description?: string; 'include-objectives': { 'objective-id': string }[] }[];
  };
  observations?: OscalObservation[];
  risks?: OscalRisk[];
  findings?: OscalFinding[];
  remarks?: string;
}

export interface OscalAssessmentResults {
  'assessment-results': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ap': { href: string; remarks?: string };
    results: OscalResult[];
    'back-matter'?: OscalBackMatter;
  };
}

export interface OscalPoamItem {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  'related-findings'?: { 'finding-uuid': string }[];
  'related-observations'?: { 'observation-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
  remarks?: string;
}

export interface OscalPoam {
  'plan-of-action-and-milestones': {
    uuid: string;
    metadata: OscalMetadata;
    'system-id'?: { id: string };
    observations?: OscalObservation[];
    risks?: OscalRisk[];
    findings?: OscalFinding[];
    'poam-items': OscalPoamItem[];
    'back-matter'?: OscalBackMatter;
  };
}

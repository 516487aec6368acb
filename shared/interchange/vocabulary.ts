import type { ControlStatus, Frequency, OwnerFunction, PipelineStage } from '../domain';
import { cleanLine } from './cells';

/**
 * The words of a control matrix, both ways: the English labels Fieldwork writes in its exports, and the
 * words people use in their own matrices (English and French), read back to our values. Every exported label is also an
 * import word, so a Fieldwork export imports back unchanged.
 */

export const STATUS_LABELS: Record<ControlStatus, string> = {
  not_assessed: 'Not assessed',
  not_implemented: 'Not implemented',
  partial: 'Partially implemented',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
};

export const OWNER_FUNCTION_LABELS: Record<OwnerFunction, string> = {
  engineering: 'Engineering',
  data_science: 'Data science',
  security: 'Security',
  compliance: 'Compliance',
  legal: 'Legal',
  product: 'Product',
  other: 'Other',
};

export const STAGE_LABELS: Record<PipelineStage, string> = {
  data_collection: 'Data collection',
  data_preparation: 'Data preparation',
  training: 'Training',
  evaluation: 'Evaluation',
  model_registry: 'Model registry',
  deployment: 'Deployment',
  inference_serving: 'Inference serving',
  monitoring: 'Monitoring',
  third_party_ai: 'Third-party AI',
  organisation_wide: 'Organisation-wide',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  continuous: 'Continuous',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annually: 'Annually',
  per_event: 'Per event',
};

/** Lower case, accents off, punctuation as spaces: `In-place ✓` → `in place ✓`. */
export function wordKey(text: string): string {
  return cleanLine(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9✓✔✗✘/]+/g, ' ')
    .trim();
}

function table<T extends string>(labels: Record<T, string>, words: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of Object.keys(labels) as T[]) {
    map.set(wordKey(value), value);
    map.set(wordKey(labels[value]), value);
    for (const word of words[value]) map.set(wordKey(word), value);
  }
  return map;
}

export const STATUS_WORDS = table(STATUS_LABELS, {
  implemented: [
    'implemented',
    'fully implemented',
    'in place',
    'done',
    'complete',
    'completed',
    'yes',
    'y',
    'effective',
    'operating',
    'operating effectively',
    'active',
    'compliant',
    'met',
    'pass',
    'passed',
    'green',
    '✓',
    '✔',
    'mis en place',
    'en place',
    'implemente',
    'realise',
    'fait',
    'oui',
  ],
  partial: [
    'partial',
    'partially',
    'partly',
    'partly implemented',
    'partially in place',
    'in progress',
    'ongoing',
    'underway',
    'partially compliant',
    'partially met',
    'amber',
    'wip',
    'partiel',
    'partiellement',
    'partiellement mis en place',
    'en cours',
  ],
  not_implemented: [
    'not implemented',
    'not started',
    'not in place',
    'no',
    'n',
    'missing',
    'gap',
    'absent',
    'non compliant',
    'not compliant',
    'not met',
    'red',
    'planned',
    'to do',
    'todo',
    'open',
    'fail',
    'failed',
    '✗',
    '✘',
    'non mis en place',
    'non demarre',
    'non implemente',
    'a faire',
    'non',
  ],
  not_applicable: [
    'n/a',
    'na',
    'n a',
    'not applicable',
    'excluded',
    'out of scope',
    'not relevant',
    'inapplicable',
    'non applicable',
    'sans objet',
    'hors perimetre',
  ],
  not_assessed: [
    'not assessed',
    'not reviewed',
    'not tested',
    'unknown',
    'pending',
    'to be assessed',
    'unassessed',
    'non evalue',
    'a evaluer',
  ],
});

export const OWNER_FUNCTION_WORDS = table(OWNER_FUNCTION_LABELS, {
  engineering: [
    'eng',
    'engineer',
    'engineering team',
    'devops',
    'platform',
    'platform engineering',
    'sre',
    'infrastructure',
    'infra',
    'it',
    'it operations',
    'software engineering',
    'r&d',
    'r d',
    'ingenierie',
  ],
  data_science: [
    'data scientist',
    'ds',
    'ml',
    'machine learning',
    'ml engineering',
    'mlops',
    'ai',
    'ai/ml',
    'ai ml',
    'ml/ai',
    'data',
    'data engineering',
    'data team',
    'research',
    'science des donnees',
    'donnees',
  ],
  security: [
    'infosec',
    'information security',
    'secops',
    'security operations',
    'cyber',
    'cybersecurity',
    'cyber security',
    'ciso',
    'it security',
    'security team',
    'securite',
    'ssi',
    'rssi',
  ],
  compliance: [
    'grc',
    'risk',
    'risk and compliance',
    'risk & compliance',
    'governance',
    'audit',
    'internal audit',
    'compliance team',
    'conformite',
    'risques',
  ],
  legal: [
    'counsel',
    'general counsel',
    'legal team',
    'privacy',
    'dpo',
    'data protection',
    'privacy office',
    'juridique',
  ],
  product: ['product management', 'pm', 'product team', 'produit'],
  other: [
    'hr',
    'people',
    'people ops',
    'human resources',
    'finance',
    'operations',
    'ops',
    'support',
    'customer success',
    'sales',
    'marketing',
    'facilities',
    'executive',
    'management',
    'leadership',
    'procurement',
    'autre',
    'rh',
    'achats',
  ],
});

export const STAGE_WORDS = table(STAGE_LABELS, {
  data_collection: ['collection', 'ingestion', 'data ingestion', 'data sourcing', 'sourcing'],
  data_preparation: [
    'data prep',
    'preparation',
    'preprocessing',
    'pre processing',
    'feature engineering',
    'data processing',
  ],
  training: ['model training', 'train'],
  evaluation: ['model evaluation', 'validation', 'testing', 'model validation'],
  model_registry: ['registry', 'model store'],
  deployment: ['release', 'model deployment', 'deploy'],
  inference_serving: ['inference', 'serving', 'model serving', 'production', 'inference api'],
  monitoring: ['model monitoring', 'observability'],
  third_party_ai: ['third party', 'third party ai', 'vendor', 'vendors', 'third party ai services', 'external ai'],
  organisation_wide: [
    'organization wide',
    'org wide',
    'company wide',
    'entity level',
    'entity wide',
    'general',
    'governance',
    'all',
  ],
});

export const FREQUENCY_WORDS = table(FREQUENCY_LABELS, {
  continuous: ['continuously', 'real time', 'realtime', 'automated', 'always', 'ongoing'],
  daily: ['every day', 'day'],
  weekly: ['every week', 'week'],
  monthly: ['every month', 'month'],
  quarterly: ['every quarter', 'quarter', 'qtr'],
  annually: ['annual', 'yearly', 'every year', 'once a year', 'year'],
  per_event: [
    'event',
    'event driven',
    'ad hoc',
    'adhoc',
    'as needed',
    'on change',
    'per change',
    'per occurrence',
    'upon occurrence',
    'per release',
    'each release',
    'as required',
  ],
});

const KEY_YES = new Set(['yes', 'y', 'true', 'x', '1', 'key', 'key control', 'k', '✓', '✔', 'oui', 'cle']);
const KEY_NO = new Set(['no', 'n', 'false', '0', 'non key', 'not key', 'nonkey', '✗', '✘', 'non']);

/** A key-control cell: true, false, or undefined when the word is not recognised. */
export function readKey(text: string): boolean | undefined {
  const key = wordKey(text);
  if (KEY_YES.has(key)) return true;
  if (KEY_NO.has(key)) return false;
  return undefined;
}

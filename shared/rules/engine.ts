import { CRITERION_IDS } from '../catalog/criteria-ids';
import { BOUNDARY_RULES } from './boundary';
import { EVIDENCE_RULES } from './evidence';
import { GOVERNANCE_RULES } from './governance';
import { byCodePoint } from './helpers';
import { OPERATIONS_RULES } from './operations';
import { OWNERSHIP_RULES } from './ownership';
import { AI_READINESS_STRINGS_EN, fillText, type AiReadinessStrings } from './strings.en';
import type { Finding, FindingMute, FindingView, RecordRef, Rule, RuleId, RuleInput, TextParams } from './types';
import { VENDOR_RULES } from './vendors';

/** Every rule, in id order. */
export const ALL_RULES: readonly Rule[] = [
  ...BOUNDARY_RULES,
  ...VENDOR_RULES,
  ...OWNERSHIP_RULES,
  ...EVIDENCE_RULES,
  ...OPERATIONS_RULES,
  ...GOVERNANCE_RULES,
].sort((a, b) => byCodePoint(a.id, b.id));

export function ruleById(id: RuleId): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

const CRITERION_ORDER = new Map(CRITERION_IDS.map((id, i) => [id, i]));

export function inCriterionOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(
    (a, b) => (CRITERION_ORDER.get(a) ?? Infinity) - (CRITERION_ORDER.get(b) ?? Infinity) || byCodePoint(a, b),
  );
}

/** The stable key of a finding: its rule id and its records, sorted (`FW-AI-05|vendor:v1`). */
export function findingKey(ruleId: string, records: readonly RecordRef[]): string {
  return `${ruleId}|${records
    .map((r) => `${r.type}:${r.id}`)
    .sort(byCodePoint)
    .join(',')}`;
}

function uniqueRecords(records: readonly RecordRef[]): RecordRef[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const k = `${r.type}:${r.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Lookup = (s: AiReadinessStrings) => Readonly<Record<string, string>>;

/** Parameters whose values are ids to show in words. */
const LOCALISED_PARAMS: Readonly<Record<string, Lookup>> = {
  stage: (s) => s.stages,
  stages: (s) => s.stages,
  kind: (s) => s.componentKinds,
  serviceType: (s) => s.serviceTypes,
  frequency: (s) => s.frequencies,
  unit: (s) => s.units,
  missing: (s) => s.answers,
  reasons: (s) => s.staleness,
  policy: (s) => s.policies,
};

function localise(params: TextParams, strings: AiReadinessStrings): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const table = LOCALISED_PARAMS[name]?.(strings);
    const word = (v: string) => table?.[v] ?? v;
    if (typeof value === 'number') out[name] = value;
    else if (typeof value === 'string') out[name] = word(value);
    else out[name] = value.length === 0 ? strings.common.none : value.map(word).join(strings.common.listSeparator);
  }
  return out;
}

export interface RunRulesOptions {
  strings?: AiReadinessStrings;
  rules?: readonly Rule[];
}

/**
 * Runs the rules on plain data. Each finding carries its stable key, texts in the chosen language and the
 * in-scope criteria it touches: the rule's own criteria, those of the controls it names, and the criteria
 * it names, kept when in scope. Ordered by rule id, then key.
 */
export function runRules(input: RuleInput, options: RunRulesOptions = {}): Finding[] {
  const strings = options.strings ?? AI_READINESS_STRINGS_EN;
  const inScope = new Set(input.criteria.map((c) => c.id));
  const controlCriteria = new Map(input.controls.map((c) => [c.controlId, c.criteria]));
  const findings: Finding[] = [];
  const keys = new Set<string>();
  for (const rule of options.rules ?? ALL_RULES) {
    const texts = strings.rules[rule.id];
    for (const hit of rule.evaluate(input)) {
      const records = uniqueRecords(hit.records);
      const key = findingKey(rule.id, records);
      if (keys.has(key)) continue;
      keys.add(key);
      const touched = [
        ...rule.criteria,
        ...records.flatMap((r) =>
          r.type === 'control' ? (controlCriteria.get(r.id) ?? []) : r.type === 'criterion' ? [r.id] : [],
        ),
      ];
      findings.push({
        key,
        ruleId: rule.id,
        family: rule.family,
        severity: rule.severity,
        title: texts.title,
        explanation: fillText(texts.explanation, localise(hit.params, strings)),
        records,
        criteria: inCriterionOrder(touched.filter((c) => inScope.has(c))),
      });
    }
  }
  return findings.sort((a, b) => byCodePoint(a.ruleId, b.ruleId) || byCodePoint(a.key, b.key));
}

/** Attaches the mute state; mutes of findings that no longer occur are simply not shown. */
export function withMutes(findings: readonly Finding[], mutes: ReadonlyMap<string, FindingMute>): FindingView[] {
  return findings.map((f) => ({ ...f, muted: mutes.get(f.key) ?? null }));
}

import { vendorStaleness } from '../vendors/staleness';
import { isAiServiceType, type Vendor } from '../vendors/types';
import type { Rule, RuleHit } from './types';

/** Vendor rules: AI vendors are assessed as AI vendors, answer by answer, and kept current. */

function vendorHit(vendor: Vendor, params: RuleHit['params']): RuleHit {
  return { records: [{ type: 'vendor', id: vendor.id }], params: { vendor: vendor.name, ...params } };
}

/** The answers FW-AI-05 needs, each given on its own. */
export function missingAiAnswers(vendor: Vendor): string[] {
  const missing: string[] = [];
  if (vendor.trainingUse === 'unknown') missing.push('trainingUse');
  if (!vendor.retentionAssessed || vendor.retentionInputsDays === null) missing.push('inputRetention');
  if (!vendor.retentionAssessed || vendor.retentionOutputsDays === null) missing.push('outputRetention');
  return missing;
}

export const vendorAnswersMissing: Rule = {
  id: 'FW-AI-05',
  family: 'vendors',
  severity: 'high',
  criteria: ['CC9.2', 'C1.1', 'P6.4'],
  evaluate: (input) =>
    input.vendors
      .filter((v) => isAiServiceType(v.serviceType))
      .flatMap((v) => {
        const missing = missingAiAnswers(v);
        return missing.length === 0 ? [] : [vendorHit(v, { missing })];
      }),
};

export const vendorTreatedAsGenericSaas: Rule = {
  id: 'FW-AI-06',
  family: 'vendors',
  severity: 'high',
  criteria: ['CC9.2', 'CC3.2'],
  evaluate: (input) =>
    input.vendors
      .filter((v) => isAiServiceType(v.serviceType) && !v.aiDueDiligence)
      .map((v) => vendorHit(v, { serviceType: v.serviceType })),
};

export const vendorStale: Rule = {
  id: 'FW-AI-07',
  family: 'vendors',
  severity: 'medium',
  criteria: ['CC9.2', 'CC4.1'],
  evaluate: (input) =>
    input.vendors.flatMap((v) => {
      const reasons = vendorStaleness(v, input.today);
      return reasons.length === 0 ? [] : [vendorHit(v, { reasons })];
    }),
};

export const subserviceUndescribed: Rule = {
  id: 'FW-AI-19',
  family: 'vendors',
  severity: 'medium',
  criteria: ['CC9.2', 'CC2.3'],
  evaluate: (input) =>
    input.vendors
      .filter((v) => isAiServiceType(v.serviceType))
      .flatMap((v) => {
        const missing = [
          ...(v.subserviceMethod === 'undecided' ? ['subserviceMethod'] : []),
          ...(v.soc2Report.type === 'none' ? ['soc2Report'] : []),
        ];
        return missing.length === 0 ? [] : [vendorHit(v, { missing })];
      }),
};

export const VENDOR_RULES: readonly Rule[] = [
  vendorAnswersMissing,
  vendorTreatedAsGenericSaas,
  vendorStale,
  subserviceUndescribed,
];

import { z } from 'zod';
import { LIMITS } from '../assessment-input';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../domain';
import { omit } from '../omit';
import { dataClassesSchema, type DataClasses } from '../boundary/types';

export const VENDOR_SERVICE_TYPES = [
  'hosted_model_api',
  'cloud_ml_platform',
  'labelling_service',
  'vector_database',
  'other_ai',
  'other',
] as const;
export type VendorServiceType = (typeof VENDOR_SERVICE_TYPES)[number];

/** Every service type but `other` is an AI service and gets the AI-specific checks. */
export function isAiServiceType(type: VendorServiceType): boolean {
  return type !== 'other';
}

export const TRAINING_USES = ['unknown', 'may_train', 'does_not_train', 'opted_out'] as const;
export type TrainingUse = (typeof TRAINING_USES)[number];

export const SUBSERVICE_METHODS = ['undecided', 'carve_out', 'inclusive'] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];

export const SOC2_REPORT_TYPES = ['none', 'type1', 'type2'] as const;
export type Soc2ReportType = (typeof SOC2_REPORT_TYPES)[number];

export interface VendorModel {
  name: string;
  version: string;
}

/** A complementary user-entity control the vendor's report expects from us, mapped to one of our controls. */
export interface Cuec {
  description: string;
  controlId: string | null;
}

export interface Soc2ReportInfo {
  type: Soc2ReportType;
  /** End of the report's period (a Type 1 report's as-of date). */
  periodEnd: IsoDate | null;
  bridgeLetter: boolean;
  bridgeLetterDate: IsoDate | null;
}

export interface ContractTerms {
  dataUseRestriction: boolean;
  outputOwnership: boolean;
  deletionAtTermination: boolean;
  auditRights: boolean;
}

/**
 * A third-party (AI) vendor. Training-data use and retention are separate answers on purpose: the named
 * mistake is assessing an AI vendor like generic SaaS, or the two questions together, or not at all.
 */
export interface Vendor {
  id: string;
  assessmentId: string;
  name: string;
  serviceType: VendorServiceType;
  purpose: string;
  models: VendorModel[];
  dataSent: DataClasses;
  trainingUse: TrainingUse;
  /** Where the training-use answer comes from (contract clause, DPA, vendor documentation). */
  trainingUseSource: string;
  /** Days the vendor keeps the inputs we send; null = not known. 0 = not kept. */
  retentionInputsDays: number | null;
  /** Days the vendor keeps the outputs it returns; null = not known. 0 = not kept. */
  retentionOutputsDays: number | null;
  retentionAssessed: boolean;
  retentionNote: string;
  aiDueDiligence: boolean;
  aiDueDiligenceDate: IsoDate | null;
  subserviceMethod: SubserviceMethod;
  subserviceReason: string;
  soc2Report: Soc2ReportInfo;
  cuecs: Cuec[];
  contract: ContractTerms;
  renewalDate: IsoDate | null;
  lastModelVersionChange: IsoDate | null;
  lastReviewed: IsoDate | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const VENDOR_LIMITS = { name: 200, text: 2_000, models: 100, cuecs: 200, retentionDays: 36_500 } as const;

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (for example 2026-09-01)' });
const optionalDate = isoDate.nullable().default(null);
const text = z.string().trim().max(VENDOR_LIMITS.text, `must be at most ${VENDOR_LIMITS.text} characters`).default('');
const days = z
  .number()
  .int('must be a whole number of days')
  .min(0, 'must be 0 days or more')
  .max(VENDOR_LIMITS.retentionDays, `must be at most ${VENDOR_LIMITS.retentionDays} days`)
  .nullable()
  .default(null);

export const vendorInputSchema = z
  .strictObject({
    /** Present to update an existing vendor, absent to add one. */
    id: z.string().min(1).max(64).optional(),
    name: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(VENDOR_LIMITS.name, `must be at most ${VENDOR_LIMITS.name} characters`),
    serviceType: z.enum(VENDOR_SERVICE_TYPES, { message: `must be one of ${VENDOR_SERVICE_TYPES.join(', ')}` }),
    purpose: text,
    models: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1, 'is required').max(200),
          version: z.string().trim().max(100).default(''),
        }),
      )
      .max(VENDOR_LIMITS.models)
      .default([]),
    dataSent: dataClassesSchema.default({ personal: false, confidential: false, customer: false }),
    trainingUse: z.enum(TRAINING_USES, { message: `must be one of ${TRAINING_USES.join(', ')}` }).default('unknown'),
    trainingUseSource: text,
    retentionInputsDays: days,
    retentionOutputsDays: days,
    retentionAssessed: z.boolean().default(false),
    retentionNote: text,
    aiDueDiligence: z.boolean().default(false),
    aiDueDiligenceDate: optionalDate,
    subserviceMethod: z
      .enum(SUBSERVICE_METHODS, { message: `must be one of ${SUBSERVICE_METHODS.join(', ')}` })
      .default('undecided'),
    subserviceReason: text,
    soc2Report: z
      .strictObject({
        type: z.enum(SOC2_REPORT_TYPES, { message: `must be one of ${SOC2_REPORT_TYPES.join(', ')}` }).default('none'),
        periodEnd: optionalDate,
        bridgeLetter: z.boolean().default(false),
        bridgeLetterDate: optionalDate,
      })
      .default({ type: 'none', periodEnd: null, bridgeLetter: false, bridgeLetterDate: null }),
    cuecs: z
      .array(
        z.strictObject({
          description: z.string().trim().min(1, 'is required').max(VENDOR_LIMITS.text),
          controlId: z.string().trim().min(1).max(40).nullable().default(null),
        }),
      )
      .max(VENDOR_LIMITS.cuecs)
      .default([]),
    contract: z
      .strictObject({
        dataUseRestriction: z.boolean().default(false),
        outputOwnership: z.boolean().default(false),
        deletionAtTermination: z.boolean().default(false),
        auditRights: z.boolean().default(false),
      })
      .default({ dataUseRestriction: false, outputOwnership: false, deletionAtTermination: false, auditRights: false }),
    renewalDate: optionalDate,
    lastModelVersionChange: optionalDate,
    lastReviewed: optionalDate,
    notes: z.string().max(LIMITS.notes).default(''),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (v.trainingUse !== 'unknown' && v.trainingUseSource.length === 0) {
      issue(
        ['trainingUseSource'],
        "say where the training-use answer comes from (a contract clause, the data processing terms or the vendor's documentation)",
      );
    }
    if (v.retentionAssessed && (v.retentionInputsDays === null || v.retentionOutputsDays === null)) {
      issue(
        ['retentionAssessed'],
        'retention marked as assessed needs both answers, days kept for inputs and days kept for outputs (0 when nothing is kept)',
      );
    }
    if (v.aiDueDiligence && v.aiDueDiligenceDate === null)
      issue(['aiDueDiligenceDate'], 'give the date the AI due diligence was completed');
    if (v.subserviceMethod !== 'undecided' && v.subserviceReason.length === 0) {
      issue(
        ['subserviceReason'],
        `explain why the ${v.subserviceMethod === 'carve_out' ? 'carve-out' : 'inclusive'} method was chosen`,
      );
    }
    const report = v.soc2Report;
    if (report.type !== 'none' && report.periodEnd === null)
      issue(
        ['soc2Report', 'periodEnd'],
        'give the end date of the SOC 2 report period (a Type 1 report: its as-of date)',
      );
    if (report.type === 'none' && (report.periodEnd !== null || report.bridgeLetter)) {
      issue(
        ['soc2Report', 'type'],
        'a report period or bridge letter needs a SOC 2 report on file: set the report type first',
      );
    }
    if (report.bridgeLetter && report.bridgeLetterDate === null)
      issue(['soc2Report', 'bridgeLetterDate'], "give the bridge letter's date");
    if (!report.bridgeLetter && report.bridgeLetterDate !== null)
      issue(['soc2Report', 'bridgeLetter'], 'a bridge letter date is set but no bridge letter is recorded');
    if (report.bridgeLetterDate !== null && report.periodEnd !== null && report.bridgeLetterDate < report.periodEnd) {
      issue(
        ['soc2Report', 'bridgeLetterDate'],
        `the bridge letter must be dated on or after the report period end (${report.periodEnd})`,
      );
    }
  });
export type VendorInput = z.input<typeof vendorInputSchema>;
export type ParsedVendorInput = z.output<typeof vendorInputSchema>;

/** The input that re-saves a vendor unchanged (for partial updates from the command line). */
export function vendorToInput(vendor: Vendor): ParsedVendorInput {
  return omit(vendor, ['assessmentId', 'createdAt', 'updatedAt']);
}

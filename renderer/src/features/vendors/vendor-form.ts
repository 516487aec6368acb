import type { DataClasses } from '../../../../shared/boundary/types';
import {
  vendorInputSchema,
  type ContractTerms,
  type Soc2ReportType,
  type SubserviceMethod,
  type TrainingUse,
  type VendorInput,
  type VendorServiceType,
} from '../../../../shared/vendors/types';
import type { VendorView } from '../../../../shared/vendors/staleness';
import { fieldErrors } from '../ai-shared/form-errors';

/** The vendor editor's state: every field of the vendor, numbers and dates as typed ('' = not known). */
export interface VendorForm {
  id: string | null;
  name: string;
  serviceType: VendorServiceType;
  purpose: string;
  models: { name: string; version: string }[];
  dataSent: DataClasses;
  trainingUse: TrainingUse;
  trainingUseSource: string;
  retentionInputsDays: string;
  retentionOutputsDays: string;
  retentionAssessed: boolean;
  retentionNote: string;
  aiDueDiligence: boolean;
  aiDueDiligenceDate: string;
  subserviceMethod: SubserviceMethod;
  subserviceReason: string;
  soc2Type: Soc2ReportType;
  soc2PeriodEnd: string;
  bridgeLetter: boolean;
  bridgeLetterDate: string;
  cuecs: { description: string; controlId: string }[];
  contract: ContractTerms;
  renewalDate: string;
  lastModelVersionChange: string;
  lastReviewed: string;
  notes: string;
}

export type SetVendorForm = (patch: Partial<VendorForm>) => void;

export interface SectionProps {
  form: VendorForm;
  set: SetVendorForm;
  /** The error to show for a field path (`soc2Report.periodEnd`, `models.0.name`), once the user tried to save. */
  error: (path: string) => string | undefined;
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function formOf(v: VendorView | null): VendorForm {
  return {
    id: v?.id ?? null,
    name: v?.name ?? '',
    serviceType: v?.serviceType ?? 'hosted_model_api',
    purpose: v?.purpose ?? '',
    models: v?.models.map((m) => ({ ...m })) ?? [],
    dataSent: v?.dataSent ?? { personal: false, confidential: false, customer: false },
    trainingUse: v?.trainingUse ?? 'unknown',
    trainingUseSource: v?.trainingUseSource ?? '',
    retentionInputsDays: text(v?.retentionInputsDays ?? null),
    retentionOutputsDays: text(v?.retentionOutputsDays ?? null),
    retentionAssessed: v?.retentionAssessed ?? false,
    retentionNote: v?.retentionNote ?? '',
    aiDueDiligence: v?.aiDueDiligence ?? false,
    aiDueDiligenceDate: v?.aiDueDiligenceDate ?? '',
    subserviceMethod: v?.subserviceMethod ?? 'undecided',
    subserviceReason: v?.subserviceReason ?? '',
    soc2Type: v?.soc2Report.type ?? 'none',
    soc2PeriodEnd: v?.soc2Report.periodEnd ?? '',
    bridgeLetter: v?.soc2Report.bridgeLetter ?? false,
    bridgeLetterDate: v?.soc2Report.bridgeLetterDate ?? '',
    cuecs: v?.cuecs.map((c) => ({ description: c.description, controlId: c.controlId ?? '' })) ?? [],
    contract: v?.contract ?? {
      dataUseRestriction: false,
      outputOwnership: false,
      deletionAtTermination: false,
      auditRights: false,
    },
    renewalDate: v?.renewalDate ?? '',
    lastModelVersionChange: v?.lastModelVersionChange ?? '',
    lastReviewed: v?.lastReviewed ?? '',
    notes: v?.notes ?? '',
  };
}

const date = (s: string) => (s.trim() === '' ? null : s.trim());
/** '' is "not known"; anything else goes to the schema as a number, which says what is wrong with it. */
const days = (s: string) => (s.trim() === '' ? null : Number(s.trim()));

export function inputOf(f: VendorForm): VendorInput {
  return {
    ...(f.id === null ? {} : { id: f.id }),
    name: f.name,
    serviceType: f.serviceType,
    purpose: f.purpose,
    models: f.models,
    dataSent: f.dataSent,
    trainingUse: f.trainingUse,
    trainingUseSource: f.trainingUseSource,
    retentionInputsDays: days(f.retentionInputsDays),
    retentionOutputsDays: days(f.retentionOutputsDays),
    retentionAssessed: f.retentionAssessed,
    retentionNote: f.retentionNote,
    aiDueDiligence: f.aiDueDiligence,
    aiDueDiligenceDate: date(f.aiDueDiligenceDate),
    subserviceMethod: f.subserviceMethod,
    subserviceReason: f.subserviceReason,
    soc2Report: {
      type: f.soc2Type,
      periodEnd: date(f.soc2PeriodEnd),
      bridgeLetter: f.bridgeLetter,
      bridgeLetterDate: date(f.bridgeLetterDate),
    },
    cuecs: f.cuecs.map((c) => ({ description: c.description, controlId: c.controlId === '' ? null : c.controlId })),
    contract: f.contract,
    renewalDate: date(f.renewalDate),
    lastModelVersionChange: date(f.lastModelVersionChange),
    lastReviewed: date(f.lastReviewed),
    notes: f.notes,
  };
}

/**
 * Field errors from the schema main validates with. `messages` holds the UI's sentence per field, keyed by
 * the path without item numbers and with `_` for dots (`soc2Report_periodEnd`, `models_name`).
 */
export function vendorErrors(form: VendorForm, messages: Readonly<Record<string, string>>): Record<string, string> {
  return fieldErrors(
    vendorInputSchema,
    inputOf(form),
    (path) => messages[path.replace(/\.\d+/g, '').replace(/\./g, '_')],
  );
}

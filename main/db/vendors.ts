import type {
  Cuec,
  Soc2ReportType,
  SubserviceMethod,
  TrainingUse,
  Vendor,
  VendorModel,
  VendorServiceType,
} from '../../shared/vendors/types';
import type { Db } from './open';

export interface VendorRow {
  id: string;
  assessment_id: string;
  name: string;
  service_type: VendorServiceType;
  purpose: string;
  models: string;
  sends_personal: 0 | 1;
  sends_confidential: 0 | 1;
  sends_customer: 0 | 1;
  training_use: TrainingUse;
  training_use_source: string;
  retention_inputs_days: number | null;
  retention_outputs_days: number | null;
  retention_assessed: 0 | 1;
  retention_note: string;
  ai_due_diligence: 0 | 1;
  ai_due_diligence_date: string | null;
  subservice_method: SubserviceMethod;
  subservice_reason: string;
  soc2_report: Soc2ReportType;
  soc2_period_end: string | null;
  bridge_letter: 0 | 1;
  bridge_letter_date: string | null;
  cuecs: string;
  contract_data_use_restriction: 0 | 1;
  contract_output_ownership: 0 | 1;
  contract_deletion_at_termination: 0 | 1;
  contract_audit_rights: 0 | 1;
  renewal_date: string | null;
  last_model_version_change: string | null;
  last_reviewed: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function toVendor(row: VendorRow): Vendor {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    name: row.name,
    serviceType: row.service_type,
    purpose: row.purpose,
    models: JSON.parse(row.models) as VendorModel[],
    dataSent: {
      personal: row.sends_personal === 1,
      confidential: row.sends_confidential === 1,
      customer: row.sends_customer === 1,
    },
    trainingUse: row.training_use,
    trainingUseSource: row.training_use_source,
    retentionInputsDays: row.retention_inputs_days,
    retentionOutputsDays: row.retention_outputs_days,
    retentionAssessed: row.retention_assessed === 1,
    retentionNote: row.retention_note,
    aiDueDiligence: row.ai_due_diligence === 1,
    aiDueDiligenceDate: row.ai_due_diligence_date,
    subserviceMethod: row.subservice_method,
    subserviceReason: row.subservice_reason,
    soc2Report: {
      type: row.soc2_report,
      periodEnd: row.soc2_period_end,
      bridgeLetter: row.bridge_letter === 1,
      bridgeLetterDate: row.bridge_letter_date,
    },
    cuecs: JSON.parse(row.cuecs) as Cuec[],
    contract: {
      dataUseRestriction: row.contract_data_use_restriction === 1,
      outputOwnership: row.contract_output_ownership === 1,
      deletionAtTermination: row.contract_deletion_at_termination === 1,
      auditRights: row.contract_audit_rights === 1,
    },
    renewalDate: row.renewal_date,
    lastModelVersionChange: row.last_model_version_change,
    lastReviewed: row.last_reviewed,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listVendors(db: Db, assessmentId: string): Vendor[] {
  const rows = db
    .prepare('SELECT * FROM ai_vendors WHERE assessment_id = ? ORDER BY lower(name), id')
    .all(assessmentId) as VendorRow[];
  return rows.map(toVendor);
}

export function findVendor(db: Db, assessmentId: string, id: string): Vendor | undefined {
  const row = db.prepare('SELECT * FROM ai_vendors WHERE assessment_id = ? AND id = ?').get(assessmentId, id) as
    VendorRow | undefined;
  return row ? toVendor(row) : undefined;
}

export function findVendorByName(db: Db, assessmentId: string, name: string): Vendor | undefined {
  const row = db
    .prepare('SELECT * FROM ai_vendors WHERE assessment_id = ? AND lower(trim(name)) = lower(trim(?))')
    .get(assessmentId, name) as VendorRow | undefined;
  return row ? toVendor(row) : undefined;
}

const bit = (value: boolean) => (value ? 1 : 0);

/** Inserts or replaces one vendor (call inside a transaction). */
export function writeVendor(db: Db, v: Omit<Vendor, 'createdAt' | 'updatedAt'>, now: string): void {
  db.prepare(
    `INSERT INTO ai_vendors (id, assessment_id, name, service_type, purpose, models, sends_personal, sends_confidential,
       sends_customer, training_use, training_use_source, retention_inputs_days, retention_outputs_days, retention_assessed,
       retention_note, ai_due_diligence, ai_due_diligence_date, subservice_method, subservice_reason, soc2_report,
       soc2_period_end, bridge_letter, bridge_letter_date, cuecs, contract_data_use_restriction, contract_output_ownership,
       contract_deletion_at_termination, contract_audit_rights, renewal_date, last_model_version_change, last_reviewed,
       notes, created_at, updated_at)
     VALUES (@id, @assessmentId, @name, @serviceType, @purpose, @models, @personal, @confidential, @customer, @trainingUse,
       @trainingUseSource, @retentionInputsDays, @retentionOutputsDays, @retentionAssessed, @retentionNote, @aiDueDiligence,
       @aiDueDiligenceDate, @subserviceMethod, @subserviceReason, @soc2Report, @soc2PeriodEnd, @bridgeLetter,
       @bridgeLetterDate, @cuecs, @dataUseRestriction, @outputOwnership, @deletionAtTermination, @auditRights,
       @renewalDate, @lastModelVersionChange, @lastReviewed, @notes, @now, @now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, service_type = excluded.service_type, purpose = excluded.purpose,
       models = excluded.models, sends_personal = excluded.sends_personal, sends_confidential = excluded.sends_confidential,
       sends_customer = excluded.sends_customer, training_use = excluded.training_use,
       training_use_source = excluded.training_use_source, retention_inputs_days = excluded.retention_inputs_days,
       retention_outputs_days = excluded.retention_outputs_days, retention_assessed = excluded.retention_assessed,
       retention_note = excluded.retention_note, ai_due_diligence = excluded.ai_due_diligence,
       ai_due_diligence_date = excluded.ai_due_diligence_date, subservice_method = excluded.subservice_method,
       subservice_reason = excluded.subservice_reason, soc2_report = excluded.soc2_report,
       soc2_period_end = excluded.soc2_period_end, bridge_letter = excluded.bridge_letter,
       bridge_letter_date = excluded.bridge_letter_date, cuecs = excluded.cuecs,
       contract_data_use_restriction = excluded.contract_data_use_restriction,
       contract_output_ownership = excluded.contract_output_ownership,
       contract_deletion_at_termination = excluded.contract_deletion_at_termination,
       contract_audit_rights = excluded.contract_audit_rights, renewal_date = excluded.renewal_date,
       last_model_version_change = excluded.last_model_version_change, last_reviewed = excluded.last_reviewed,
       notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run({
    id: v.id,
    assessmentId: v.assessmentId,
    name: v.name,
    serviceType: v.serviceType,
    purpose: v.purpose,
    models: JSON.stringify(v.models),
    personal: bit(v.dataSent.personal),
    confidential: bit(v.dataSent.confidential),
    customer: bit(v.dataSent.customer),
    trainingUse: v.trainingUse,
    trainingUseSource: v.trainingUseSource,
    retentionInputsDays: v.retentionInputsDays,
    retentionOutputsDays: v.retentionOutputsDays,
    retentionAssessed: bit(v.retentionAssessed),
    retentionNote: v.retentionNote,
    aiDueDiligence: bit(v.aiDueDiligence),
    aiDueDiligenceDate: v.aiDueDiligenceDate,
    subserviceMethod: v.subserviceMethod,
    subserviceReason: v.subserviceReason,
    soc2Report: v.soc2Report.type,
    soc2PeriodEnd: v.soc2Report.periodEnd,
    bridgeLetter: bit(v.soc2Report.bridgeLetter),
    bridgeLetterDate: v.soc2Report.bridgeLetterDate,
    cuecs: JSON.stringify(v.cuecs),
    dataUseRestriction: bit(v.contract.dataUseRestriction),
    outputOwnership: bit(v.contract.outputOwnership),
    deletionAtTermination: bit(v.contract.deletionAtTermination),
    auditRights: bit(v.contract.auditRights),
    renewalDate: v.renewalDate,
    lastModelVersionChange: v.lastModelVersionChange,
    lastReviewed: v.lastReviewed,
    notes: v.notes,
    now,
  });
}

export function deleteVendorRow(db: Db, assessmentId: string, id: string): number {
  return db.prepare('DELETE FROM ai_vendors WHERE assessment_id = ? AND id = ?').run(assessmentId, id).changes;
}

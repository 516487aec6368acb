import { OWNER_FUNCTIONS } from '../../../shared/domain';
import { COMPONENT_KINDS } from '../../../shared/boundary/types';
import {
  SOC2_REPORT_TYPES,
  SUBSERVICE_METHODS,
  TRAINING_USES,
  VENDOR_SERVICE_TYPES,
} from '../../../shared/vendors/types';
import { REMEDIATION_PRIORITIES, REMEDIATION_STATUSES } from '../../../shared/remediation/plan';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

/**
 * Schema 40: AI-specific readiness — the system boundary's components, the third-party AI vendor
 * inventory, muted findings and the remediation plan. Shipped migrations are never edited (schema snapshot test).
 */
export const migration040 = {
  version: 40,
  sql: `
CREATE TABLE boundary_components (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN (${list(COMPONENT_KINDS)})),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  in_scope INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0, 1)),
  scope_reason TEXT NOT NULL DEFAULT '',
  owner_name TEXT NOT NULL DEFAULT '',
  ${flag('data_personal')},
  ${flag('data_confidential')},
  ${flag('data_customer')},
  ${flag('on_training_path')},
  ${flag('on_inference_path')},
  flow_order INTEGER NOT NULL DEFAULT 0 CHECK (flow_order >= 0),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (in_scope = 1 OR length(trim(scope_reason)) > 0)
) STRICT;

CREATE INDEX boundary_components_by_assessment ON boundary_components (assessment_id, flow_order);

CREATE TABLE boundary_component_controls (
  component_id TEXT NOT NULL REFERENCES boundary_components (id) ON DELETE CASCADE,
  assessment_id TEXT NOT NULL,
  control_id TEXT NOT NULL,
  PRIMARY KEY (component_id, control_id),
  FOREIGN KEY (assessment_id, control_id) REFERENCES assessment_controls (assessment_id, control_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX boundary_component_controls_by_control ON boundary_component_controls (assessment_id, control_id);

CREATE TABLE ai_vendors (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  service_type TEXT NOT NULL CHECK (service_type IN (${list(VENDOR_SERVICE_TYPES)})),
  purpose TEXT NOT NULL DEFAULT '',
  models TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(models) AND json_type(models) = 'array'),
  ${flag('sends_personal')},
  ${flag('sends_confidential')},
  ${flag('sends_customer')},
  training_use TEXT NOT NULL DEFAULT 'unknown' CHECK (training_use IN (${list(TRAINING_USES)})),
  training_use_source TEXT NOT NULL DEFAULT '',
  retention_inputs_days INTEGER CHECK (retention_inputs_days IS NULL OR retention_inputs_days >= 0),
  retention_outputs_days INTEGER CHECK (retention_outputs_days IS NULL OR retention_outputs_days >= 0),
  ${flag('retention_assessed')},
  retention_note TEXT NOT NULL DEFAULT '',
  ${flag('ai_due_diligence')},
  ai_due_diligence_date TEXT,
  subservice_method TEXT NOT NULL DEFAULT 'undecided' CHECK (subservice_method IN (${list(SUBSERVICE_METHODS)})),
  subservice_reason TEXT NOT NULL DEFAULT '',
  soc2_report TEXT NOT NULL DEFAULT 'none' CHECK (soc2_report IN (${list(SOC2_REPORT_TYPES)})),
  soc2_period_end TEXT,
  ${flag('bridge_letter')},
  bridge_letter_date TEXT,
  cuecs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cuecs) AND json_type(cuecs) = 'array'),
  ${flag('contract_data_use_restriction')},
  ${flag('contract_output_ownership')},
  ${flag('contract_deletion_at_termination')},
  ${flag('contract_audit_rights')},
  renewal_date TEXT,
  last_model_version_change TEXT,
  last_reviewed TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (training_use = 'unknown' OR length(trim(training_use_source)) > 0),
  CHECK (retention_assessed = 0 OR (retention_inputs_days IS NOT NULL AND retention_outputs_days IS NOT NULL)),
  CHECK (ai_due_diligence = 0 OR ai_due_diligence_date IS NOT NULL),
  CHECK (subservice_method = 'undecided' OR length(trim(subservice_reason)) > 0),
  CHECK (soc2_report = 'none' OR soc2_period_end IS NOT NULL),
  CHECK (bridge_letter = 0 OR bridge_letter_date IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX ai_vendors_unique_name ON ai_vendors (assessment_id, lower(trim(name)));

CREATE TABLE finding_mutes (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
  muted_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, finding_key)
) STRICT;

CREATE TABLE remediation_items (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (length(trim(action)) > 0),
  owner_name TEXT NOT NULL DEFAULT '',
  owner_function TEXT CHECK (owner_function IS NULL OR owner_function IN (${list(OWNER_FUNCTIONS)})),
  due_date TEXT,
  priority TEXT NOT NULL CHECK (priority IN (${list(REMEDIATION_PRIORITIES)})),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN (${list(REMEDIATION_STATUSES)})),
  finding_keys TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(finding_keys) AND json_type(finding_keys) = 'array'),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  CHECK ((status = 'done') = (closed_at IS NOT NULL))
) STRICT;

CREATE INDEX remediation_items_by_assessment ON remediation_items (assessment_id, status, due_date);

CREATE TABLE remediation_controls (
  item_id TEXT NOT NULL REFERENCES remediation_items (id) ON DELETE CASCADE,
  assessment_id TEXT NOT NULL,
  control_id TEXT NOT NULL,
  PRIMARY KEY (item_id, control_id),
  FOREIGN KEY (assessment_id, control_id) REFERENCES assessment_controls (assessment_id, control_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX remediation_controls_by_control ON remediation_controls (assessment_id, control_id);
`,
};

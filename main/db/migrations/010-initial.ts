import { CONTROL_STATUSES, OWNER_FUNCTIONS } from '../../../shared/domain';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Schema 10: assessments and their checklist. Shipped migrations are never edited (schema snapshot test). */
export const migration010 = {
  version: 10,
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE catalog_versions (
  version TEXT PRIMARY KEY,
  released TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  loaded_at TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  organisation TEXT NOT NULL,
  system_name TEXT NOT NULL,
  report_type TEXT NOT NULL CHECK (report_type IN ('I', 'II')),
  categories TEXT NOT NULL CHECK (json_valid(categories)),
  window_start TEXT,
  window_end TEXT,
  review_date TEXT,
  assessors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(assessors)),
  catalog_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE assessment_controls (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  control_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('catalog', 'custom')),
  title TEXT,
  description TEXT,
  criteria TEXT NOT NULL CHECK (json_valid(criteria)),
  stage TEXT NOT NULL,
  frequency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_assessed' CHECK (status IN (${list(CONTROL_STATUSES)})),
  justification TEXT NOT NULL DEFAULT '',
  owner_name TEXT NOT NULL DEFAULT '',
  owner_function TEXT CHECK (owner_function IS NULL OR owner_function IN (${list(OWNER_FUNCTIONS)})),
  notes TEXT NOT NULL DEFAULT '',
  is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  sort_order INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, control_id),
  CHECK (status <> 'not_applicable' OR length(trim(justification)) > 0)
) STRICT;

CREATE INDEX assessment_controls_by_order ON assessment_controls (assessment_id, sort_order);
`,
};

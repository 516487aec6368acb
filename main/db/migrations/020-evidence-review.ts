import { EVIDENCE_KINDS } from '../../../shared/domain';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Schema 20: the evidence store, per-event populations, the day-60 review with its samples, and read-only
 * snapshots. Shipped migrations are never edited (schema snapshot test).
 */
export const migration020 = {
  version: 20,
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE evidence_files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence_items (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
  original_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (${list(EVIDENCE_KINDS)})),
  source_system TEXT NOT NULL DEFAULT '',
  collected_by TEXT NOT NULL DEFAULT '',
  collected_at TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (period_from <= period_to)
) STRICT;

CREATE INDEX evidence_items_by_assessment ON evidence_items (assessment_id, period_from);

CREATE TABLE evidence_links (
  evidence_id TEXT NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
  assessment_id TEXT NOT NULL,
  control_id TEXT NOT NULL,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (evidence_id, control_id),
  FOREIGN KEY (assessment_id, control_id) REFERENCES assessment_controls (assessment_id, control_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX evidence_links_by_control ON evidence_links (assessment_id, control_id);

CREATE TABLE control_populations (
  assessment_id TEXT NOT NULL,
  control_id TEXT NOT NULL,
  population INTEGER NOT NULL CHECK (population >= 0),
  evidenced INTEGER NOT NULL CHECK (evidenced >= 0 AND evidenced <= population),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, control_id),
  FOREIGN KEY (assessment_id, control_id) REFERENCES assessment_controls (assessment_id, control_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  as_of TEXT NOT NULL,
  seed TEXT NOT NULL,
  sample_table TEXT NOT NULL CHECK (json_valid(sample_table)),
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
  started_at TEXT NOT NULL,
  completed_at TEXT,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL))
) STRICT;

CREATE UNIQUE INDEX one_open_review_per_assessment ON reviews (assessment_id) WHERE status = 'in_progress';

CREATE TABLE review_samples (
  review_id TEXT NOT NULL REFERENCES reviews (id),
  control_id TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  item TEXT NOT NULL,
  result TEXT NOT NULL DEFAULT 'untested' CHECK (result IN ('untested', 'passed', 'exception')),
  note TEXT NOT NULL DEFAULT '',
  evidence_id TEXT REFERENCES evidence_items (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, control_id, seq)
) STRICT;

CREATE TABLE snapshots (
  id TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  review_id TEXT REFERENCES reviews (id),
  label TEXT NOT NULL,
  as_of TEXT NOT NULL,
  taken_at TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE INDEX snapshots_by_assessment ON snapshots (assessment_id, taken_at);

CREATE TRIGGER snapshots_are_read_only_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are read-only'); END;

CREATE TRIGGER snapshots_are_read_only_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are read-only'); END;

CREATE TRIGGER completed_reviews_are_read_only BEFORE UPDATE ON review_samples
WHEN (SELECT status FROM reviews WHERE id = OLD.review_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'a completed review is read-only'); END;
`,
};

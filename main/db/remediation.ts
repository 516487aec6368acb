import type { OwnerFunction } from '../../shared/domain';
import type { RemediationItem, RemediationPriority, RemediationStatus } from '../../shared/remediation/plan';
import type { Db } from './open';

export interface RemediationRow {
  id: string;
  assessment_id: string;
  action: string;
  owner_name: string;
  owner_function: OwnerFunction | null;
  due_date: string | null;
  priority: RemediationPriority;
  status: RemediationStatus;
  finding_keys: string;
  notes: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  control_ids: string | null;
}

export function toRemediationItem(row: RemediationRow): RemediationItem {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    action: row.action,
    ownerName: row.owner_name,
    ownerFunction: row.owner_function,
    dueDate: row.due_date,
    priority: row.priority,
    status: row.status,
    controlIds: row.control_ids ? (JSON.parse(row.control_ids) as string[]).sort() : [],
    findingKeys: JSON.parse(row.finding_keys) as string[],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

const SELECT = `
  SELECT r.*,
    (SELECT json_group_array(l.control_id) FROM remediation_controls l WHERE l.item_id = r.id) AS control_ids
  FROM remediation_items r`;

export function listRemediation(db: Db, assessmentId: string): RemediationItem[] {
  const rows = db
    .prepare(`${SELECT} WHERE r.assessment_id = ? ORDER BY r.created_at, r.id`)
    .all(assessmentId) as RemediationRow[];
  return rows.map(toRemediationItem);
}

export function findRemediation(db: Db, assessmentId: string, id: string): RemediationItem | undefined {
  const row = db.prepare(`${SELECT} WHERE r.assessment_id = ? AND r.id = ?`).get(assessmentId, id) as
    RemediationRow | undefined;
  return row ? toRemediationItem(row) : undefined;
}

/** Inserts or replaces one item and its control links (call inside a transaction). */
export function writeRemediation(db: Db, item: Omit<RemediationItem, 'updatedAt'>, now: string): void {
  db.prepare(
    `INSERT INTO remediation_items (id, assessment_id, action, owner_name, owner_function, due_date, priority, status,
       finding_keys, notes, created_at, updated_at, closed_at)
     VALUES (@id, @assessmentId, @action, @ownerName, @ownerFunction, @dueDate, @priority, @status, @findingKeys, @notes,
       @createdAt, @now, @closedAt)
     ON CONFLICT (id) DO UPDATE SET action = excluded.action, owner_name = excluded.owner_name,
       owner_function = excluded.owner_function, due_date = excluded.due_date, priority = excluded.priority,
       status = excluded.status, finding_keys = excluded.finding_keys, notes = excluded.notes,
       updated_at = excluded.updated_at, closed_at = excluded.closed_at`,
  ).run({
    id: item.id,
    assessmentId: item.assessmentId,
    action: item.action,
    ownerName: item.ownerName,
    ownerFunction: item.ownerFunction,
    dueDate: item.dueDate,
    priority: item.priority,
    status: item.status,
    findingKeys: JSON.stringify(item.findingKeys),
    notes: item.notes,
    createdAt: item.createdAt,
    closedAt: item.closedAt,
    now,
  });
  db.prepare('DELETE FROM remediation_controls WHERE item_id = ?').run(item.id);
  const link = db.prepare('INSERT INTO remediation_controls (item_id, assessment_id, control_id) VALUES (?, ?, ?)');
  for (const controlId of new Set(item.controlIds)) link.run(item.id, item.assessmentId, controlId);
}

export function deleteRemediationRow(db: Db, assessmentId: string, id: string): number {
  return db.prepare('DELETE FROM remediation_items WHERE assessment_id = ? AND id = ?').run(assessmentId, id).changes;
}

import type { BoundaryComponent, ComponentKind } from '../../shared/boundary/types';
import type { Db } from './open';

export interface BoundaryComponentRow {
  id: string;
  assessment_id: string;
  kind: ComponentKind;
  name: string;
  in_scope: 0 | 1;
  scope_reason: string;
  owner_name: string;
  data_personal: 0 | 1;
  data_confidential: 0 | 1;
  data_customer: 0 | 1;
  on_training_path: 0 | 1;
  on_inference_path: 0 | 1;
  flow_order: number;
  notes: string;
  created_at: string;
  updated_at: string;
  control_ids: string | null;
}

export function toBoundaryComponent(row: BoundaryComponentRow): BoundaryComponent {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    kind: row.kind,
    name: row.name,
    inScope: row.in_scope === 1,
    scopeReason: row.scope_reason,
    ownerName: row.owner_name,
    data: {
      personal: row.data_personal === 1,
      confidential: row.data_confidential === 1,
      customer: row.data_customer === 1,
    },
    controlIds: row.control_ids ? (JSON.parse(row.control_ids) as string[]).sort() : [],
    onTrainingPath: row.on_training_path === 1,
    onInferencePath: row.on_inference_path === 1,
    flowOrder: row.flow_order,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT = `
  SELECT b.*,
    (SELECT json_group_array(l.control_id) FROM boundary_component_controls l WHERE l.component_id = b.id) AS control_ids
  FROM boundary_components b`;

export function listComponents(db: Db, assessmentId: string): BoundaryComponent[] {
  const rows = db
    .prepare(`${SELECT} WHERE b.assessment_id = ? ORDER BY b.flow_order, b.name, b.id`)
    .all(assessmentId) as BoundaryComponentRow[];
  return rows.map(toBoundaryComponent);
}

export function findComponent(db: Db, assessmentId: string, id: string): BoundaryComponent | undefined {
  const row = db.prepare(`${SELECT} WHERE b.assessment_id = ? AND b.id = ?`).get(assessmentId, id) as
    BoundaryComponentRow | undefined;
  return row ? toBoundaryComponent(row) : undefined;
}

export function nextFlowOrder(db: Db, assessmentId: string): number {
  const max = db
    .prepare('SELECT max(flow_order) FROM boundary_components WHERE assessment_id = ?')
    .pluck()
    .get(assessmentId) as number | null;
  return max === null ? 0 : max + 1;
}

export type ComponentWrite = Omit<BoundaryComponent, 'createdAt' | 'updatedAt'>;

/** Inserts or replaces one component and its control links (call inside a transaction). */
export function writeComponent(db: Db, c: ComponentWrite, now: string): void {
  db.prepare(
    `INSERT INTO boundary_components (id, assessment_id, kind, name, in_scope, scope_reason, owner_name, data_personal,
       data_confidential, data_customer, on_training_path, on_inference_path, flow_order, notes, created_at, updated_at)
     VALUES (@id, @assessmentId, @kind, @name, @inScope, @scopeReason, @ownerName, @personal, @confidential, @customer,
       @onTrainingPath, @onInferencePath, @flowOrder, @notes, @now, @now)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, in_scope = excluded.in_scope,
       scope_reason = excluded.scope_reason, owner_name = excluded.owner_name, data_personal = excluded.data_personal,
       data_confidential = excluded.data_confidential, data_customer = excluded.data_customer,
       on_training_path = excluded.on_training_path, on_inference_path = excluded.on_inference_path,
       flow_order = excluded.flow_order, notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run({
    id: c.id,
    assessmentId: c.assessmentId,
    kind: c.kind,
    name: c.name,
    inScope: c.inScope ? 1 : 0,
    scopeReason: c.scopeReason,
    ownerName: c.ownerName,
    personal: c.data.personal ? 1 : 0,
    confidential: c.data.confidential ? 1 : 0,
    customer: c.data.customer ? 1 : 0,
    onTrainingPath: c.onTrainingPath ? 1 : 0,
    onInferencePath: c.onInferencePath ? 1 : 0,
    flowOrder: c.flowOrder,
    notes: c.notes,
    now,
  });
  db.prepare('DELETE FROM boundary_component_controls WHERE component_id = ?').run(c.id);
  const link = db.prepare(
    'INSERT INTO boundary_component_controls (component_id, assessment_id, control_id) VALUES (?, ?, ?)',
  );
  for (const controlId of new Set(c.controlIds)) link.run(c.id, c.assessmentId, controlId);
}

export function deleteComponentRow(db: Db, assessmentId: string, id: string): number {
  return db.prepare('DELETE FROM boundary_components WHERE assessment_id = ? AND id = ?').run(assessmentId, id).changes;
}

import { byCodePoint } from '../../shared/rules/helpers';
import type { PortableTables } from './portable-schema';

/**
 * "Keep both": the incoming assessment gets new ids for itself and for every record with a workspace-wide
 * id (evidence items, reviews, snapshots, boundary components, vendors, remediation items), and every
 * reference follows — links, samples, snapshot data, finding keys of mutes and remediation items. Control
 * ids stay (they are scoped by assessment) and evidence files stay (they are content-addressed).
 */

const RECORD_TYPES = 'control|vendor|component|criterion|assessment';
const RECORD_SPLIT = new RegExp(`,(?=(?:${RECORD_TYPES}):)`);

/** A finding key (`FW-AI-05|component:…,vendor:…`) with its record ids renamed, re-sorted as the rules sort them. */
export function remapFindingKey(key: string, ids: ReadonlyMap<string, string>): string {
  const bar = key.indexOf('|');
  if (bar < 0) return key;
  const records = key.slice(bar + 1);
  if (records.length === 0) return key;
  const mapped = records.split(RECORD_SPLIT).map((record) => {
    const colon = record.indexOf(':');
    const type = record.slice(0, colon);
    const id = record.slice(colon + 1);
    return type === 'vendor' || type === 'component' || type === 'assessment' ? `${type}:${ids.get(id) ?? id}` : record;
  });
  return `${key.slice(0, bar)}|${mapped.sort(byCodePoint).join(',')}`;
}

function rewriteSnapshotData(data: string, ids: ReadonlyMap<string, string>): string {
  const parsed = JSON.parse(data) as {
    assessment?: { id?: string };
    reviewId?: string | null;
    score?: { assessmentId?: string };
  };
  const swap = (value: string | null | undefined) => (value ? (ids.get(value) ?? value) : value);
  if (parsed.assessment?.id) parsed.assessment.id = swap(parsed.assessment.id) ?? parsed.assessment.id;
  if (parsed.reviewId) parsed.reviewId = swap(parsed.reviewId) ?? null;
  if (parsed.score?.assessmentId)
    parsed.score.assessmentId = swap(parsed.score.assessmentId) ?? parsed.score.assessmentId;
  return JSON.stringify(parsed);
}

/** The tables with every workspace-wide id replaced by a fresh one from `uuid`. */
export function remapForCopy(
  tables: PortableTables,
  uuid: () => string,
): { tables: PortableTables; assessmentId: string } {
  const ids = new Map<string, string>();
  const fresh = (old: string): string => {
    let next = ids.get(old);
    if (next === undefined) ids.set(old, (next = uuid()));
    return next;
  };
  const [assessment] = tables.assessments;
  if (!assessment) throw new Error('no assessment row to copy');
  const assessmentId = fresh(assessment.id);
  for (const row of [
    ...tables.evidence_items,
    ...tables.reviews,
    ...tables.snapshots,
    ...tables.boundary_components,
    ...tables.ai_vendors,
    ...tables.remediation_items,
  ]) {
    fresh(row.id);
  }
  const to = (old: string) => ids.get(old) ?? old;
  const toNullable = (old: string | null) => (old === null ? null : to(old));
  return {
    assessmentId,
    tables: {
      assessments: tables.assessments.map((r) => ({ ...r, id: assessmentId })),
      assessment_controls: tables.assessment_controls.map((r) => ({ ...r, assessment_id: assessmentId })),
      evidence_files: tables.evidence_files.map((r) => ({ ...r })),
      evidence_items: tables.evidence_items.map((r) => ({ ...r, id: to(r.id), assessment_id: assessmentId })),
      evidence_links: tables.evidence_links.map((r) => ({
        ...r,
        evidence_id: to(r.evidence_id),
        assessment_id: assessmentId,
      })),
      control_populations: tables.control_populations.map((r) => ({ ...r, assessment_id: assessmentId })),
      reviews: tables.reviews.map((r) => ({ ...r, id: to(r.id), assessment_id: assessmentId })),
      review_samples: tables.review_samples.map((r) => ({
        ...r,
        review_id: to(r.review_id),
        evidence_id: toNullable(r.evidence_id),
      })),
      snapshots: tables.snapshots.map((r) => ({
        ...r,
        id: to(r.id),
        assessment_id: assessmentId,
        review_id: toNullable(r.review_id),
        data: rewriteSnapshotData(r.data, ids),
      })),
      boundary_components: tables.boundary_components.map((r) => ({ ...r, id: to(r.id), assessment_id: assessmentId })),
      boundary_component_controls: tables.boundary_component_controls.map((r) => ({
        ...r,
        component_id: to(r.component_id),
        assessment_id: assessmentId,
      })),
      ai_vendors: tables.ai_vendors.map((r) => ({ ...r, id: to(r.id), assessment_id: assessmentId })),
      finding_mutes: tables.finding_mutes.map((r) => ({
        ...r,
        assessment_id: assessmentId,
        finding_key: remapFindingKey(r.finding_key, ids),
      })),
      remediation_items: tables.remediation_items.map((r) => ({
        ...r,
        id: to(r.id),
        assessment_id: assessmentId,
        finding_keys: JSON.stringify((JSON.parse(r.finding_keys) as string[]).map((k) => remapFindingKey(k, ids))),
      })),
      remediation_controls: tables.remediation_controls.map((r) => ({
        ...r,
        item_id: to(r.item_id),
        assessment_id: assessmentId,
      })),
    },
  };
}

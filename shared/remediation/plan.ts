import { z } from 'zod';
import { LIMITS } from '../assessment-input';
import { isIsoDate } from '../dates';
import { OWNER_FUNCTIONS, type IsoDate, type OwnerFunction } from '../domain';
import { AI_READINESS_STRINGS_EN, fillText, type AiReadinessStrings } from '../rules/strings.en';
import { byCodePoint } from '../rules/helpers';
import { SEVERITIES, type Severity } from '../rules/types';

/**
 * The remediation plan. Items carry an owner, a due date and a priority, link to controls and finding
 * keys, and move open → in progress → done. Closing an item can set its linked controls to implemented
 * in the same transaction (main/services/remediation.ts), which is how "the plan updates the scores".
 */

export const REMEDIATION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];
export type RemediationPriority = Severity;
export const REMEDIATION_PRIORITIES = SEVERITIES;

export interface RemediationItem {
  id: string;
  assessmentId: string;
  action: string;
  ownerName: string;
  ownerFunction: OwnerFunction | null;
  dueDate: IsoDate | null;
  priority: RemediationPriority;
  status: RemediationStatus;
  controlIds: string[];
  findingKeys: string[];
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** When the item was marked done; null while open. */
  closedAt: string | null;
}

export type RemediationWarningCode = 'due_after_window_end' | 'no_due_date' | 'no_owner' | 'overdue';

export interface RemediationWarning {
  code: RemediationWarningCode;
  message: string;
}

export interface RemediationItemView extends RemediationItem {
  overdue: boolean;
  warnings: RemediationWarning[];
}

export const REMEDIATION_LIMITS = { action: 2_000, controls: 200, findings: 200, findingKey: 4_000 } as const;

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (for example 2026-09-01)' });

export const remediationInputSchema = z.strictObject({
  /** Present to update an existing item, absent to add one. */
  id: z.string().min(1).max(64).optional(),
  action: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(REMEDIATION_LIMITS.action, `must be at most ${REMEDIATION_LIMITS.action} characters`),
  ownerName: z.string().trim().max(LIMITS.ownerName).default(''),
  ownerFunction: z
    .enum(OWNER_FUNCTIONS, { message: `must be one of ${OWNER_FUNCTIONS.join(', ')}` })
    .nullable()
    .default(null),
  dueDate: isoDate.nullable().default(null),
  priority: z
    .enum(REMEDIATION_PRIORITIES, { message: `must be one of ${REMEDIATION_PRIORITIES.join(', ')}` })
    .default('medium'),
  status: z
    .enum(REMEDIATION_STATUSES, { message: `must be one of ${REMEDIATION_STATUSES.join(', ')}` })
    .default('open'),
  controlIds: z.array(z.string().trim().min(1).max(40)).max(REMEDIATION_LIMITS.controls).default([]),
  findingKeys: z
    .array(z.string().min(1).max(REMEDIATION_LIMITS.findingKey))
    .max(REMEDIATION_LIMITS.findings)
    .default([]),
  notes: z.string().max(LIMITS.notes).default(''),
});
export type RemediationInput = z.input<typeof remediationInputSchema>;
export type ParsedRemediationInput = z.output<typeof remediationInputSchema>;

export interface PlanContext {
  today: IsoDate;
  /** The observation window end (the fieldwork date when known); items should be done by then. */
  windowEnd: IsoDate | null;
}

/**
 * Flags of one item: overdue when its due date is before today and it is not done; warnings when it is due
 * after the window end, has no due date, or names no owner (done items keep only the window warning off).
 */
export function assessRemediationItem(
  item: RemediationItem,
  plan: PlanContext,
  strings: AiReadinessStrings = AI_READINESS_STRINGS_EN,
): RemediationItemView {
  const open = item.status !== 'done';
  const overdue = open && item.dueDate !== null && item.dueDate < plan.today;
  const warnings: RemediationWarning[] = [];
  const warn = (code: RemediationWarningCode, params: Record<string, string> = {}) =>
    warnings.push({ code, message: fillText(strings.remediation[code], params) });
  if (open) {
    if (item.dueDate === null) warn('no_due_date');
    else if (plan.windowEnd !== null && item.dueDate > plan.windowEnd)
      warn('due_after_window_end', { dueDate: item.dueDate, windowEnd: plan.windowEnd });
    if (item.ownerName.trim().length === 0) warn('no_owner');
    if (overdue && item.dueDate !== null) warn('overdue', { dueDate: item.dueDate });
  }
  return { ...item, overdue, warnings };
}

const PRIORITY_ORDER: Record<RemediationPriority, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const STATUS_ORDER: Record<RemediationStatus, number> = { in_progress: 0, open: 1, done: 2 };

/** The plan in working order: not-done first, then priority, due date (none last), creation. */
export function orderPlan<T extends RemediationItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(a.status === 'done') - Number(b.status === 'done') ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      byCodePoint(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      byCodePoint(a.createdAt, b.createdAt) ||
      byCodePoint(a.id, b.id),
  );
}

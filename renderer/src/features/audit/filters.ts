import { AUDIT_ACTIONS, AUDITED_TABLE_NAMES, type AuditFilter } from '../../../../shared/audit/types';

/** What the filter bar holds; days are the person's local calendar days. */
export interface FilterForm {
  assessmentId: string;
  table: string;
  action: string;
  actor: string;
  fromDay: string;
  toDay: string;
  text: string;
}

export const NO_FILTERS: FilterForm = {
  assessmentId: '',
  table: '',
  action: '',
  actor: '',
  fromDay: '',
  toDay: '',
  text: '',
};

export function isFiltered(form: FilterForm): boolean {
  return Object.values(form).some((v) => v !== '');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a day as an instant; `plusDays` 1 gives the end of that day (exclusive). */
function localMidnight(day: string, plusDays = 0): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const tables = new Set<string>(AUDITED_TABLE_NAMES);
const actions = new Set<string>(AUDIT_ACTIONS);

/** The filter main understands: both days included, in the person's time zone. */
export function toAuditFilter(form: FilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.assessmentId) filter.assessmentId = form.assessmentId;
  if (tables.has(form.table)) filter.table = form.table as NonNullable<AuditFilter['table']>;
  if (actions.has(form.action)) filter.action = form.action as NonNullable<AuditFilter['action']>;
  if (form.actor) filter.actor = form.actor;
  const from = localMidnight(form.fromDay);
  const until = localMidnight(form.toDay, 1);
  if (from) filter.from = from;
  if (until) filter.until = until;
  const text = form.text.trim().slice(0, 200);
  if (text) filter.text = text;
  return filter;
}

import { CRITERION_IDS, CRITERION_REFS } from '../catalog/criteria-ids';
import { cleanBlock, isEmptyMarker } from './cells';

/**
 * Reads the Trust Services Criteria cell of a control matrix, as people really write it:
 * `CC6.1; CC6.2\nCC6.3`, `cc6.1 , CC6.6`, `CC6.5 / C1.2`, `CC 7.2`, `CC7.1–CC7.3`, `SOC 2: CC8.1`,
 * `CC6.1 (logical access)`, `—`.
 *
 * Group ids (`CC6`, `CC6.0`, `P1`, `P1.0`) stand for every criterion of the group: we expand them
 * (`CC6` → CC6.1 … CC6.8), because mapping a control to the whole group is what the author meant, and
 * report each expansion as a warning so the user can narrow it. Ranges within one group
 * (`CC7.1–CC7.3`, `CC7.1-7.3`) are expanded the same way.
 */

const KNOWN = new Set(CRITERION_IDS);
const GROUPS = new Map<string, string[]>();
for (const ref of CRITERION_REFS) GROUPS.set(ref.group, [...(GROUPS.get(ref.group) ?? []), ref.id]);

export interface CriteriaNote {
  kind: 'group' | 'range';
  /** What the cell said, e.g. `CC6` or `CC7.1-CC7.3`. */
  token: string;
  expanded: string[];
}

export interface ParsedCriteria {
  /** Known criterion ids, in the order met, without duplicates. */
  ids: string[];
  /** Tokens that look like criterion ids but are not (`CC7.9`, `XX1.1`, `2017`). */
  unknown: string[];
  notes: CriteriaNote[];
}

const PREFIX = '(CC|PI|A|C|P)';
const SINGLE = new RegExp(`^${PREFIX}(\\d{1,2})(?:\\.(\\d{1,2}))?$`);
const RANGE = new RegExp(`^${PREFIX}(\\d{1,2})\\.(\\d{1,2})-(?:${PREFIX}?(\\d{1,2})\\.)?(\\d{1,2})$`);

/** Letters glued to their number (`CC 6.1` → `CC6.1`), dashes unified, labels and asides removed. */
function tidy(cell: string): string {
  return cleanBlock(cell)
    .toUpperCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\b(SOC\s*2|TSC|AICPA|TRUST SERVICES? CRITERI(A|ON)|CRITERI(A|ON)|COMMON CRITERIA)\b\s*:?/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\b(CC|PI|A|C|P)\s+(?=\d)/g, '$1')
    .replace(/(\d)\s*-\s*(?=(CC|PI|A|C|P)?\d)/g, '$1-');
}

function single(token: string, out: ParsedCriteria): boolean {
  const m = SINGLE.exec(token);
  if (!m) return false;
  const group = `${m[1]}${m[2]}`;
  const minor = m[3];
  if (minor !== undefined && Number(minor) > 0) {
    const id = `${group}.${Number(minor)}`;
    if (KNOWN.has(id)) push(out, [id]);
    else out.unknown.push(token);
    return true;
  }
  const members = GROUPS.get(group);
  if (!members) out.unknown.push(token);
  else {
    push(out, members);
    out.notes.push({ kind: 'group', token, expanded: members });
  }
  return true;
}

function range(token: string, out: ParsedCriteria): boolean {
  const m = RANGE.exec(token);
  if (!m) return false;
  const group = `${m[1]}${m[2]}`;
  const endGroup = m[5] === undefined ? group : `${m[4] ?? m[1]}${m[5]}`;
  const from = Number(m[3]);
  const to = Number(m[6]);
  const members = GROUPS.get(group);
  if (!members || endGroup !== group || to < from) {
    out.unknown.push(token);
    return true;
  }
  const expanded = members.filter((id) => {
    const n = Number(id.split('.')[1]);
    return n >= from && n <= to;
  });
  if (expanded.length !== to - from + 1) out.unknown.push(token);
  else {
    push(out, expanded);
    out.notes.push({ kind: 'range', token, expanded });
  }
  return true;
}

function push(out: ParsedCriteria, ids: readonly string[]): void {
  for (const id of ids) if (!out.ids.includes(id)) out.ids.push(id);
}

export function parseCriteria(cell: string): ParsedCriteria {
  const out: ParsedCriteria = { ids: [], unknown: [], notes: [] };
  if (isEmptyMarker(cell)) return out;
  for (const raw of tidy(cell).split(/[\s,;/|&+]+/)) {
    const token = raw.replace(/^[.:\-*•]+|[.:\-*•]+$/g, '');
    if (token === '' || token === 'AND' || !/\d/.test(token)) continue;
    if (!range(token, out) && !single(token, out)) out.unknown.push(token);
  }
  return out;
}

import { issuesText, type IssueLike } from '../../shared/ipc/issues';

/**
 * Validation problems of a portable file for people: an issue inside a record names its table, row
 * (counted from 1) and field, e.g. `table snapshots, row 2, field data: must hold a snapshot (at asOf): …`;
 * others name their path. At most `count` issues, each cut short.
 */
export function portableIssuesText(issues: readonly IssueLike[], count = 3): string {
  return issues
    .slice(0, count)
    .map((issue) => {
      const [top, table, row, field, ...rest] = issue.path.map(String);
      const inRecord = top === 'tables' && table !== undefined && row !== undefined && /^\d+$/.test(row);
      if (!inRecord) return issuesText([issue], 1, 'top level');
      const where = `table ${clip(table, 40)}, row ${Number(row) + 1}${field === undefined ? '' : `, field ${clip(field, 60)}`}`;
      const inside = rest.length > 0 ? ` (at ${clip(rest.join('.'), 120)})` : '';
      return `${where}${inside}: ${clip(issue.message, 300)}`;
    })
    .join('; ');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

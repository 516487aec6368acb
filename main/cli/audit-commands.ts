import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import {
  AUDIT_ACTIONS,
  AUDITED_TABLE_NAMES,
  auditFilterSchema,
  describeChanges,
  parseAnchor,
  type AuditFilter,
} from '../../shared/audit/types';
import { addDays, isIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/ipc/result';
import { describeVerification, exportAudit, listAudit, verifyAudit, type AuditExportFormat } from '../services/audit';
import { printJson, withWorkspace } from './context';
import { globalsOf } from './option-parsers';
import { formatTable } from './table';

interface FilterOptions {
  assessment?: string;
  table?: string;
  action?: string;
  actor?: string;
  since?: string;
  until?: string;
  search?: string;
}

function day(flag: string, value: string): string {
  if (!isIsoDate(value))
    throw new AppError('invalid_input', `${flag} must be a real date written YYYY-MM-DD; got "${value}".`);
  return value;
}

/** The filter options as the viewer's filter; dates are whole UTC days, both ends included. */
function filterOf(opts: FilterOptions): AuditFilter {
  const parsed = auditFilterSchema.safeParse({
    assessmentId: opts.assessment,
    table: opts.table,
    action: opts.action,
    actor: opts.actor,
    from: opts.since ? `${day('--since', opts.since)}T00:00:00.000Z` : undefined,
    until: opts.until ? `${addDays(day('--until', opts.until), 1)}T00:00:00.000Z` : undefined,
    text: opts.search,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag =
      { assessmentId: '--assessment', table: '--table', action: '--action' }[String(issue?.path[0])] ?? 'a filter';
    throw new AppError(
      'invalid_input',
      flag === '--table'
        ? `--table must be one of ${AUDITED_TABLE_NAMES.join(', ')}.`
        : flag === '--action'
          ? `--action must be one of ${AUDIT_ACTIONS.join(', ')}.`
          : `${flag} is not valid: ${issue?.message ?? 'check its value'}.`,
    );
  }
  return parsed.data;
}

function withFilterOptions(command: Command): Command {
  return command
    .option('--assessment <id>', 'only this assessment ("workspace" for workspace-wide entries)')
    .option('--table <name>', `only this table (${AUDITED_TABLE_NAMES.join(', ')})`)
    .option('--action <action>', `only this action (${AUDIT_ACTIONS.join(', ')})`)
    .option('--actor <name>', 'only changes by this person')
    .option('--since <date>', 'from this UTC day (YYYY-MM-DD)')
    .option('--until <date>', 'up to and including this UTC day (YYYY-MM-DD)')
    .option('--search <text>', 'text in the record, its key, the person or the values');
}

function formatOf(out: string, given: string | undefined): AuditExportFormat {
  const format = (given ?? extname(out).slice(1)).toLowerCase();
  if (format === 'csv' || format === 'json') return format;
  throw new AppError(
    'invalid_input',
    'Choose the export format with --format csv or --format json (or name the file .csv or .json).',
  );
}

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description('the tamper-evident audit trail: every change, who made it and when, hash-chained');

  audit
    .command('verify')
    .description('recompute the hash chain and check the triggers and the data; exits 1 when anything is wrong')
    .option(
      '--anchor <seq:hash>',
      'an entry number and hash written down earlier (from an export or a previous verify)',
    )
    .action(async (opts: { anchor?: string }, command: Command) => {
      const options = globalsOf(command);
      const anchor = opts.anchor === undefined ? undefined : parseAnchor(opts.anchor);
      if (anchor === null)
        throw new AppError('invalid_input', '--anchor must be written SEQ:HASH, e.g. 1234:3fa9… (64 hex digits).');
      const result = await withWorkspace(options, false, (ctx) => verifyAudit(ctx, anchor));
      if (options.json) printJson(result);
      else process.stdout.write(`${describeVerification(result).join('\n')}\n`);
      if (!result.ok) throw new AppError('audit_broken', 'The audit trail did not verify: see above.');
    });

  withFilterOptions(
    audit
      .command('export')
      .description('write the trail (or the entries matching the filters) to a CSV or JSON file')
      .requiredOption('--out <file>', 'the file to write')
      .option('--format <format>', 'csv or json (default: from the file name)'),
  ).action(async (opts: FilterOptions & { out: string; format?: string }, command: Command) => {
    const options = globalsOf(command);
    const out = resolve(opts.out);
    const format = formatOf(out, opts.format);
    const filter = filterOf(opts);
    const result = await withWorkspace(options, false, (ctx) => exportAudit(ctx, out, format, filter));
    if (options.json)
      printJson({
        path: result.path,
        entries: result.entries,
        verified: result.verification.ok,
        head: result.verification.head,
      });
    else {
      process.stdout.write(`${result.path}\n`);
      process.stderr.write(
        `${result.entries} entries written; ${describeVerification(result.verification)[0] ?? ''}\n`,
      );
    }
  });

  withFilterOptions(
    audit
      .command('list', { isDefault: true })
      .description('the latest entries, newest first')
      .option('--limit <n>', 'how many entries (1–500)', '50'),
  ).action(async (opts: FilterOptions & { limit: string }, command: Command) => {
    const options = globalsOf(command);
    const limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new AppError('invalid_input', '--limit must be a whole number from 1 to 500.');
    const filter = filterOf(opts);
    const page = await withWorkspace(options, false, (ctx) => listAudit(ctx, filter, undefined, limit));
    if (options.json) return printJson(page);
    process.stdout.write(
      `${formatTable(
        ['#', 'When (UTC)', 'Who', 'Table', 'Action', 'Record', 'Change'],
        page.entries.map((e) => [
          String(e.seq),
          e.at.replace('T', ' ').slice(0, 19),
          e.actor,
          e.table,
          e.action,
          e.label,
          describeChanges(e).replace(/\n/g, '; ').slice(0, 120),
        ]),
      )}\n`,
    );
    process.stderr.write(`${page.entries.length} of ${page.matching} matching entries (${page.total} in the trail)\n`);
  });
}

import { resolve } from 'node:path';
import type { Command } from 'commander';
import { cleanLine } from '../../shared/interchange/cells';
import { columnName } from '../../shared/interchange/header-matcher';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportReport,
} from '../../shared/interchange/import-types';
import { AppError } from '../../shared/ipc/result';
import { applyOpened, openMatrix, previewOpened, proposalOf, type OpenedMatrix } from '../interchange/matrix-import';
import { printJson, resolveAssessmentId, withWorkspace } from './context';
import { globalsOf, integer } from './option-parsers';

/** `fieldwork import …`: the command group, shared with other importers (created once, found afterwards). */
export function importCommandOf(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('import records from other tools')
  );
}

const FIELD_ALIASES: Record<string, ImportField> = {
  owner: 'ownerName',
  'owner-name': 'ownerName',
  ownername: 'ownerName',
  function: 'ownerFunction',
  'owner-function': 'ownerFunction',
  ownerfunction: 'ownerFunction',
  tsc: 'criteria',
  ...Object.fromEntries(IMPORT_FIELDS.map((f) => [f.toLowerCase(), f])),
};

/** The column a --mapping value names: a header (case and spacing ignored) or `#N` (1-based). */
function columnOf(value: string, headers: readonly string[]): number {
  const number = /^#(\d{1,3})$/.exec(value.trim());
  if (number) {
    const index = Number(number[1]) - 1;
    if (index < 0 || index >= headers.length)
      throw new AppError('invalid_input', `Column ${value} does not exist; the sheet has ${headers.length} columns.`);
    return index;
  }
  const key = cleanLine(value).toLowerCase();
  const exact = headers.findIndex((h) => cleanLine(h).toLowerCase() === key);
  if (exact >= 0) return exact;
  const partial = headers.flatMap((h, i) => (cleanLine(h).toLowerCase().includes(key) ? [i] : []));
  if (partial.length === 1 && partial[0] !== undefined) return partial[0];
  throw new AppError(
    'invalid_input',
    `No single column is headed "${value}"${partial.length > 1 ? ` (${partial.length} headers contain it)` : ''}; the headers are ${headers.map((h, i) => `${columnName(i)} "${h}"`).join(', ')}. Use the exact header or #N for the N-th column.`,
  );
}

/** `id=Ref,title=Control,criteria=SOC 2 TSC,notes=` over the proposed mapping (`field=` leaves a field out). */
export function parseMappingOption(spec: string, headers: readonly string[], proposed: ColumnMapping): ColumnMapping {
  const mapping: ColumnMapping = { ...proposed };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0)
      throw new AppError(
        'invalid_input',
        `"${part}" in --mapping is not field=column (for example criteria=SOC 2 TSC).`,
      );
    const name = part.slice(0, eq).trim().toLowerCase();
    const field = FIELD_ALIASES[name];
    if (!field)
      throw new AppError('invalid_input', `Unknown field "${name}" in --mapping; use ${IMPORT_FIELDS.join(', ')}.`);
    const value = part.slice(eq + 1).trim();
    if (value === '') delete mapping[field];
    else mapping[field] = columnOf(value, headers);
  }
  return mapping;
}

function printReport(opened: OpenedMatrix, mapping: ColumnMapping, report: ImportReport): void {
  const { header, file, headers } = opened;
  const rows = header.count === 2 ? `rows ${header.start + 1}–${header.start + 2}` : `row ${header.start + 1}`;
  const out: string[] = [
    `${file.fileName}${file.sheet ? ` (sheet "${file.sheet}")` : ''}: header on ${rows}, ${report.counts.dataRows} rows below it.`,
    'Mapping:',
  ];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    out.push(
      `  ${field.padEnd(14)}${column === undefined ? '(not imported)' : `${columnName(column)}  ${headers[column] ?? ''}`}`,
    );
  }
  const c = report.counts;
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  out.push(
    `Preview: ${c.creates} to add, ${c.updates} to update (${c.updatesCatalog} catalog, ${c.updatesCustom} custom), ${c.skippedRows} skipped; ${n(c.emptyRows, 'empty row')}, ${n(c.sectionRows, 'section heading')}, ${n(c.repeatedHeaders, 'repeated header')}, ${n(c.mergedRows, 'merged duplicate')}.`,
    `${n(c.errors, 'error')}, ${n(c.warnings, 'warning')}${report.issues.length === 0 ? '.' : report.issues.length < c.errors + c.warnings ? ` (the first ${report.issues.length} listed):` : ':'}`,
    ...report.issues.map((i) => `  ${i.severity === 'error' ? 'error  ' : 'warning'}  ${i.message}`),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerImportCommands(program: Command): void {
  importCommandOf(program)
    .command('controls')
    .description('import a control matrix (CSV or XLSX) into an assessment, all or nothing')
    .argument('<file>', 'the control matrix, .csv or .xlsx')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option(
      '--mapping <spec>',
      'columns for fields, over the proposed mapping: id=Ref,title=Control,criteria=SOC 2 TSC,owner=Owner,status=Status (header text or #N; field= leaves it out)',
    )
    .option('--sheet <name>', 'worksheet to read (XLSX; default: the one whose header names the most fields)')
    .option('--header-row <n>', 'row number of the header (default: detected)')
    .option('--header-rows <n>', '1, or 2 for a group row above the column names (with --header-row)')
    .option('--dry-run', 'check and report, write nothing')
    .action(
      async (
        file: string,
        opts: {
          assessment?: string;
          mapping?: string;
          sheet?: string;
          headerRow?: string;
          headerRows?: string;
          dryRun?: boolean;
        },
        command: Command,
      ) => {
        const options = globalsOf(command);
        const headerRows = opts.headerRows === undefined ? undefined : integer('--header-rows', opts.headerRows);
        if (headerRows !== undefined && headerRows !== 1 && headerRows !== 2)
          throw new AppError('invalid_input', '--header-rows must be 1 or 2.');
        const opened = await openMatrix(resolve(file), {
          sheet: opts.sheet,
          headerRow: opts.headerRow === undefined ? undefined : integer('--header-row', opts.headerRow),
          headerRows,
        });
        const proposal = proposalOf(opened, 'cli');
        const mapping =
          opts.mapping === undefined
            ? proposal.proposedMapping
            : parseMappingOption(opts.mapping, opened.headers, proposal.proposedMapping);
        const outcome = await withWorkspace(options, false, (ctx) => {
          const assessmentId = resolveAssessmentId(ctx, opts.assessment);
          const report = previewOpened(ctx, opened, mapping, assessmentId);
          if (opts.dryRun || !report.canApply) return { assessmentId, report, applied: null };
          const summary = applyOpened(ctx, opened, mapping, assessmentId);
          return {
            assessmentId,
            report: summary.report,
            applied: {
              created: summary.created,
              updated: summary.updated,
              skipped: summary.skipped,
              createdIds: summary.createdIds,
            },
          };
        });
        if (options.json) {
          printJson({
            file: opened.file.fileName,
            sheet: opened.file.sheet,
            headerRow: opened.header.start + 1,
            headerRows: opened.header.count,
            headers: opened.headers,
            mapping: Object.fromEntries(
              IMPORT_FIELDS.flatMap((f) => {
                const column = mapping[f];
                return column === undefined ? [] : [[f, { column, header: opened.headers[column] }]];
              }),
            ),
            ...outcome,
          });
        } else {
          printReport(opened, mapping, outcome.report);
          if (outcome.applied)
            process.stdout.write(
              `Imported into ${outcome.assessmentId}: ${outcome.applied.created} added, ${outcome.applied.updated} updated.\n`,
            );
          else if (outcome.report.canApply) process.stdout.write('Dry run: nothing was written.\n');
        }
        if (!outcome.report.canApply) {
          const n = outcome.report.counts.errors;
          throw new AppError(
            'import_invalid',
            `Nothing was imported: the file has ${n} ${n === 1 ? 'error' : 'errors'}. Fix ${n === 1 ? 'it' : 'them'} in the file or with --mapping, then run the command again.`,
          );
        }
      },
    );
}

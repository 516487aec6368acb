import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/ipc/result';
import { writeChosenFile } from '../fs/atomic-write';
import { spreadsheetBytes } from '../interchange/spreadsheet-export';
import type { ServiceContext } from '../services/context';
import { APP_VERSION } from '../version';
import { printJson, resolveAssessmentId, withWorkspace, workspacePathOf } from './context';
import { evidenceStoreDirOf } from '../evidence/store';
import { INTERCHANGE_FORMATS } from './interchange-commands';
import { globalsOf } from './option-parsers';
import { warnIfLeavingEncryption } from './plaintext-warning';

/**
 * `fieldwork export --format F [--what W] --out FILE`: one command for every export format. Each format is
 * an entry of EXPORT_FORMATS; to add one (oscal-ar, oscal-poam, package…), write an ExportFormat in your
 * own module and add it to the list below. The command checks --what against the format's `what` list,
 * resolves the assessment, runs the format and prints the path (or JSON with --json).
 */
export interface ExportFormat {
  /** The value of --format, e.g. `csv`. */
  name: string;
  description: string;
  /** Accepted values of --what, the default first; empty when the format has no choice. */
  what: readonly string[];
  run(ctx: ServiceContext, request: ExportRequest): Promise<ExportResult>;
}

export interface ExportRequest {
  assessmentId: string;
  /** One of the format's `what` values, or undefined when it has none. */
  what: string | undefined;
  /** Absolute path of the file to write. */
  out: string;
  appVersion: string;
  /** The workspace's evidence store (formats that include evidence files). */
  storeDir: string;
}

/** What the command prints: the path, plus anything the format wants in the --json output. */
export interface ExportResult {
  path: string;
  [detail: string]: unknown;
}

function spreadsheetFormat(name: 'csv' | 'xlsx', description: string): ExportFormat {
  return {
    name,
    description,
    what: ['controls', 'remediation'],
    async run(ctx, { assessmentId, what, out, appVersion }) {
      const kind = what === 'remediation' ? 'remediation' : 'controls';
      writeChosenFile(out, await spreadsheetBytes(ctx, assessmentId, kind, name, appVersion), 'The spreadsheet');
      return { path: out, format: name, what: kind };
    },
  };
}

export const EXPORT_FORMATS: ExportFormat[] = [
  spreadsheetFormat('csv', 'control matrix or remediation plan as CSV (UTF-8 with BOM, RFC 4180)'),
  spreadsheetFormat('xlsx', 'control matrix or remediation plan as an Excel workbook (with an About sheet)'),
  ...INTERCHANGE_FORMATS,
];

export function registerExportCommand(program: Command, formats: readonly ExportFormat[] = EXPORT_FORMATS): void {
  const names = formats.map((f) => f.name);
  program
    .command('export')
    .description(
      `export an assessment for other tools: ${formats.map((f) => `${f.name} (${f.description})`).join('; ')}`,
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--format <format>', names.join(' | '))
    .option(
      '--what <what>',
      'what to export, for formats that offer a choice (csv, xlsx: controls | remediation; default controls)',
    )
    .requiredOption('--out <file>', 'where to write the file')
    .action(async (opts: { assessment?: string; format: string; what?: string; out: string }, command: Command) => {
      const options = globalsOf(command);
      const format = formats.find((f) => f.name === opts.format);
      if (!format)
        throw new AppError('invalid_input', `Unknown export format "${opts.format}"; use ${names.join(', ')}.`);
      if (opts.what !== undefined && !format.what.includes(opts.what)) {
        throw new AppError(
          'invalid_input',
          format.what.length === 0
            ? `--what does not apply to the ${format.name} format.`
            : `The ${format.name} format exports ${format.what.join(' or ')}, not "${opts.what}".`,
        );
      }
      const out = resolve(opts.out);
      const result = await withWorkspace(options, false, async (ctx) => {
        const written = await format.run(ctx, {
          assessmentId: resolveAssessmentId(ctx, opts.assessment),
          what: opts.what ?? format.what[0],
          out,
          appVersion: APP_VERSION,
          storeDir: evidenceStoreDirOf(workspacePathOf(options)),
        });
        // Every export format writes an unencrypted file.
        warnIfLeavingEncryption(ctx, out);
        return written;
      });
      if (options.json) printJson(result);
      else process.stdout.write(`${result.path}\n`);
    });
}

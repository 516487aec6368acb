import { Command, Option } from 'commander';
import { CATEGORY_KEYS, CONTROL_STATUSES, OWNER_FUNCTIONS } from '../../shared/domain';
import { formatPercent } from '../../shared/format';
import { AppError } from '../../shared/ipc/result';
import { reportOptionsSchema, type ReportOptions } from '../../shared/ipc/contract';
import { parseSectionList, REPORT_SECTIONS } from '../../shared/report/options';
import { createDemoAssessment } from '../demo/demo-assessment';
import { addDemoEvidence } from '../demo/demo-evidence';
import { evidenceStoreDirOf } from '../evidence/store';
import { createAssessment, getAssessment, listAssessments } from '../services/assessments';
import { updateControl } from '../services/controls';
import { scoreOf } from '../services/score';
import { renderReportPdf } from '../report/render';
import { writeChosenFile } from '../fs/atomic-write';
import { printJson, resolveAssessmentId, withWorkspace, workspacePathOf, type GlobalOptions } from './context';
import { formatTable } from './table';
import { warnIfLeavingEncryption } from './plaintext-warning';
import { registerCatalogCommands } from './catalog-commands';
import { registerAiReadinessCommands } from './ai-commands';
import { registerEvidenceCommands } from './evidence-commands';
import { registerReviewCommands } from './review-commands';
import { registerAuditCommands } from './audit-commands';
import { registerExportCommand } from './export-commands';
import { registerImportCommands } from './import-commands';
import { registerInterchangeCommands } from './interchange-commands';
import { registerWorkspaceCommands } from './workspace-commands';
import { APP_VERSION } from '../version';
import { resolve } from 'node:path';

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

interface ReportCommandOptions {
  assessment?: string;
  out: string;
  lang: string;
  sections?: string;
  watermark?: boolean;
  summaryOnly?: boolean;
}

/** `fieldwork report` flags as report options; an unknown section name is refused with the list of valid ones. */
function reportOptionsOf(opts: ReportCommandOptions): ReportOptions {
  let sections;
  try {
    sections = opts.sections === undefined ? undefined : parseSectionList(opts.sections);
  } catch (error) {
    throw new AppError('invalid_input', error instanceof Error ? error.message : String(error));
  }
  return reportOptionsSchema.parse({
    lang: opts.lang,
    ...(sections && { sections }),
    watermark: opts.watermark === true,
    summaryOnly: opts.summaryOnly === true,
  });
}

export function buildProgram(): Command {
  const program = new Command('fieldwork')
    .description('Fieldwork: offline SOC 2 readiness review for AI and ML products')
    .version(APP_VERSION)
    .option('--workspace <path>', 'workspace file (default: workspace.fwdb in your user-data folder)')
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError(false);

  program
    .command('demo')
    .description('create a realistic demo assessment (an AI company, Type II, mixed statuses, evidence, vendors)')
    .option(
      '--encrypt',
      `create the workspace encrypted; the passphrase comes from FIELDWORK_PASSPHRASE or a prompt, never an option`,
    )
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const assessment = await withWorkspace(options, true, async (ctx) => {
        const created = createDemoAssessment(ctx);
        await addDemoEvidence(ctx, evidenceStoreDirOf(workspacePathOf(options)), created);
        return created;
      });
      if (options.json) printJson(assessment);
      else {
        process.stdout.write(`${assessment.id}\n`);
        process.stderr.write(`Demo assessment created in ${workspacePathOf(options)}\n`);
      }
    });

  const assessment = program.command('assessment').description('create and list assessments');
  assessment
    .command('create')
    .description('create an assessment and its checklist')
    .option(
      '--encrypt',
      `create the workspace encrypted; the passphrase comes from FIELDWORK_PASSPHRASE or a prompt, never an option`,
    )
    .requiredOption('--org <name>', 'organisation')
    .requiredOption('--system <name>', 'system name')
    .addOption(new Option('--type <type>', 'report type').choices(['I', 'II']).makeOptionMandatory())
    .option(
      '--categories <list>',
      `comma-separated, from ${CATEGORY_KEYS.join(', ')} (security is always in scope)`,
      'security',
    )
    .option('--window-start <date>', 'observation window start, YYYY-MM-DD (Type II)')
    .option('--window-end <date>', 'observation window end, YYYY-MM-DD (Type II)')
    .option('--review-date <date>', 'day-60 review date, YYYY-MM-DD (default: window start + 60 days)')
    .option('--assessors <list>', 'comma-separated assessor names', '')
    .action(async (opts: Record<string, string | undefined>, command: Command) => {
      const options = globals(command);
      const categories = list(opts.categories ?? 'security');
      const unknown = categories.filter((c) => !(CATEGORY_KEYS as readonly string[]).includes(c));
      if (unknown.length > 0) {
        throw new AppError(
          'invalid_input',
          `Unknown category "${unknown.join(', ')}"; use ${CATEGORY_KEYS.join(', ')}.`,
        );
      }
      const created = await withWorkspace(options, true, (ctx) =>
        createAssessment(ctx, {
          organisation: opts.org,
          systemName: opts.system,
          reportType: opts.type,
          categories,
          windowStart: opts.windowStart ?? null,
          windowEnd: opts.windowEnd ?? null,
          reviewDate: opts.reviewDate ?? null,
          assessors: list(opts.assessors ?? ''),
        }),
      );
      if (options.json) printJson(created);
      else process.stdout.write(`${created.id}\n`);
    });
  assessment
    .command('list')
    .description('list the assessments in the workspace')
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const rows = await withWorkspace(options, false, (ctx) =>
        listAssessments(ctx.db).map((a) => ({ ...a, design: scoreOf(ctx, a.id).overall.design })),
      );
      if (options.json) return printJson(rows);
      process.stdout.write(
        `${formatTable(
          ['ID', 'Organisation', 'System', 'Type', 'Window', 'Review', 'Design'],
          rows.map((a) => [
            a.id,
            a.organisation,
            a.systemName,
            a.reportType,
            a.windowStart ? `${a.windowStart} → ${a.windowEnd ?? '…'}` : '—',
            a.reviewDate ?? '—',
            formatPercent(a.design, 'en'),
          ]),
        )}\n`,
      );
    });

  program
    .command('control')
    .description('edit the checklist')
    .command('set')
    .description("set a control's status, owner and notes")
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--control <id>', 'control id, e.g. AI-REG-02')
    .option('--status <status>', CONTROL_STATUSES.join(' | '))
    .option('--owner <name>', 'owner name')
    .option('--function <function>', OWNER_FUNCTIONS.join(' | '))
    .option('--justification <text>', 'required for not_applicable')
    .option('--notes <text>', 'notes')
    .option('--key', 'mark as a key control')
    .option('--no-key', 'mark as not a key control')
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      const options = globals(command);
      const status = opts.status as string | undefined;
      if (status !== undefined && !(CONTROL_STATUSES as readonly string[]).includes(status)) {
        throw new AppError('invalid_input', `Unknown status "${status}"; use ${CONTROL_STATUSES.join(', ')}.`);
      }
      const fn = opts.function as string | undefined;
      if (fn !== undefined && !(OWNER_FUNCTIONS as readonly string[]).includes(fn)) {
        throw new AppError('invalid_input', `Unknown owner function "${fn}"; use ${OWNER_FUNCTIONS.join(', ')}.`);
      }
      const updated = await withWorkspace(options, false, (ctx) => {
        const id = resolveAssessmentId(ctx, opts.assessment as string | undefined);
        return updateControl(ctx, id, String(opts.control).trim(), {
          ...(status !== undefined && { status: status as (typeof CONTROL_STATUSES)[number] }),
          ...(typeof opts.owner === 'string' && { ownerName: opts.owner }),
          ...(fn !== undefined && { ownerFunction: fn as (typeof OWNER_FUNCTIONS)[number] }),
          ...(typeof opts.justification === 'string' && { justification: opts.justification }),
          ...(typeof opts.notes === 'string' && { notes: opts.notes }),
          ...(typeof opts.key === 'boolean' && { isKey: opts.key }),
        });
      });
      if (options.json) printJson(updated);
      else
        process.stdout.write(
          `${updated.controlId}: ${updated.status}${updated.ownerName ? `, owner ${updated.ownerName}` : ''}\n`,
        );
    });

  program
    .command('score')
    .description('readiness per control, criterion, category and overall')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option(
      '--as-of <date>',
      'Type II: measure coverage as of this date, YYYY-MM-DD (default: today, capped at the window end)',
    )
    .action(async (opts: { assessment?: string; asOf?: string }, command: Command) => {
      const options = globals(command);
      const score = await withWorkspace(options, false, (ctx) =>
        scoreOf(ctx, resolveAssessmentId(ctx, opts.assessment), opts.asOf),
      );
      if (options.json) return printJson(score);
      const rows = [...score.categories, score.overall].map((c) => [
        c.id,
        formatPercent(c.design, 'en'),
        c.operating === null ? '—' : formatPercent(c.operating, 'en'),
        String(c.criteria),
        String(c.unaddressedCriteria),
        String(c.controls),
        String(c.unassessedControls),
      ]);
      process.stdout.write(
        `${formatTable(['Category', 'Design', 'Operating', 'Criteria', 'Unaddressed', 'Controls', 'Unassessed'], rows)}\n`,
      );
      if (score.asOf) process.stdout.write(`Operating readiness measured as of ${score.asOf}.\n`);
    });

  program
    .command('report')
    .description('write the PDF readiness report')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .addOption(new Option('--lang <lang>', 'report language').choices(['en', 'fr']).default('en'))
    .option('--sections <list>', `sections to print, comma-separated: ${REPORT_SECTIONS.join(',')} (default: all)`)
    .option('--watermark', 'print "CONFIDENTIAL" across every page')
    .option('--summary-only', 'management summary only: the cover and the executive summary')
    .action(async (opts: ReportCommandOptions, command: Command) => {
      const options = globals(command);
      const out = resolve(opts.out);
      const reportOptions = reportOptionsOf(opts);
      await withWorkspace(options, false, async (ctx) => {
        const id = resolveAssessmentId(ctx, opts.assessment);
        getAssessment(ctx, id);
        const pdf = await renderReportPdf(ctx, id, reportOptions, APP_VERSION);
        writeChosenFile(out, pdf, 'The report');
        warnIfLeavingEncryption(ctx, out);
      });
      if (options.json) printJson({ path: out });
      else process.stdout.write(`${out}\n`);
    });

  registerCatalogCommands(program);
  registerAiReadinessCommands(program);
  registerEvidenceCommands(program);
  registerReviewCommands(program);
  registerAuditCommands(program);
  registerExportCommand(program);
  registerImportCommands(program);
  registerInterchangeCommands(program);
  registerWorkspaceCommands(program);
  return program;
}

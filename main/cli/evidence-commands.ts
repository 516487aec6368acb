import type { Command } from 'commander';
import { resolve } from 'node:path';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../shared/domain';
import type { EvidenceCheck } from '../../shared/evidence';
import { AppError } from '../../shared/ipc/result';
import { evidenceStoreDirOf } from '../evidence/store';
import { addEvidenceFiles, listEvidenceOf, removeEvidence, setPopulation, verifyEvidence } from '../services/evidence';
import { printJson, resolveAssessmentId, withWorkspace, workspacePathOf, type GlobalOptions } from './context';
import { formatTable } from './table';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function list(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function count(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new AppError('invalid_input', `${option} must be a whole number (got "${value}").`);
  return Number(value);
}

interface AddOptions {
  assessment?: string;
  control: string[];
  file: string[];
  kind: string;
  source?: string;
  collectedBy?: string;
  collectedAt?: string;
  from?: string;
  to?: string;
  date?: string;
  notes?: string;
}

/** `--date D` is a point-in-time item; otherwise `--from D [--to D]`. */
function periodOf(opts: AddOptions): { periodFrom: string; periodTo?: string } {
  if (opts.date !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined)
      throw new AppError('invalid_input', 'Give either --date (one day) or --from/--to (a period), not both.');
    return { periodFrom: opts.date, periodTo: opts.date };
  }
  if (opts.from === undefined)
    throw new AppError(
      'invalid_input',
      'Say which period the evidence covers: --from D [--to D], or --date D for a single day.',
    );
  return { periodFrom: opts.from, ...(opts.to !== undefined && { periodTo: opts.to }) };
}

function statusLabel(check: EvidenceCheck): string {
  return check.status === 'ok' ? 'ok' : check.status.toUpperCase();
}

export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('add, list, verify and remove evidence files');
  const storeOf = (options: GlobalOptions) => evidenceStoreDirOf(workspacePathOf(options));

  evidence
    .command('add')
    .description('store files as evidence of one or more controls (hashed, kept once in <workspace>.evidence/)')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--control <ids>', 'control id(s), comma-separated or repeated (at least one)', collect, [])
    .option('--file <path>', 'file to add (repeat for several: all or nothing)', collect, [])
    .requiredOption('--kind <kind>', EVIDENCE_KINDS.join(' | '))
    .option('--source <system>', 'source system, e.g. "Okta" or "GitHub"')
    .option('--collected-by <name>', 'who collected it')
    .option('--collected-at <date>', 'collection date, YYYY-MM-DD (default: today)')
    .option('--from <date>', 'first day the evidence covers, YYYY-MM-DD')
    .option('--to <date>', 'last day the evidence covers (default: --from, a point in time)')
    .option('--date <date>', 'a point-in-time item: the single day it shows (same as --from D --to D)')
    .option('--notes <text>', 'notes')
    .action(async (opts: AddOptions, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const items = await withWorkspace(options, false, (ctx) =>
        addEvidenceFiles(ctx, storeOf(options), {
          assessmentId: resolveAssessmentId(ctx, opts.assessment),
          filePaths: opts.file.map((f) => resolve(f)),
          controlIds: list(opts.control),
          kind: opts.kind as EvidenceKind,
          sourceSystem: opts.source ?? '',
          collectedBy: opts.collectedBy ?? '',
          ...(opts.collectedAt !== undefined && { collectedAt: opts.collectedAt }),
          ...periodOf(opts),
          notes: opts.notes ?? '',
        }),
      );
      if (options.json) return printJson(items);
      for (const item of items) {
        process.stdout.write(`${item.id}\n`);
        process.stderr.write(
          `Added ${item.originalName} (sha256 ${item.sha256.slice(0, 12)}…, ${item.periodFrom} → ${item.periodTo}) to ${item.controlIds.join(', ')}\n`,
        );
      }
    });

  evidence
    .command('list')
    .description('list the evidence of an assessment')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const items = await withWorkspace(options, false, (ctx) =>
        listEvidenceOf(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(items);
      if (items.length === 0)
        return void process.stdout.write('No evidence yet; add some with "fieldwork evidence add".\n');
      process.stdout.write(
        `${formatTable(
          ['ID', 'File', 'Kind', 'Period', 'Controls', 'SHA-256'],
          items.map((i) => [
            i.id,
            i.originalName,
            i.kind,
            i.periodFrom === i.periodTo ? i.periodFrom : `${i.periodFrom} → ${i.periodTo}`,
            i.controlIds.join(' '),
            `${i.sha256.slice(0, 12)}…`,
          ]),
        )}\n`,
      );
    });

  evidence
    .command('verify')
    .description('re-hash every stored evidence file; exits 1 when any file was modified or is missing')
    .option('--assessment <id>', 'only this assessment (default: every assessment in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const result = await withWorkspace(options, false, (ctx) =>
        verifyEvidence(ctx, storeOf(options), opts.assessment),
      );
      if (options.json) printJson(result);
      else if (result.items.length > 0) {
        process.stdout.write(
          `${formatTable(
            ['Status', 'File', 'Evidence', 'Controls', 'Expected SHA-256'],
            result.items.map((c) => [statusLabel(c), c.originalName, c.evidenceId, c.controlIds.join(' '), c.sha256]),
          )}\n`,
        );
      }
      const { total, ok, modified, missing } = result.summary;
      if (ok === total) {
        if (!options.json) process.stdout.write(`All ${total} evidence file(s) match their recorded SHA-256.\n`);
        return;
      }
      const bad = result.items.filter((c) => c.status !== 'ok').map((c) => `${c.originalName} ${c.status}`);
      throw new AppError(
        'evidence_tampered',
        `${modified} modified and ${missing} missing of ${total} evidence file(s): ${bad.join(', ')}.`,
      );
    });

  evidence
    .command('remove')
    .description('remove evidence from a control, or entirely (the file goes only when no control uses it)')
    .requiredOption('--evidence <id>', 'evidence id (see "fieldwork evidence list")')
    .option('--control <id>', 'only unlink this control (the item goes with its last control)')
    .action(async (opts: { evidence: string; control?: string }, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const outcome = await withWorkspace(options, false, (ctx) =>
        removeEvidence(ctx, storeOf(options), opts.evidence.trim(), opts.control),
      );
      if (options.json) return printJson(outcome);
      const what = outcome.itemRemoved
        ? `Removed evidence ${opts.evidence}`
        : `Unlinked ${opts.control ?? ''} from evidence ${opts.evidence}`;
      const file = outcome.fileRemoved ? 'its stored file was deleted' : 'its stored file is kept (still used)';
      process.stdout.write(`${what}; ${file}.\n`);
    });

  evidence
    .command('population')
    .description('for a per-event control: how many events occurred so far, and how many are evidenced')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--control <id>', 'a per-event control id')
    .requiredOption('--population <n>', 'events that occurred in the window so far')
    .requiredOption('--evidenced <m>', 'events with evidence (0 ≤ m ≤ n)')
    .action(
      async (
        opts: { assessment?: string; control: string; population: string; evidenced: string },
        command: Command,
      ) => {
        const options = command.optsWithGlobals<GlobalOptions>();
        const population = count(opts.population, '--population');
        const evidenced = count(opts.evidenced, '--evidenced');
        const value = await withWorkspace(options, false, (ctx) =>
          setPopulation(ctx, resolveAssessmentId(ctx, opts.assessment), opts.control, population, evidenced),
        );
        if (options.json) return printJson(value);
        process.stdout.write(`${value.controlId}: ${value.evidenced} of ${value.population} event(s) evidenced.\n`);
      },
    );
}

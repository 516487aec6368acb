import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../../shared/interchange/portable';
import { AppError } from '../../shared/ipc/result';
import { writeChosenFile } from '../fs/atomic-write';
import { oscalJson } from '../interchange/interchange-files';
import { buildEvidencePackage } from '../interchange/package-build';
import { verifyPackage } from '../interchange/package-verify';
import { exportAssessmentFile } from '../interchange/portable-export';
import { importAssessmentFile } from '../interchange/portable-import';
import { isSealedFile } from '../interchange/sealed-file';
import { writeError } from '../interchange/zip-write';
import { evidenceStoreDirOf } from '../evidence/store';
import { checkNewPassphrase } from '../workspace/encryption';
import { APP_VERSION } from '../version';
import { printJson, resolveAssessmentId, withWorkspace, workspacePathOf } from './context';
import type { ExportFormat } from './export-commands';
import { globalsOf } from './option-parsers';
import { warnIfLeavingEncryption } from './plaintext-warning';
import { PASSPHRASE_ENV, terminalPrompt, type PromptPort } from './passphrase';
import { formatTable } from './table';

/**
 * Interchange on the command line: the OSCAL and evidence-package formats of `fieldwork export`,
 * `fieldwork package verify FILE`, and `fieldwork assessment export|import` for portable assessments.
 * A file passphrase comes from FIELDWORK_FILE_PASSPHRASE, else FIELDWORK_PASSPHRASE, else a prompt without
 * echo — never from an option, which would land in the shell's history.
 */

export const FILE_PASSPHRASE_ENV = 'FIELDWORK_FILE_PASSPHRASE';

function passphraseFromEnv(): string | null {
  for (const name of [FILE_PASSPHRASE_ENV, PASSPHRASE_ENV]) {
    const value = process.env[name];
    if (value !== undefined && value.length > 0) return value;
  }
  return null;
}

function noPassphrase(what: string): AppError {
  return new AppError(
    'passphrase_required',
    `${what}: set ${FILE_PASSPHRASE_ENV} (or ${PASSPHRASE_ENV}) in the environment, or run the command in a terminal to type it. It is never accepted as an option.`,
  );
}

/** A passphrase to encrypt a file with: from the environment, or typed twice. */
export async function filePassphraseToSeal(prompt: PromptPort = terminalPrompt): Promise<string> {
  const value = passphraseFromEnv();
  if (value !== null) {
    checkNewPassphrase(value);
    return value;
  }
  if (!prompt.isInteractive()) throw noPassphrase('A passphrase to encrypt the file is needed');
  const first = await prompt.hidden('Passphrase for the exported file: ');
  checkNewPassphrase(first);
  if ((await prompt.hidden('Type it again: ')) !== first)
    throw new AppError('passphrase_mismatch', 'The two passphrases differ; nothing was written.');
  return first;
}

/** The passphrase of an encrypted file being imported. */
export async function filePassphraseToOpen(path: string, prompt: PromptPort = terminalPrompt): Promise<string> {
  const value = passphraseFromEnv();
  if (value !== null) return value;
  if (!prompt.isInteractive()) throw noPassphrase(`${path} is encrypted and its passphrase is needed`);
  return prompt.hidden(`Passphrase for ${path}: `);
}

/** The OSCAL and evidence-package entries of `fieldwork export --format …` (export-commands.ts). */
export const INTERCHANGE_FORMATS: ExportFormat[] = [
  {
    name: 'oscal-ar',
    description: 'OSCAL 1.2.1 assessment results (JSON): one result per review or snapshot',
    what: [],
    run(ctx, { assessmentId, out, appVersion }) {
      writeChosenFile(out, oscalJson(ctx, assessmentId, 'assessment-results', appVersion), 'The OSCAL file');
      return Promise.resolve({ path: out, format: 'oscal-ar' });
    },
  },
  {
    name: 'oscal-poam',
    description: 'OSCAL 1.2.1 plan of action and milestones (JSON) from the remediation plan',
    what: [],
    run(ctx, { assessmentId, out, appVersion }) {
      writeChosenFile(out, oscalJson(ctx, assessmentId, 'poam', appVersion), 'The OSCAL file');
      return Promise.resolve({ path: out, format: 'oscal-poam' });
    },
  },
  {
    name: 'package',
    description: 'evidence package (zip): report, control matrix, OSCAL, every evidence file and a SHA-256 manifest',
    what: [],
    async run(ctx, { assessmentId, out, appVersion, storeDir }) {
      const summary = await buildEvidencePackage(ctx, storeDir, assessmentId, out, { appVersion });
      return { ...summary, format: 'package' };
    },
  },
];

const STATUS_LABEL: Record<string, string> = {
  ok: 'ok',
  changed: 'CHANGED',
  missing: 'MISSING',
  extra: 'EXTRA',
  unsafe: 'UNSAFE',
  duplicate: 'DUPLICATE',
  too_large: 'TOO LARGE',
  damaged: 'DAMAGED',
};

function assessmentCommandOf(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'assessment') ??
    program.command('assessment').description('create and list assessments')
  );
}

export function registerInterchangeCommands(program: Command): void {
  program
    .command('package')
    .description('evidence packages')
    .command('verify')
    .description(
      'check an evidence package against its manifest (hashes, missing and extra files, unsafe names, zip bombs); exit 1 on any problem',
    )
    .argument('<file>', 'the package (.zip)')
    .action(async (file: string, _opts: unknown, command: Command) => {
      const options = globalsOf(command);
      const report = await verifyPackage(resolve(file));
      if (options.json) printJson(report);
      else {
        if (report.manifest)
          process.stdout.write(
            `Package of ${report.manifest.assessment.systemName} (${report.manifest.assessment.organisation}), made ${report.manifest.createdAt} by ${report.manifest.generator}\n`,
          );
        if (report.files.length > 0)
          process.stdout.write(
            `${formatTable(
              ['Status', 'File', 'Detail'],
              report.files.map((f) => [STATUS_LABEL[f.status] ?? f.status, f.path, f.status === 'ok' ? '' : f.message]),
            )}\n`,
          );
        for (const problem of report.problems) process.stdout.write(`Problem: ${problem}\n`);
        const s = report.summary;
        process.stdout.write(
          `${s.ok} ok, ${report.files.length - s.ok} with a problem${report.problems.length > 0 ? `, ${report.problems.length} package problem(s)` : ''}.\n`,
        );
      }
      if (!report.ok) {
        const bad = report.files.filter((f) => f.status !== 'ok').length + report.problems.length;
        throw new AppError(
          'package_invalid',
          `The package does not match its manifest (${bad} problem${bad === 1 ? '' : 's'}); do not rely on it.`,
        );
      }
    });

  const assessment = assessmentCommandOf(program);
  assessment
    .command('export')
    .description(
      'export one assessment to a portable file (.fwassess): every record and evidence file, optionally encrypted',
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--out <file>', 'where to write the .fwassess file')
    .option('--encrypt', `encrypt with a passphrase (from ${FILE_PASSPHRASE_ENV} or ${PASSPHRASE_ENV}, or typed)`)
    .action(async (opts: { assessment?: string; out: string; encrypt?: boolean }, command: Command) => {
      // This command's --encrypt is about the exported file; the global one (create a workspace encrypted) does not apply.
      const options = { ...globalsOf(command) };
      delete options.encrypt;
      const out = resolve(opts.out);
      const passphrase = opts.encrypt ? await filePassphraseToSeal() : undefined;
      const storeDir = evidenceStoreDirOf(workspacePathOf(options));
      const result = await withWorkspace(options, false, async (ctx) => {
        const exported = await exportAssessmentFile(ctx, storeDir, resolveAssessmentId(ctx, opts.assessment), out, {
          appVersion: APP_VERSION,
          passphrase,
        }).catch((error: unknown) => {
          throw writeError(out, error);
        });
        if (!exported.encrypted) warnIfLeavingEncryption(ctx, out);
        return exported;
      });
      if (options.json) printJson(result);
      else process.stdout.write(`${result.path}\n`);
      if (!options.json)
        process.stderr.write(
          `${result.records} records and ${result.evidenceFiles} evidence files${result.encrypted ? ', encrypted' : ''}.\n`,
        );
    });

  assessment
    .command('import')
    .description(
      'import a portable assessment file (.fwassess); the same assessment already here is never overwritten silently',
    )
    .argument('<file>', 'the .fwassess file')
    .addOption(
      new Option(
        '--on-duplicate <choice>',
        'when this workspace already holds the assessment: copy (keep both), replace, or cancel',
      ).choices([...DUPLICATE_CHOICES]),
    )
    .action(async (file: string, opts: { onDuplicate?: DuplicateChoice }, command: Command) => {
      const options = globalsOf(command);
      const path = resolve(file);
      const passphrase = (await isSealedFile(path).catch(() => false)) ? await filePassphraseToOpen(path) : undefined;
      const storeDir = evidenceStoreDirOf(workspacePathOf(options));
      const result = await withWorkspace(options, false, async (ctx) => {
        try {
          return await importAssessmentFile(ctx, storeDir, path, { passphrase, onDuplicate: opts.onDuplicate });
        } catch (error) {
          if (error instanceof AppError && error.code === 'duplicate_assessment') {
            throw new AppError(error.code, `${error.message} Run again with --on-duplicate copy, replace or cancel.`);
          }
          throw error;
        }
      });
      if (options.json) return printJson(result);
      if (result.status === 'cancelled')
        process.stdout.write('Cancelled: this workspace already holds the assessment, nothing was imported.\n');
      else {
        const how = {
          new: 'Imported',
          copy: 'Imported as a copy (new ids)',
          replace: 'Replaced the assessment with the file’s version',
        }[result.mode ?? 'new'];
        process.stdout.write(`${result.assessmentId ?? ''}\n`);
        process.stderr.write(`${how}: ${result.records} records, ${result.evidenceFilesStored} new evidence files.\n`);
      }
    });
}

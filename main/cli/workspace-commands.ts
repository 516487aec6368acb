import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result';
import {
  checkBackup,
  createBackup,
  findBackup,
  listBackups,
  preserveCurrentFiles,
  replaceWithBackup,
  type BackupInfo,
} from '../backup/backups';
import { detectWorkspaceFile } from '../db/cipher';
import { closeWorkspaceDb, integrityOf, openWorkspaceDb, schemaVersion } from '../db/open';
import { evidenceCipherOf } from '../evidence/data-key';
import { evidenceStoreDirOf } from '../evidence/store';
import { changePassphrase, encryptWorkspaceFile } from '../workspace/encryption';
import { printJson, workspacePathOf, type GlobalOptions } from './context';
import { existingPassphrase, NEW_PASSPHRASE_ENV, newPassphrase } from './passphrase';
import { formatTable } from './table';

function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function backupRow(b: BackupInfo): string[] {
  return [
    b.name,
    b.createdAt.slice(0, 19).replace('T', ' '),
    b.kind,
    `${Math.max(1, Math.round(b.size / 1024))} KiB`,
    b.encrypted ? 'yes' : 'no',
  ];
}

/** `fieldwork workspace info|encrypt|rekey|backups|backup|restore`. */
export function registerWorkspaceCommands(program: Command): void {
  const workspace = program.command('workspace').description('encryption, passphrase and backups of a workspace');

  workspace
    .command('info')
    .description('what the workspace file is: encrypted or not, schema, integrity, evidence store, backups')
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const path = workspacePathOf(options);
      const kind = detectWorkspaceFile(path);
      if (kind === 'missing') throw new AppError('workspace_not_found', `No workspace at ${path}.`);
      const passphrase = kind === 'encrypted' ? await existingPassphrase(path) : undefined;
      const db = openWorkspaceDb(path, passphrase !== undefined ? { passphrase } : {});
      let info;
      try {
        info = {
          path,
          encrypted: kind === 'encrypted',
          cipher:
            kind === 'encrypted' ? 'SQLCipher 4 (AES-256-CBC, HMAC-SHA512, PBKDF2-SHA512 256,000 iterations)' : null,
          evidenceSealed: evidenceCipherOf(db) !== null,
          schemaVersion: schemaVersion(db),
          integrity: integrityOf(db),
          sizeBytes: sizeOf(path),
          evidenceStore: evidenceStoreDirOf(path),
          evidenceFiles: db.prepare('SELECT count(*) FROM evidence_files').pluck().get() as number,
          backups: listBackups(path).length,
        };
      } finally {
        closeWorkspaceDb(db);
      }
      if (options.json) return printJson(info);
      const rows = Object.entries(info).map(([key, value]) => [key, value === null ? '—' : String(value)]);
      process.stdout.write(`${formatTable(['Property', 'Value'], rows)}\n`);
    });

  workspace
    .command('encrypt')
    .description('encrypt a plain workspace and its evidence (the unencrypted original is kept beside it)')
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const path = workspacePathOf(options);
      if (detectWorkspaceFile(path) !== 'plain')
        throw new AppError('already_encrypted', `${path} is already encrypted, or is not a workspace.`);
      const passphrase = await newPassphrase(path);
      const outcome = await encryptWorkspaceFile(path, passphrase, new Date());
      if (options.json) return printJson(outcome);
      process.stdout.write(`${path} is now encrypted (${outcome.sealedFiles} evidence files sealed).\n`);
      process.stderr.write(
        `The unencrypted original was kept at ${outcome.keptOriginal}${outcome.keptEvidence ? ` and its evidence at ${outcome.keptEvidence}` : ''}.\n` +
          'Delete them (and any unencrypted backups) once you have checked the encrypted workspace.\n',
      );
      if (outcome.unreadableEvidence.length > 0) {
        process.stderr.write(
          `${outcome.unreadableEvidence.length} evidence files were missing or altered before encryption; "fieldwork evidence verify" lists them.\n`,
        );
      }
    });

  workspace
    .command('rekey')
    .description(
      `change the passphrase (current from FIELDWORK_PASSPHRASE, new from ${NEW_PASSPHRASE_ENV}, or prompts)`,
    )
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const path = workspacePathOf(options);
      if (detectWorkspaceFile(path) !== 'encrypted')
        throw new AppError('not_encrypted', `${path} is not encrypted, so it has no passphrase to change.`);
      const current = await existingPassphrase(path);
      const db = openWorkspaceDb(path, { passphrase: current });
      let backup;
      try {
        const next = await newPassphrase(path, NEW_PASSPHRASE_ENV);
        backup = changePassphrase(db, path, current, next, new Date()); // closes db
        const reopened = openWorkspaceDb(path, { passphrase: next });
        try {
          createBackup(reopened, path, 'auto', new Date());
        } finally {
          closeWorkspaceDb(reopened);
        }
      } finally {
        closeWorkspaceDb(db);
      }
      if (options.json) return printJson({ path, backup: backup.name });
      process.stdout.write(`The passphrase of ${path} was changed.\n`);
      process.stderr.write(`Backups made before now (e.g. ${backup.name}) still open with the old passphrase.\n`);
    });

  workspace
    .command('backups')
    .description('list the backups of the workspace, newest first')
    .action((_opts, command: Command) => {
      const options = globals(command);
      const backups = listBackups(workspacePathOf(options));
      if (options.json) return printJson(backups);
      if (backups.length === 0) {
        process.stdout.write('No backups yet.\n');
        return;
      }
      process.stdout.write(
        `${formatTable(['Name', 'Taken (UTC)', 'Kind', 'Size', 'Encrypted'], backups.map(backupRow))}\n`,
      );
    });

  workspace
    .command('backup')
    .description('take a backup now (kept until you delete it)')
    .action(async (_opts, command: Command) => {
      const options = globals(command);
      const path = workspacePathOf(options);
      const passphrase = detectWorkspaceFile(path) === 'encrypted' ? await existingPassphrase(path) : undefined;
      const db = openWorkspaceDb(path, passphrase !== undefined ? { passphrase } : {});
      try {
        const backup = createBackup(db, path, 'manual', new Date());
        if (options.json) printJson(backup);
        else process.stdout.write(`${backup.path}\n`);
      } finally {
        closeWorkspaceDb(db);
      }
    });

  workspace
    .command('restore')
    .description('put a backup in the workspace’s place, after keeping the current state as a backup')
    .option('--backup <name>', 'the backup to restore (see "fieldwork workspace backups")')
    .option('--latest', 'the newest backup that passes the integrity check')
    .action(async (opts: { backup?: string; latest?: boolean }, command: Command) => {
      const options = globals(command);
      const path = workspacePathOf(options);
      if (!opts.backup && !opts.latest)
        throw new AppError('invalid_input', 'Name a backup with --backup NAME, or use --latest.');
      const encrypted = detectWorkspaceFile(path) === 'encrypted' || listBackups(path)[0]?.encrypted === true;
      const passphrase = encrypted ? await existingPassphrase(path) : null;
      const candidates = opts.backup
        ? [findBackup(path, opts.backup)]
        : listBackups(path).filter((b) => b.kind !== 'damaged');
      const chosen = candidates.find((b) => {
        try {
          checkBackup(b, passphrase);
          return true;
        } catch (error) {
          if (opts.backup) throw error;
          return false;
        }
      });
      if (!chosen) throw new AppError('no_good_backup', `No backup of ${path} passes the integrity check.`);
      const preserved = preserveBeforeRestore(path, passphrase);
      replaceWithBackup(path, chosen);
      if (options.json) return printJson({ restored: chosen.name, preserved });
      process.stdout.write(`Restored ${chosen.name}; the previous state was kept as ${preserved}.\n`);
    });
}

/** A backup of the current state before a restore: a clean copy if it opens, the files as they are if not. */
function preserveBeforeRestore(path: string, passphrase: string | null): string {
  try {
    const db = openWorkspaceDb(
      path,
      passphrase !== null && detectWorkspaceFile(path) === 'encrypted' ? { passphrase } : {},
    );
    try {
      return createBackup(db, path, 'before-restore', new Date()).name;
    } finally {
      closeWorkspaceDb(db);
    }
  } catch (error) {
    if (error instanceof AppError && error.code !== 'workspace_corrupt' && error.code !== 'workspace_unreadable')
      throw error;
    return preserveCurrentFiles(path, 'damaged', new Date());
  }
}

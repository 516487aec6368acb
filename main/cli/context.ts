import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { bundledCatalog } from '../catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../db/open';
import { osUserName } from '../db/audit-session';
import type { ServiceContext } from '../services/context';
import { defaultWorkspacePath } from '../workspace-path';
import { AppError } from '../../shared/ipc/result';
import { listAssessments } from '../db/assessments';
import { passphraseToOpen } from './passphrase';

export interface GlobalOptions {
  workspace?: string;
  json?: boolean;
  /** Create the workspace encrypted (commands that create one); the passphrase never comes from a flag. */
  encrypt?: boolean;
}

export function workspacePathOf(options: GlobalOptions): string {
  return options.workspace
    ? resolve(options.workspace)
    : defaultWorkspacePath(process.platform, process.env, homedir());
}

/** Opens the workspace for one command and always closes it, even when the command fails. */
export async function withWorkspace<T>(
  options: GlobalOptions,
  create: boolean,
  run: (ctx: ServiceContext) => T | Promise<T>,
): Promise<T> {
  const path = workspacePathOf(options);
  const passphrase = await passphraseToOpen(path, create, options.encrypt === true);
  // The audit trail records command-line changes under FIELDWORK_ACTOR, or the OS account that ran the command.
  const db: Db = openWorkspaceDb(path, {
    create,
    actor: process.env.FIELDWORK_ACTOR?.trim() || osUserName(),
    ...(passphrase !== undefined && { passphrase }),
  });
  try {
    return await run({ db, catalog: bundledCatalog(), now: () => new Date() });
  } finally {
    closeWorkspaceDb(db);
  }
}

/** The assessment a command acts on: the one named, or the only one in the workspace. */
export function resolveAssessmentId(ctx: ServiceContext, given: string | undefined): string {
  if (given) return given;
  const all = listAssessments(ctx.db);
  if (all.length === 1 && all[0]) return all[0].id;
  throw new AppError(
    'assessment_required',
    all.length === 0
      ? 'This workspace holds no assessment yet; create one with "fieldwork assessment create" or "fieldwork demo".'
      : `This workspace holds ${all.length} assessments; name one with --assessment ID (see "fieldwork assessment list").`,
  );
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

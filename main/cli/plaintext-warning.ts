import { workspaceIsEncrypted } from '../evidence/data-key';
import type { ServiceContext } from '../services/context';

/** The line a command prints when it wrote an unencrypted file out of an encrypted workspace. */
export function plaintextWarning(out: string): string {
  return `Warning: ${out} is not encrypted, but the workspace it comes from is; keep and share it with the same care.`;
}

/**
 * Warns on stderr, in one line, that a file just written leaves encryption (PDF, spreadsheets, OSCAL, the
 * evidence package, an unencrypted portable file). Plain workspaces print nothing; the exit code is unchanged.
 */
export function warnIfLeavingEncryption(ctx: ServiceContext, out: string): void {
  if (workspaceIsEncrypted(ctx.db)) process.stderr.write(`${plaintextWarning(out)}\n`);
}

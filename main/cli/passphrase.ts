import { AppError } from '../../shared/ipc/result';
import { detectWorkspaceFile } from '../db/cipher';
import { checkNewPassphrase } from '../workspace/encryption';

/**
 * Passphrases on the command line: from the environment (FIELDWORK_PASSPHRASE; FIELDWORK_NEW_PASSPHRASE
 * for the new one of a rekey) or typed at a prompt without echo. Never from a flag, which would land in
 * the shell's history and in `ps`. Without a terminal and without the variable, a clear error.
 */
export const PASSPHRASE_ENV = 'FIELDWORK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'FIELDWORK_NEW_PASSPHRASE';

/** What reads a line without echo; a test can hand in its own. */
export interface PromptPort {
  isInteractive(): boolean;
  hidden(question: string): Promise<string>;
}

/** Reads a line from the terminal in raw mode, echoing nothing; Ctrl+C cancels. */
function readHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  // Echo off before the prompt shows, so that nothing typed right after it is ever echoed.
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new AppError('cancelled', 'Cancelled; nothing was changed.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    }
    stdin.on('data', onData);
  });
}

export const terminalPrompt: PromptPort = {
  isInteractive: () => Boolean(process.stdin.isTTY) && typeof process.stdin.setRawMode === 'function',
  hidden: readHidden,
};

function fromEnv(name: string): string | null {
  const value = process.env[name];
  return value !== undefined && value.length > 0 ? value : null;
}

function noSource(path: string, variable: string, what: string): AppError {
  return new AppError(
    'passphrase_required',
    `${what} for ${path} is needed: set ${variable} in the environment, or run the command in a terminal to type it. It is never accepted as an option, so that it stays out of shell history.`,
  );
}

/** The passphrase of an existing encrypted workspace. */
export async function existingPassphrase(path: string, prompt: PromptPort = terminalPrompt): Promise<string> {
  const value = fromEnv(PASSPHRASE_ENV);
  if (value !== null) return value;
  if (!prompt.isInteractive()) throw noSource(path, PASSPHRASE_ENV, 'The passphrase');
  return prompt.hidden(`Passphrase for ${path}: `);
}

/** A new passphrase: from the environment, or typed twice. At least 8 characters. */
export async function newPassphrase(
  path: string,
  variable = PASSPHRASE_ENV,
  prompt: PromptPort = terminalPrompt,
): Promise<string> {
  const value = fromEnv(variable);
  if (value !== null) {
    checkNewPassphrase(value);
    return value;
  }
  if (!prompt.isInteractive()) throw noSource(path, variable, 'A new passphrase');
  const first = await prompt.hidden(`New passphrase for ${path}: `);
  checkNewPassphrase(first);
  const second = await prompt.hidden('Type it again: ');
  if (first !== second) throw new AppError('passphrase_mismatch', 'The two passphrases differ; nothing was changed.');
  return first;
}

/**
 * The passphrase `withWorkspace` opens a workspace with: the existing one when the file is encrypted; a
 * new one when `encrypt` asks for a workspace this command creates; none for a plain workspace.
 */
export async function passphraseToOpen(path: string, create: boolean, encrypt: boolean): Promise<string | undefined> {
  const kind = detectWorkspaceFile(path);
  if (kind === 'encrypted') return existingPassphrase(path);
  if (!encrypt) return undefined;
  if (kind === 'plain') {
    throw new AppError(
      'workspace_not_encrypted',
      `${path} already exists and is not encrypted; encrypt it with "fieldwork workspace encrypt".`,
    );
  }
  if (!create) throw new AppError('workspace_not_found', `No workspace at ${path}.`);
  return newPassphrase(path);
}

import { CommanderError } from 'commander';
import { toUserError } from '../ipc/invoke';
import { buildProgram } from './commands';

/** The command-line entry: one clear line and a non-zero exit on any error, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({
    writeErr: (text) => process.stderr.write(text.startsWith('error:') ? `fieldwork: ${text}` : text),
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    process.stderr.write(`fieldwork: error: ${toUserError(error).message}\n`);
    return 1;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fieldwork: error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);

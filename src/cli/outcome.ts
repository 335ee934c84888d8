// How a command's end becomes the process's exit code: the full command's entry (main.ts) and
// the headless play's own (play-entry.ts) end the same way, with the same messages.
import { ScenarioError } from '../scenario/parse';
import { WorldFileError } from '../world-file-error';
import { ExportFileError } from '../export/errors';
import { printError, printErrorText } from './print';
import { UsageError } from './usage';

/** The exit code of a command: its own, or 2 for a mistake in what the user handed us (one line
 * on stderr), or 1 for a bug (its stack). */
export async function settle(command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (e) {
    if (isUserError(e)) {
      printError(e.message);
      return 2;
    }
    return bug(e);
  }
}

/** Sets the exit code once the command is done, without cutting stdout short. */
export function exitWhenDone(code: Promise<number>): void {
  code.then(
    (c) => {
      process.exitCode = c;
    },
    (e) => {
      process.exitCode = bug(e);
    },
  );
}

/** A bug: its stack on stderr, and exit code 1. */
function bug(e: unknown): number {
  printErrorText(`bluepacket: internal error\n${e instanceof Error ? e.stack : String(e)}\n`);
  return 1;
}

/** A mistake in what the user handed us (exit 2, one line), as opposed to a bug (exit 1). */
function isUserError(e: unknown): e is Error {
  if (e instanceof UsageError || e instanceof ScenarioError || e instanceof WorldFileError || e instanceof ExportFileError) return true;
  if (!(e instanceof Error)) return false;
  // node:util's parseArgs reports an unknown option, a missing value or a stray argument.
  return e.name === 'StoreError' || ('code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS_'));
}

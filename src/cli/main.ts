// The entry point of bin/bluepacket. Commands that need no terminal stay light: the Ink UI is
// imported only when the session starts.
import { ScenarioError } from '../scenario/parse';
import { WorldFileError } from '../world-file-error';
import { ExportFileError } from '../export/errors';
import { drawCommand } from './draw-command';
import { playTuiCommand, printPlayCommand } from './play-command';
import { printError, printErrorText, printOut } from './print';
import { HELP, UsageError } from './usage';

function helpLang(argv: string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'zh';
}

export async function main(argv: string[]): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
      printOut(HELP[helpLang(argv)]);
      return 0;
    }
    const [command, ...rest] = argv;
    switch (command) {
      case 'play':
        if (rest.includes('--tui')) return await playTuiCommand(rest);
        return await printPlayCommand(rest);
      case 'draw':
        printOut(drawCommand(rest));
        return 0;
      case 'export': {
        const { exportCommand } = await import('./export-command');
        return exportCommand(rest);
      }
      case 'insights': {
        const { insightsCommand } = await import('./insights-command');
        return await insightsCommand(rest);
      }
      case 'lookbook': {
        const { lookbookCommand } = await import('./lookbook-command');
        return await lookbookCommand(rest);
      }
      default: {
        if (command !== undefined && !command.startsWith('-')) throw new UsageError(`unknown command "${command}" (see --help)`);
        const { sessionCommand } = await import('./session-command');
        return await sessionCommand(argv);
      }
    }
  } catch (e) {
    if (isUserError(e)) {
      printError(e.message);
      return 2;
    }
    printErrorText(`bluepacket: internal error\n${e instanceof Error ? e.stack : String(e)}\n`);
    return 1;
  }
}

/** A mistake in what the user handed us (exit 2, one line), as opposed to a bug (exit 1). */
function isUserError(e: unknown): e is Error {
  if (e instanceof UsageError || e instanceof ScenarioError || e instanceof WorldFileError || e instanceof ExportFileError) return true;
  if (!(e instanceof Error)) return false;
  // node:util's parseArgs reports an unknown option, a missing value or a stray argument.
  return e.name === 'StoreError' || ('code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS_'));
}

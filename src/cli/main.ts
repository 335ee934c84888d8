// The entry point of bin/bluepacket. Commands that need no terminal stay light: the Ink UI is
// imported only when the session starts.
import { ScenarioError } from '../scenario/parse';
import { WorldFileError } from '../world-file';
import { drawCommand } from './draw-command';
import { playCommand, playTuiCommand } from './play-command';
import { HELP, UsageError } from './usage';

function helpLang(argv: string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'zh';
}

export async function main(argv: string[]): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
      process.stdout.write(HELP[helpLang(argv)]);
      return 0;
    }
    const [command, ...rest] = argv;
    switch (command) {
      case 'play':
        if (rest.includes('--tui')) return await playTuiCommand(rest);
        process.stdout.write(playCommand(rest));
        return 0;
      case 'draw':
        process.stdout.write(drawCommand(rest));
        return 0;
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
    if (e instanceof UsageError || e instanceof ScenarioError || e instanceof WorldFileError) {
      process.stderr.write(`bluepacket: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === 'StoreError') {
      process.stderr.write(`bluepacket: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Error && 'code' in e && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`bluepacket: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`bluepacket: internal error\n${e instanceof Error ? e.stack : String(e)}\n`);
    return 1;
  }
}

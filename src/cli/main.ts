// The entry point of bin/bluepacket. Commands that need no terminal stay light: the Ink UI is
// imported only when the session starts. A headless `play` is run by bin/bluepacket from its own
// smaller bundle (play-entry.ts), with the same command and the same ending as here.
import { drawCommand } from './draw-command';
import { settle } from './outcome';
import { playTuiCommand, printPlayCommand } from './play-command';
import { printOut } from './print';
import { HELP, UsageError } from './usage';

function helpLang(argv: string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'zh';
}

export function main(argv: string[]): Promise<number> {
  return settle(async () => {
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
  });
}

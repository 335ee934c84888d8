// `bluepacket` with no command: the interactive session in the terminal panes, on the data file.
import { parseArgs } from 'node:util';
import { initialState } from '../domain/world';
import { DEFAULT_START, parseIso } from '../domain/time';
import { DEFAULT_DB } from '../paths';
import { bundledWorld } from '../world-file';
import { declareInteractive } from './interactive';
import { noColor } from './colour';
import { langOption, recordOption, themeOption, usersOption } from './options';
import { printError } from './print';
import { UsageError } from './usage';

export async function sessionCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      seed: { type: 'string' },
      users: { type: 'string' },
      group: { type: 'string' },
      lang: { type: 'string' },
      reset: { type: 'boolean' },
      crowd: { type: 'string' },
      record: { type: 'string' },
      theme: { type: 'string' },
      as: { type: 'string' },
    },
    strict: true,
  });
  const lang = langOption(values.lang);
  const theme = themeOption(values.theme);
  const db = values.db ?? DEFAULT_DB();
  const record = recordOption(values.record, db);
  const users = usersOption(values.users);
  if (values.crowd !== undefined && !/^\d{1,4}$/.test(values.crowd)) throw new UsageError('--crowd is a number of bots, 0 for none');
  if (values.as !== undefined && users) throw new UsageError('--as shows one person full-screen; --users chooses the panes: give one or the other');
  if (values.as !== undefined && values.as.trim() === '') throw new UsageError('--as needs a user id (e.g. --as dad)');
  // No terminal (piped, CI): say where to go instead of failing inside Ink. Ink's
  // isRawModeSupported is undefined, not false, without a TTY, so test the streams themselves.
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    printError(
      lang === 'zh'
        ? '界面需要终端（TTY）。无界面运行场景请用：bin/bluepacket play FILE [--json]'
        : 'the UI needs a terminal (TTY). To play a scenario headless: bin/bluepacket play FILE [--json]',
    );
    return 2;
  }
  declareInteractive();
  const { applyTheme } = await import('../ui/theme');
  applyTheme(theme, !noColor());
  const { startTui } = await import('../ui/tui');
  const world = bundledWorld();
  return startTui({
    db,
    reset: values.reset === true,
    lang,
    init: () => initialState(world, values.seed ?? 'bluepacket', parseIso(DEFAULT_START)!),
    ...(users ? { users } : {}),
    ...(values.group ? { group: values.group } : {}),
    ...(values.as !== undefined ? { as: values.as.trim() } : {}),
    // The bots who race the panes (the world's settings.crowd; --crowd overrides, 0 = none).
    crowd: values.crowd !== undefined ? Number(values.crowd) : (world.settings?.crowd ?? 0),
    ...(record ? { record } : {}),
  });
}

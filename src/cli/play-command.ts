// `bluepacket play FILE [--json] [--lang zh|en]`: the headless runner of SCENARIOS.md.
import { parseArgs } from 'node:util';
import { parseScenario } from '../scenario/parse';
import { playScenario } from '../scenario/play';
import { documentText } from '../scenario/json-text';
import { playedJson } from '../scenario/report-json';
import { playedText } from '../scenario/report-text';
import { jsonSafe } from '../text/sanitize';
import { MB, readBoundedText, UnreadableFileError } from '../bounded-file';
import { bundledWorld } from '../world-file';
import { ScenarioError } from '../scenario/parse';
import { declareInteractive } from './interactive';
import { langOption, recordOption, usersOption } from './options';
import { printError } from './print';
import { UsageError } from './usage';

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  tui: { type: 'boolean' },
  speed: { type: 'string' },
  step: { type: 'boolean' },
  users: { type: 'string' },
  record: { type: 'string' },
} as const;

/** `play FILE --tui`: the scenario in the panes. Needs a terminal, like the session. */
export async function playTuiCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const lang = langOption(values.lang, 'play: ');
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 0 || speed > 100) throw new UsageError('play: --speed is a number from 0 (instant) to 100; 1 is the readable default');
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const scenario = readScenario(positionals[0]!);
  const record = recordOption(values.record);
  const users = usersOption(values.users);
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    printError('play --tui needs a terminal (TTY); without one, drop --tui to play headless');
    return 2;
  }
  declareInteractive();
  const { startPlayerTui } = await import('../player/tui');
  return startPlayerTui({
    scenario,
    world: scenario.world ?? bundledWorld(),
    lang,
    speed,
    step: values.step === true,
    ...(record ? { record } : {}),
    ...(users ? { users } : {}),
  });
}

/** A scenario file is at most this large: a designer's story is kilobytes; 100k steps are about 5 MB (9 MB indented). */
export const MAX_SCENARIO_BYTES = 20 * MB;

export function readScenario(file: string) {
  let text: string;
  try {
    text = readBoundedText(file, MAX_SCENARIO_BYTES);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new ScenarioError(file, 'file', e.message);
    throw e;
  }
  return parseScenario(text, file);
}

export function playCommand(argv: string[]): string {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const lang = langOption(values.lang, 'play: ');
  const scenario = readScenario(positionals[0]!);
  const played = playScenario(scenario, scenario.world ?? bundledWorld());
  return values.json ? jsonSafe(documentText(playedJson(played, lang))) + '\n' : playedText(played, lang);
}

// `bluepacket play FILE [--json] [--lang zh|en]`: the headless runner of SCENARIOS.md; and
// `play FILE --tui`, the scenario in the panes.
import { parseArgs } from 'node:util';
import type { Scenario } from '../scenario/parse';
import { parseScenario } from '../scenario/parse';
import { playScenario } from '../scenario/play';
import { documentText } from '../scenario/json-text';
import { playedJson } from '../scenario/report-json';
import { playedLines, type ReportLine } from '../scenario/report-text';
import { jsonSafe } from '../text/sanitize';
import { MB, readBoundedText, UnreadableFileError } from '../bounded-file';
import { bundledWorld } from '../world-file';
import { ScenarioError } from '../scenario/parse';
import { noColor, plainPaint, reportPaint } from './colour';
import { declareInteractive } from './interactive';
import { langOption, recordOption, themeOption, usersOption } from './options';
import { printError, printOut, printReport, reportText } from './print';
import { UsageError } from './usage';

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  tui: { type: 'boolean' },
  speed: { type: 'string' },
  step: { type: 'boolean' },
  users: { type: 'string' },
  record: { type: 'string' },
  at: { type: 'string' },
  theme: { type: 'string' },
} as const;

/**
 * `--at MARK` or `--at N`: how many steps are done at that moment. A mark names the moment right
 * after its step; `N` is a step's index (steps[N], `#N` in the account), and the moment is the
 * same: right after it. A mark's name wins over a number that is also a mark's name.
 */
export function atOption(value: string | undefined, scenario: Scenario): number | undefined {
  if (value === undefined) return undefined;
  const marked = scenario.steps.find((s) => s.mark === value);
  if (marked) return marked.i + 1;
  const last = scenario.steps.length - 1;
  if (/^\d+$/.test(value) && Number(value) <= last) return Number(value) + 1;
  const marks = scenario.steps.filter((s) => s.mark !== null).map((s) => s.mark);
  throw new UsageError(
    `play: --at is a mark of the scenario or a step's index, 0 to ${last} (opens right after that step)` + (marks.length ? `; its marks: ${marks.join(', ')}` : '; it has no marks'),
  );
}

/** `play FILE --tui`: the scenario in the panes. Needs a terminal, like the session. */
export async function playTuiCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const lang = langOption(values.lang, 'play: ');
  const theme = themeOption(values.theme, 'play: ');
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 0 || speed > 100) throw new UsageError('play: --speed is a number from 0 (instant) to 100; 1 is the readable default');
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const scenario = readScenario(positionals[0]!);
  const at = atOption(values.at, scenario);
  const record = recordOption(values.record);
  const users = usersOption(values.users);
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    printError('play --tui needs a terminal (TTY); without one, drop --tui to play headless');
    return 2;
  }
  declareInteractive();
  const { applyTheme } = await import('../ui/theme');
  applyTheme(theme, !noColor());
  const { startPlayerTui } = await import('../player/tui');
  return startPlayerTui({
    scenario,
    world: scenario.world ?? bundledWorld(),
    lang,
    speed,
    step: values.step === true,
    ...(at !== undefined ? { at } : {}),
    ...(record ? { record } : {}),
    ...(users ? { users } : {}),
  });
}

/** A scenario file is at most this large: a designer's story is kilobytes; 100k steps are about 5 MB (9 MB indented). */
export const MAX_SCENARIO_BYTES = 20 * MB;

export function readScenario(file: string): Scenario {
  let text: string;
  try {
    text = readBoundedText(file, MAX_SCENARIO_BYTES);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new ScenarioError(file, 'file', e.message);
    throw e;
  }
  return parseScenario(text, file);
}

/** Play headless: the --json document, or the account's lines. */
function playHeadless(argv: string[]): { json: string } | { lines: ReportLine[] } {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const lang = langOption(values.lang, 'play: ');
  const scenario = readScenario(positionals[0]!);
  const played = playScenario(scenario, scenario.world ?? bundledWorld());
  return values.json ? { json: jsonSafe(documentText(playedJson(played, lang))) + '\n' } : { lines: playedLines(played, lang) };
}

/** The output of `play FILE` as plain text (what a pipe gets). */
export function playCommand(argv: string[]): string {
  const out = playHeadless(argv);
  return 'json' in out ? out.json : reportText(out.lines, plainPaint);
}

/** Play headless and print the account (coloured on a terminal) or the --json document. */
export function printPlayCommand(argv: string[]): number {
  const out = playHeadless(argv);
  if ('json' in out) printOut(out.json);
  else printReport(out.lines, reportPaint());
  return 0;
}

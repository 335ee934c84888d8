// `bluepacket play FILE [--json] [--lang zh|en]`: the headless runner of SCENARIOS.md; and
// `play FILE --tui`, the scenario in the panes.
import { parseArgs } from 'node:util';
import { quickWorld } from '../domain/world-check';
import type { Scenario } from '../scenario/parse';
import { scenarioFrom, scenarioSource } from '../scenario/parse';
import { playStep, startScenario } from '../scenario/play';
import { PART, playedJsonParts, StepEntries } from '../scenario/report-json-parts';
import { plainPaint, textEnd, textHead, textLines, textStep, type Paint } from '../scenario/report-text';
import { MB, readBoundedText, UnreadableFileError } from '../bounded-file';
import { readBundledWorld } from '../bundled-world';
import { ScenarioError } from '../scenario/parse';
import { declareInteractive } from './interactive';
import { langOption, recordOption, themeOption, usersOption } from './options';
import { printError, printOutPart, stdoutMayColour } from './print';
import { UsageError } from './usage';

/** The options of `play`, headless and --tui. */
export const OPTIONS = {
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
  const scenario = await readScenario(positionals[0]!);
  const at = atOption(values.at, scenario);
  const record = recordOption(values.record);
  const users = usersOption(values.users);
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    printError('play --tui needs a terminal (TTY); without one, drop --tui to play headless');
    return 2;
  }
  declareInteractive();
  const { applyTheme } = await import('../ui/theme');
  const { noColor } = await import('./colour');
  applyTheme(theme, !noColor());
  const { startPlayerTui } = await import('../player/tui');
  return startPlayerTui({
    scenario,
    world: scenario.world ?? (await readBundledWorld()),
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

/** The scenario file, checked; the world's schema is loaded only for a world it must explain. */
export async function readScenario(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = readBoundedText(file, MAX_SCENARIO_BYTES);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new ScenarioError(file, 'file', e.message);
    throw e;
  }
  const source = scenarioSource(text, file);
  if (!source.hasWorld) return scenarioFrom(source, null);
  // A plainly valid world is taken as the schema would make it; anything else is checked by the
  // schema itself, which says what is wrong.
  const world = quickWorld(source.top.world);
  return scenarioFrom(source, world ? () => ({ ok: true, world }) : (await import('../domain/world')).parseWorld);
}

/** The report as it is made, written in parts of about PART characters. */
class ReportOut {
  private parts: string[] = [];
  private size = 0;

  add(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= PART ? this.flush() : undefined;
  }

  flush(): Promise<void> | undefined {
    if (this.size === 0) return undefined;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return printOutPart(text);
  }
}

/** The steps in order, each let go of once played: a long scenario's steps are not all kept to the end. */
function* letGo<T>(steps: T[]): Generator<T> {
  const left: Array<T | undefined> = steps.splice(0);
  for (let i = 0; i < left.length; i++) {
    const step = left[i]!;
    left[i] = undefined;
    yield step;
  }
}

/**
 * How the account is coloured: by its lines' roles on a terminal (src/cli/colour.ts), plain when
 * piped, none under NO_COLOR. Chalk and the theme are loaded only when stdout could take colour
 * (a terminal, or FORCE_COLOR set, which chalk reads the same way): piped, play loads neither.
 */
async function accountPaint(): Promise<Paint> {
  if (!stdoutMayColour()) return plainPaint;
  return (await import('./colour')).reportPaint();
}

/**
 * A headless play's arguments: `FILE` and `--json` alone (what a script or a benchmark gives) are
 * read here, since node:util's parseArgs is loaded and compiled on its first use, a millisecond
 * of a run that plays nothing; anything else (an option with a value, a dash) goes to parseArgs,
 * which says what is wrong the way it always has.
 */
export function playArgs(argv: string[]): { values: { json?: boolean; lang?: string }; positionals: string[] } {
  const positionals: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    else positionals.push(arg);
  }
  return { values: json ? { json } : {}, positionals };
}

/** `play FILE`: the account (coloured on a terminal) or the --json document on stdout, written
 * as the steps are played. */
export async function printPlayCommand(argv: string[]): Promise<number> {
  const { values, positionals } = playArgs(argv);
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const lang = langOption(values.lang, 'play: ');
  const scenario = await readScenario(positionals[0]!);
  const run = startScenario(scenario, scenario.world ?? (await readBundledWorld()), { history: false });
  if (values.json) {
    // The document's `end` comes before its steps: what their entries need waits for the end.
    const steps = new StepEntries(lang);
    for (const step of letGo(scenario.steps)) steps.add(run, playStep(run, step));
    const out = new ReportOut();
    for (const part of playedJsonParts(run, steps)) {
      const full = out.add(part);
      if (full) await full;
    }
    out.add('\n');
    await out.flush();
    return 0;
  }
  // Each line is coloured as it is written.
  const paint = await accountPaint();
  const out = new ReportOut();
  out.add(textLines(textHead(run, lang), paint));
  for (const step of letGo(scenario.steps)) {
    const full = out.add(textLines(textStep(run, playStep(run, step), lang), paint));
    if (full) await full;
  }
  for (const part of textEnd(run, lang)) {
    const full = out.add(textLines(part, paint));
    if (full) await full;
  }
  await out.flush();
  return 0;
}

// `bluepacket insights FILE [--json] [--lang zh|en]`: play a scenario headless and show its
// insights — the relationship graph, the leaderboard, tags, gifts over time, where the money
// went — as text (in colour on a terminal), or as one JSON document.
import { parseArgs } from 'node:util';
import { playScenario } from '../scenario/play';
import { insightsJson, insightsLines } from '../insights/report';
import { documentText } from '../scenario/json-text';
import { jsonSafe } from '../text/sanitize';
import { readBundledWorld } from '../bundled-world';
import { langOption } from './options';
import { readScenario } from './play-command';
import { printLines, printOut } from './print';
import { UsageError } from './usage';

export async function insightsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, lang: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('insights: give exactly one scenario FILE');
  const lang = langOption(values.lang, 'insights: ');
  const scenario = await readScenario(positionals[0]!);
  const { state } = playScenario(scenario, scenario.world ?? (await readBundledWorld()));
  if (values.json) printOut(jsonSafe(documentText(insightsJson(state, lang, { name: scenario.name, seed: scenario.seed }))) + '\n');
  else await printLines(insightsLines(state, lang, scenario.name));
  return 0;
}

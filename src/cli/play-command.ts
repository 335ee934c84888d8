// `bluepacket play FILE [--json] [--lang zh|en]`: the headless runner of SCENARIOS.md.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLang } from '../i18n';
import { parseScenario } from '../scenario/parse';
import { playScenario } from '../scenario/play';
import { playedJson } from '../scenario/report-json';
import { playedText } from '../scenario/report-text';
import { bundledWorld } from '../world-file';
import { ScenarioError } from '../scenario/parse';
import { UsageError } from './usage';

export function playCommand(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, lang: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('play: give exactly one scenario FILE');
  const lang = values.lang ?? 'zh';
  if (!isLang(lang)) throw new UsageError('play: --lang is zh or en');
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScenarioError(file, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const scenario = parseScenario(text, file);
  const played = playScenario(scenario, scenario.world ?? bundledWorld());
  return values.json ? JSON.stringify(playedJson(played, lang), null, 2) + '\n' : playedText(played, lang);
}

// Play a scenario both ways, in-process: the real runner (parse + play + report-json, what
// `bin/bluepacket play FILE --json` prints) and the naive interpreter written from the contract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playNaive, type NaiveOutcome } from '../../bench/naive/interpreter';
import { parseWorld } from '../../src/domain/world';
import { parseScenario, ScenarioError } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { playedJson } from '../../src/scenario/report-json';
import { bundledWorld } from '../../src/world-file';

export const ROOT = join(import.meta.dirname, '../..');
export const BUNDLED_WORLD_JSON: unknown = JSON.parse(readFileSync(join(ROOT, 'data/world.json'), 'utf8'));

export type RealOutcome = { exit: 0; doc: unknown } | { exit: 2; message: string };

/** The real runner on a scenario object, as `play FILE --json` would read it from `file`. */
export function playReal(scenario: unknown, file = 'scenario.json'): RealOutcome {
  try {
    const parsed = parseScenario(JSON.stringify(scenario), file, parseWorld);
    const played = playScenario(parsed, parsed.world ?? bundledWorld());
    // Through JSON, as the binary prints it: undefined fields vanish, key presence is what a reader sees.
    return { exit: 0, doc: JSON.parse(JSON.stringify(playedJson(played))) };
  } catch (e) {
    if (e instanceof ScenarioError) return { exit: 2, message: e.message };
    throw e;
  }
}

export function playBoth(scenario: unknown, file = 'scenario.json'): { real: RealOutcome; naive: NaiveOutcome } {
  return { real: playReal(scenario, file), naive: playNaive(JSON.parse(JSON.stringify(scenario)), BUNDLED_WORLD_JSON, file) };
}

/** The first difference between two JSON values, as a path and the two values, or null. Key
 * order is ignored; key presence is not. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path}: real ${JSON.stringify(a)} vs naive ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: real ${JSON.stringify(a)} vs naive ${JSON.stringify(b)}`;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    for (let i = 0; i < Math.max(a.length, bb.length); i++) {
      if (i >= a.length || i >= bb.length) return `${path}: length real ${a.length} vs naive ${bb.length}; first extra ${JSON.stringify(i >= a.length ? bb[i] : a[i])}`;
      const d = firstDifference(a[i], bb[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of Object.keys(ao)) if (!Object.hasOwn(bo, k)) return `${path}.${k}: only in real (${JSON.stringify(ao[k])})`;
  for (const k of Object.keys(bo)) if (!Object.hasOwn(ao, k)) return `${path}.${k}: only in naive (${JSON.stringify(bo[k])})`;
  for (const k of Object.keys(ao)) {
    const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** The difference between the two outcomes (exit codes, then documents), or null when they agree. */
export function outcomeDifference(real: RealOutcome, naive: NaiveOutcome): string | null {
  if (real.exit !== naive.exit)
    return `exit: real ${real.exit}${real.exit === 2 ? ` (${real.message})` : ''} vs naive ${naive.exit}${naive.exit === 2 ? ` (step ${naive.step} ${naive.field}: ${naive.why})` : ''}`;
  if (real.exit === 0 && naive.exit === 0) return firstDifference(real.doc, naive.doc);
  return null;
}

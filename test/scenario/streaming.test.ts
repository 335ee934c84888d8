// `play` writes its report as the steps are played, without keeping their outcomes or the event
// log. What it prints must be exactly the report made whole from a full history: the --json
// document as documentText writes it (packets in send order and users by id, whatever their keys
// look like) and the account line for line.
import { spawnSync } from 'node:child_process';
import { Chalk } from 'chalk';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario, playStep, startScenario } from '../../src/scenario/play';
import { documentText } from '../../src/scenario/json-text';
import { playedJson } from '../../src/scenario/report-json';
import { playedLines, playedText, textLines } from '../../src/scenario/report-text';
import { reportPaint } from '../../src/cli/colour';
import { jsonSafe } from '../../src/text/sanitize';
import { bundledWorld } from '../../src/world-file';
import { randomScenario } from '../../bench/corpus';

const BIN = join(__dirname, '../../bin/bluepacket');
const LIBRARY = join(__dirname, '../../data/scenarios');
const dir = mkdtempSync(join(tmpdir(), 'bp-stream-'));

/** What `play` prints, and the report made whole from a history-keeping run. In colour (as on a
 * terminal: FORCE_COLOR, chalk's level 1), the whole account is coloured line by line by role. */
function both(file: string, args: string[], colour = false) {
  const env = { PATH: process.env.PATH ?? '', ...(colour ? { FORCE_COLOR: '1' } : {}) };
  const printed = spawnSync(process.execPath, [BIN, 'play', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env });
  expect(printed.stderr).toBe('');
  const scenario = parseScenario(readFileSync(file, 'utf8'), file, parseWorld);
  const played = playScenario(scenario, scenario.world ?? bundledWorld());
  const lang = args.includes('en') ? 'en' : 'zh';
  const whole = args.includes('--json')
    ? jsonSafe(documentText(playedJson(played, lang))) + '\n'
    : colour
      ? textLines(playedLines(played, lang), reportPaint({}, new Chalk({ level: 1 })))
      : playedText(played, lang);
  return { printed: printed.stdout, whole };
}

// Labels that an object would list out of order, one that is a prototype's name, and enough
// packets and steps to be written in several parts.
const send = (label: string) => ({ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 2 }, label });
const ordered = {
  seed: 'order',
  world: 'default',
  steps: [
    ...['b', '10', '2', '__proto__', '007', '1', 'a'].map(send),
    { settings: { dailySendLimit: 0 } },
    ...Array.from({ length: 300 }, (_, i) => send(`x${i}`)),
    send('12'),
    ...Array.from({ length: 900 }, (_, i) => ({ as: 'dad', claim: `x${i % 300}`, note: `第${i}次 🎉` })),
    { advance: '2d' },
  ],
};

describe('play writes its report as it plays, and prints the report made whole', () => {
  const files = [
    ...readdirSync(LIBRARY).map((f) => join(LIBRARY, f)),
    ...[3, 11, 42].map((i) => {
      const f = join(dir, `random-${i}.json`);
      writeFileSync(f, JSON.stringify(randomScenario(`stream-${i}`, 200)));
      return f;
    }),
    (() => {
      const f = join(dir, 'ordered.json');
      writeFileSync(f, JSON.stringify(ordered));
      return f;
    })(),
    (() => {
      const f = join(dir, 'empty.json');
      writeFileSync(f, JSON.stringify({ seed: 'e', steps: [] }));
      return f;
    })(),
  ];
  it.each(files.map((f) => [f.replace(/^.*\//, ''), f]))('%s', (_, file) => {
    for (const args of [['--json'], [], ['--json', '--lang', 'en'], ['--lang', 'en']]) {
      const { printed, whole } = both(file, args);
      expect(printed.length, args.join(' ')).toBe(whole.length);
      expect(printed === whole, args.join(' ')).toBe(true);
    }
  });

  it('colours the account as it writes it: each line by its role, the same bytes as the whole account coloured', () => {
    for (const file of [join(dir, 'ordered.json'), join(dir, 'random-3.json'), join(LIBRARY, 'company-annual-gifts.json')]) {
      const { printed, whole } = both(file, [], true);
      expect(printed).toMatch(/\u001b\[36m#0 /);
      expect(printed === whole, file).toBe(true);
      // and only colour: the words are the plain account's
      expect(printed.replace(/\u001b\[[0-9;]*m/g, '')).toBe(both(file, []).printed);
    }
    // NO_COLOR wins over FORCE_COLOR: the plain account
    const file = join(dir, 'ordered.json');
    const plain = spawnSync(process.execPath, [BIN, 'play', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout;
    expect(plain).toBe(both(file, []).printed);
  });

  it('keeps packets in send order, integer-like labels included, in every part it writes', () => {
    const { printed } = both(join(dir, 'ordered.json'), ['--json']);
    // As written (JSON.parse would list them in an object's order whatever the text's).
    const keys = [...printed.matchAll(/^ {4}"([^"]*)": \{$/gm)].map((m) => m[1]).slice(0, 7);
    expect(keys).toEqual(['b', '10', '2', '__proto__', '007', '1', 'a']);
  });

  it('keeps no history when asked: no outcomes, no event log, the same state', () => {
    const scenario = parseScenario(JSON.stringify(ordered), 'ordered.json', parseWorld);
    const full = playScenario(scenario, bundledWorld());
    const lean = startScenario(scenario, bundledWorld(), { history: false });
    for (const step of scenario.steps) playStep(lean, step);
    expect(lean.outcomes).toEqual([]);
    expect(lean.state.events).toEqual([]);
    expect(full.state.events.length).toBeGreaterThan(1000);
    expect({ ...lean.state, events: [] }).toEqual({ ...full.state, events: [] });
  });
});

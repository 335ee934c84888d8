// The contract as an outside checker sees it: bin/bluepacket itself (the bundle `npm test` builds).
// Exit codes, the exit-2 message naming the file, the step and the field, one JSON document on
// stdout, byte-identical replays, and random scenarios against the naive interpreter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { playNaive } from '../../bench/naive/interpreter';
import { familyWorld, flowScenarioArb, scenarioArb } from './arbitrary';
import { BUNDLED_WORLD_JSON, firstDifference, ROOT } from './harness';
import { presenceProblems, worldFacts } from './presence';

const BIN = join(ROOT, 'bin/bluepacket');
const play = (file: string) => spawnSync(process.execPath, [BIN, 'play', file, '--json'], { encoding: 'utf8' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-contract-'));
});
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

const grab = { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 1 }, label: 'g1' };

describe('exit codes', () => {
  it('0 for a valid file played to the end, refusals and all; stdout is one JSON document and nothing else', () => {
    const r = play(write('ok.json', { seed: 's', world: familyWorld(), steps: [grab, { as: 'dad', claim: 'g1' }, { as: 'ming', claim: 'g1' }, { as: 'nobody', claim: 'g1' }] }));
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(r.stdout);
    expect(doc.steps.map((s: { ok: boolean; code?: string }) => s.code ?? 'ok')).toEqual(['ok', 'ok', 'SOLD_OUT', 'UNKNOWN_USER']);
  });

  // Each invalid file: the fragments its one line on stderr must hold (the step and the field).
  const settingsFile = (settings: Record<string, unknown>) => ({ seed: 's', world: familyWorld(settings), steps: [] });
  const INVALID: Array<[string, unknown, string[]]> = [
    ['commission-big', settingsFile({ commission: 31 }), ['"world.settings.commission"']],
    ['commission-negative', settingsFile({ commission: -1 }), ['"world.settings.commission"']],
    ['commission-fraction', settingsFile({ commission: 2.5 }), ['"world.settings.commission"']],
    ['commission-string', settingsFile({ commission: '20' }), ['"world.settings.commission"']],
    ['discount-big', settingsFile({ codeDiscount: 51 }), ['"world.settings.codeDiscount"']],
    ['limit-negative', settingsFile({ dailySendLimit: -1 }), ['"world.settings.dailySendLimit"']],
    ['limit-string', settingsFile({ dailySendLimit: '8' }), ['"world.settings.dailySendLimit"']],
    ['mutual-string', settingsFile({ mutualFriendsOnly: 'yes' }), ['"world.settings.mutualFriendsOnly"']],
    ['ship-words', settingsFile({ shipAfter: '2 hours' }), ['"world.settings.shipAfter"']],
    ['deliver-number', settingsFile({ deliverAfter: 48 }), ['"world.settings.deliverAfter"']],
    ['creator', { seed: 's', world: { ...familyWorld(), catalog: [{ id: 'art', title: '画', category: 'custom', delivery: 'virtual', creator: 'picasso', specs: [{ id: 'a', label: 'a', price: 100 }] }] }, steps: [] }, ['"world.catalog[0].creator"', 'art']],
    ['split', { seed: 's', world: familyWorld(), steps: [grab, { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 100, count: 1, split: 'random' } }] }, ['step 1', '"send.split"']],
    ['mode', { seed: 's', steps: [{ advance: '1h' }, { as: 'mom', send: { mode: 'bomb' } }] }, ['step 1', '"send.mode"']],
    ['count-type', { seed: 's', steps: [{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', count: '3' } }] }, ['step 0', '"send.count"']],
    ['verb', { seed: 's', steps: [{ advance: '1h' }, { advance: '1h' }, { as: 'mom', dance: 'g1' }] }, ['step 2', '"dance"']],
    ['label-twice', { seed: 's', steps: [grab, grab] }, ['step 1', '"label"']],
    ['settings-step', { seed: 's', steps: [{ settings: { commission: 40 } }] }, ['step 0', '"settings.commission"']],
    ['advance', { seed: 's', steps: [{ advance: '1w' }] }, ['step 0', '"advance"']],
    // 1e400 is a JSON number too large for a double: it reads as Infinity, and the message says so.
    ['amount-overflow', '{"seed":"s","steps":[{"as":"mom","send":{"mode":"redpacket","group":"family","amount":1e400,"count":1}}]}', ['step 0', '"send.amount"', 'too large']],
    ['seed', { steps: [] }, ['"seed"']],
    ['start', { seed: 's', start: '2025-01-28 20:00', steps: [] }, ['"start"']],
  ];
  it.each(INVALID)('2 for an invalid file (%s): stderr names the file, the step and the field; stdout is empty', (name, content, parts) => {
    const file = write(`${name}.json`, content);
    const r = play(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    for (const part of [`${name}.json`, ...parts]) expect(r.stderr).toContain(part);
    // The naive interpreter reads the same file as invalid.
    expect(playNaive(typeof content === 'string' ? JSON.parse(content) : content, BUNDLED_WORLD_JSON).exit).toBe(2);
  });
});

describe('replays and random files through the binary', () => {
  const samples = [...fc.sample(flowScenarioArb, { numRuns: 4, seed: 9 }), ...fc.sample(scenarioArb, { numRuns: 3, seed: 9 })];
  it.each(samples.map((s, i) => [i, s] as const))('random scenario %i: the binary prints what the naive interpreter computes, twice byte for byte', (i, scenario) => {
    const file = write(`random-${i}.json`, scenario);
    const first = play(file);
    const second = play(file);
    expect(second.stdout).toBe(first.stdout);
    const naive = playNaive(scenario, BUNDLED_WORLD_JSON, file);
    expect(first.status).toBe(naive.exit);
    if (naive.exit !== 0) return;
    const doc = JSON.parse(first.stdout);
    expect(firstDifference(doc, naive.doc)).toBeNull();
    const { deliveryOf, startTotal } = worldFacts((scenario as { world?: unknown }).world, BUNDLED_WORLD_JSON);
    expect(presenceProblems(doc, deliveryOf, startTotal)).toEqual([]);
  });

  it('`users` is printed sorted by id, ids that look like numbers included', () => {
    const user = (id: string, friends: string[]) => ({ id, name: id, wallet: 1000, friends });
    const file = write('numeric.json', {
      seed: 'n',
      world: { users: [user('b', ['10']), user('10', ['9']), user('9', ['b'])], catalog: [{ id: 'card', title: '卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'c', label: 'c', price: 100 }] }] },
      steps: ['9', 'b', '10'].map((as, k) => ({ as, send: { mode: 'direct', to: ['b', '10', '9'][k], sku: 'card' } })),
    });
    const text = play(file).stdout;
    const users = text.slice(text.indexOf('\n  "users": {'), text.indexOf('\n  "leaderboard"'));
    expect([...users.matchAll(/^ {4}"([^"]+)":/gm)].map((m) => m[1])).toEqual(['10', '9', 'b']);
  });
});

// The --json document written by hand (report-json-parts.ts, json-value.ts, the sanitizer's
// jsonString) must be byte for byte what the encoder writes: jsonSafe(JSON.stringify(…, null, 2))
// and, for a whole report, jsonSafe(documentText(playedJson(…))). These tests hold the hand writer
// to the encoder over any value, and over reports whose states hold what no engine makes.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import type { Packet } from '../../src/domain/types';
import { parseScenario } from '../../src/scenario/parse';
import { playStep, startScenario, type Played } from '../../src/scenario/play';
import { documentText } from '../../src/scenario/json-text';
import { jsonValue, scalarText } from '../../src/scenario/json-value';
import { playedJson } from '../../src/scenario/report-json';
import { playedJsonParts, StepEntries } from '../../src/scenario/report-json-parts';
import { jsonSafe, jsonString } from '../../src/text/sanitize';
import { bundledWorld } from '../../src/world-file';
import { randomScenario } from '../../bench/corpus';
import { HOSTILE } from '../support/hostile';

/** What the encoder writes for `value` as the member `k` of an object at depth `depth - 1`
 * (undefined when it leaves the member out). */
function encoded(value: unknown, depth: number): string | undefined {
  let wrapped: unknown = { k: value };
  for (let i = 1; i < depth; i++) wrapped = { k: wrapped };
  const text = jsonSafe(JSON.stringify(wrapped, null, 2));
  // The innermost key's line: the wrappers' keys stand less deep, the value's own lines deeper.
  const key = `\n${'  '.repeat(depth)}"k": `;
  const at = text.indexOf(key);
  if (at < 0) return undefined;
  // The value is what stands between its key and the closing lines of the wrappers.
  let end = text.length;
  for (let i = 0; i < depth; i++) end = text.lastIndexOf('\n', end - 1);
  return text.slice(at + key.length, end);
}

/** Strings an encoder could trip on: hostile ones, lone surrogates, quotes, digits, prototype names. */
const nasty = fc.oneof(
  fc.constantFrom(...HOSTILE.slice(0, 60), '', '"', '\\', '"\\"', '\ud800', 'a\udfff', '🎁\ud83c', '9', '007', '__proto__', 'constructor', 'toJSON', '妈妈 ¥19.90'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const numbers = fc.oneof(fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, -1.5));

/** Values of the report's kinds, and what JSON leaves out or calls. */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nasty,
    numbers,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nasty, tie('value'), { maxKeys: 4 }),
    fc.dictionary(nasty, tie('value'), { maxKeys: 3, noNullPrototype: false }),
    tie('value').map((v) => ({ toJSON: (key: string) => ({ key, v }) })),
  ),
})).value;

describe('jsonString: a string as the document writes it', () => {
  it('is jsonSafe(JSON.stringify(s)) for every hostile string and any string of code units', () => {
    for (const s of HOSTILE) expect(jsonString(s)).toBe(jsonSafe(JSON.stringify(s)));
    fc.assert(
      fc.property(nasty, (s) => {
        expect(jsonString(s)).toBe(jsonSafe(JSON.stringify(s)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('jsonValue: a value as the encoder lays it out', () => {
  it('writes -0, non-finite numbers, undefined, toJSON, digit-like and prototype keys as JSON.stringify does', () => {
    const o = JSON.parse('{"b": 1, "10": [1, null], "2": {}, "__proto__": {"x": []}, "a": -0}');
    o.u = undefined;
    o.f = () => 1;
    o.arr = [undefined, () => 1, NaN, -Infinity, -0];
    o.date = new Date(0);
    o.boxed = [new String('s\u202e'), new Number(-0), new Boolean(false)];
    for (const depth of [1, 2, 3, 5]) expect(jsonValue(o, depth, 'k')).toBe(encoded(o, depth));
    expect(jsonValue(undefined, 1)).toBeUndefined();
    expect(scalarText(-0)).toBe('0');
    expect(scalarText(NaN)).toBe('null');
    expect(scalarText({})).toBeUndefined();
  });
  it('is byte for byte the encoder over any value, at any depth', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 4 }), (v, depth) => {
        const wrapped = JSON.stringify({ k: v });
        // Left out (undefined, a function): the encoder writes no member at all.
        if (wrapped === '{}') expect(jsonValue(v, depth, 'k')).toBeUndefined();
        else expect(jsonValue(v, depth, 'k')).toBe(encoded(v, depth));
      }),
      { numRuns: 1500 },
    );
  });
});

/** A file's report in parts, joined, and the report made whole (or what either threw: a moment
 * that is no number throws in both). */
function bothReports(played: Played, steps: StepEntries, handWrittenFrom?: number) {
  const attempt = (f: () => string) => {
    try {
      return f();
    } catch (e) {
      return `threw ${String(e)}`;
    }
  };
  return { parts: attempt(() => [...playedJsonParts(played, steps, handWrittenFrom)].join('')), whole: attempt(() => jsonSafe(documentText(playedJson(played)))) };
}

function playedFrom(scenario: ReturnType<typeof parseScenario>) {
  const played = startScenario(scenario, scenario.world ?? bundledWorld());
  const steps = new StepEntries('zh');
  for (const step of scenario.steps) steps.add(played, playStep(played, step));
  return { played, steps };
}

describe('the report in parts is the report made whole', () => {
  const LIBRARY = join(__dirname, '../../data/scenarios');
  const files = readdirSync(LIBRARY).map((f) => [f, readFileSync(join(LIBRARY, f), 'utf8')] as const);
  for (let i = 0; i < 8; i++) files.push([`random-${i}`, JSON.stringify(randomScenario(`parts-${i}`, 150))]);

  // Each report written both ways: its packets by the encoder (as a short report's are) and by hand.
  it.each(files)('%s', (name, text) => {
    for (const handWrittenFrom of [undefined, 0]) {
      const { played, steps } = playedFrom(parseScenario(text, name, parseWorld));
      const { parts, whole } = bothReports(played, steps, handWrittenFrom);
      expect(parts === whole, `hand-written from ${handWrittenFrom}`).toBe(true);
    }
  });

  it('writes what no engine makes exactly as the encoder does: missing fields, odd numbers, hostile strings, labels that look like numbers or prototypes', () => {
    const text = readFileSync(join(LIBRARY, 'redpacket-vs-bluepacket.json'), 'utf8');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('holder', 'voucher', 'price', 'amount', 'order', 'state', 'at', 'redeemed', 'sku', 'spec'), values), { maxLength: 12 }), fc.array(nasty, { maxLength: 4 }), (changes, labels) => {
        const { played, steps } = playedFrom(parseScenario(text, 'odd', parseWorld));
        const packets = Object.values(played.state.packets) as Packet[];
        for (const [n, field, value] of changes) {
          const p = packets[n % packets.length]!;
          const u = p.units[n % Math.max(1, p.units.length)];
          if (u) (u as unknown as Record<string, unknown>)[field] = value;
          else if (p.red) (p.red as unknown as Record<string, unknown>).amount = value;
        }
        labels.forEach((label, k) => played.labelOf.set(packets[k % packets.length]!.id, label));
        const { parts, whole } = bothReports(played, steps, 0);
        expect(parts).toBe(whole);
      }),
      { numRuns: 150 },
    );
  });
});

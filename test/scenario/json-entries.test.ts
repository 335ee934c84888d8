// The hand writers of a long report's step entries and relations (report-json-entries.ts) must
// write byte for byte what the encoder writes, made safe by jsonSafe: these tests give them every
// kind of value a result may hold, hostile strings in every place a string goes (so that a string
// not passed through the sanitizer fails them), and values they must leave to the encoder. The
// table the relations are written from (relationTable) must hold what relations() always gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../src/domain/errors';
import { relations, relationsFrom, relationTable, tieOf } from '../../src/domain/social';
import type { State } from '../../src/domain/types';
import { insideText } from '../../src/scenario/json-text';
import { entryOf, type StepRecord } from '../../src/scenario/report-json';
import { EntryTexts, relationTexts } from '../../src/scenario/report-json-entries';
import { jsonSafe } from '../../src/text/sanitize';
import { HOSTILE } from '../support/hostile';

/** Strings an encoder could trip on: hostile ones, lone surrogates, quotes, digits, prototype names. */
const nasty = fc.oneof(
  fc.constantFrom(...HOSTILE, '', '"', '\\', '\ud800', 'a\udfff', '9', '10', '007', '__proto__', 'constructor', 'toJSON', '妈妈 ¥19.90', 'a>b', '>'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** A step's entry as the encoder writes it inside `steps`, made safe. */
const encoded = (i: number, record: StepRecord, lang: 'zh' | 'en') => jsonSafe(insideText([entryOf(i, record, lang)], 1));

describe('EntryTexts: a step entry written by hand', () => {
  it('writes an accepted step without a result and every refusal, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const hand = new EntryTexts(lang);
      expect(hand.entry(0, null)).toBe(encoded(0, null, lang));
      for (const [k, code] of REFUSAL_CODES.entries()) {
        expect(hand.entry(k, code)).toBe(encoded(k, code, lang));
        // Twice: the second from what the first kept.
        expect(hand.entry(k + 1000, code)).toBe(encoded(k + 1000, code, lang));
      }
    }
  });

  it('writes results of strings, numbers, booleans, nulls and lists of strings, hostile text and index-like keys included', () => {
    const value = fc.oneof(nasty, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(nasty, { maxLength: 4 }));
    const hand = new EntryTexts('zh');
    fc.assert(
      fc.property(fc.nat(), fc.dictionary(nasty, value, { maxKeys: 6 }), (i, result) => {
        expect(hand.entry(i, result)).toBe(encoded(i, result, 'zh'));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to the encoder what it does not write itself, and writes the same text', () => {
    const hand = new EntryTexts('en');
    const odd: Array<Record<string, unknown>> = [
      {},
      { nested: { a: 1, b: ['x'] } },
      { n: NaN, m: Infinity, z: -0 },
      { list: [1, 'a', null] },
      // eslint-disable-next-line no-sparse-arrays
      { holes: ['a', , 'b'] },
      { f: () => 1, s: Symbol('s'), k: 'kept' },
      { toJSON: () => ({ swapped: true }) },
      { toJSON: 'not a function' },
      Object.assign(Object.create(null) as Record<string, unknown>, { bare: '\u202e' }),
      Object.assign(Object.create({ inherited: 'x' }) as Record<string, unknown>, { own: 'y' }),
      { when: new Date(0) },
      { big: [['a']] },
    ];
    for (const [k, result] of odd.entries()) expect(hand.entry(k, result), JSON.stringify(Object.keys(result))).toBe(encoded(k, result, 'en'));
  });
});

/** relations() as it was written before its table: a map of maps, its keys sorted. */
function relationsByMaps(gave: Record<string, number>) {
  const byA = new Map<string, Map<string, { ab: number; ba: number }>>();
  for (const key of Object.keys(gave)) {
    const n = gave[key]!;
    if (n <= 0) continue;
    const cut = key.indexOf('>');
    const from = key.slice(0, cut);
    const to = key.slice(cut + 1);
    const forward = from <= to;
    const a = forward ? from : to;
    const b = forward ? to : from;
    let row = byA.get(a);
    if (row === undefined) byA.set(a, (row = new Map()));
    let pair = row.get(b);
    if (pair === undefined) row.set(b, (pair = { ab: 0, ba: 0 }));
    if (forward) pair.ab += n;
    else pair.ba += n;
  }
  const out = [];
  for (const a of [...byA.keys()].sort()) {
    const row = byA.get(a)!;
    for (const b of [...row.keys()].sort()) {
      const { ab, ba } = row.get(b)!;
      out.push({ a, b, ab, ba, tier: tieOf(ab, ba) });
    }
  }
  return out;
}

/** A state holding only these counts of gift units given, `from>to`. */
const stateWith = (gave: Record<string, number>) => ({ social: { sends: {}, given: {}, gave } }) as unknown as State;

/** Counts keyed `from>to` over a few users (hostile ids, ids with '>' in them, digits), some ≤ 0. */
const counts = fc
  .uniqueArray(nasty, { minLength: 1, maxLength: 8 })
  .chain((users) => fc.array(fc.tuple(fc.constantFrom(...users), fc.constantFrom(...users), fc.integer({ min: -2, max: 4 })), { maxLength: 30 }))
  .map((entries) => {
    const gave: Record<string, number> = Object.create(null);
    for (const [from, to, n] of entries) gave[`${from}>${to}`] = n;
    return gave;
  });

describe('relations from their table', () => {
  it('are what the map of maps gave, in its order', () => {
    fc.assert(
      fc.property(counts, (gave) => {
        expect(relations(stateWith(gave))).toEqual(relationsByMaps(gave));
      }),
      { numRuns: 2000 },
    );
    expect(relations(stateWith({}))).toEqual([]);
    expect(relations({} as State)).toEqual([]);
  });

  it('are written by hand as the encoder writes them, hostile ids included', () => {
    fc.assert(
      fc.property(counts, (gave) => {
        const table = relationTable(stateWith(gave));
        const entries = relationsFrom(table);
        const hand = [...relationTexts(table)];
        expect(hand.length).toBe(entries.length);
        if (entries.length > 0) expect(hand.join(',\n')).toBe(jsonSafe(insideText(entries, 1)));
      }),
      { numRuns: 2000 },
    );
  });
});

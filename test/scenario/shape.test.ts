// A step's shape is checked twice over: `fits`, the quick yes or no that nearly every step gets
// (made into code of its own for an object), and firstIssue, which says what is wrong. Whatever
// `fits` accepts must be what firstIssue finds nothing wrong with, and the other way round: a
// `fits` that said yes too often would let a malformed step through unexplained.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERB_SCHEMAS, VERBS } from '../../src/scenario/parse';
import { firstIssue, namedFits, optional, S, type Shape } from '../../src/scenario/shape';

/** Every field name a step or a send may hold, and a few it may not. */
const NAMES = ['as', 'label', 'note', 'mark', ...VERBS, 'to', 'chat', 'address', 'code', 'hold', 'mode', 'group', 'sku', 'spec', 'count', 'message', 'drawAt', 'eligible', 'items', 'amount', 'split', 'secret', 'replyTo', 'showPrice', 'commission', 'codeDiscount', 'dailySendLimit', 'mutualFriendsOnly', 'shipAfter', 'deliverAfter', 'name', 'phone', 'region', 'detail', 'extra', '__proto__', 'constructor', ''];

/** Values of every kind a field is checked for, the right ones and the near misses. */
const leaf = fc.oneof(
  fc.constantFrom('grab', 'direct', 'lottery', 'luckybag', 'redpacket', 'code', 'bulk', 'lucky', 'equal', 'all', 'first-address', 'reserve-on-open', 'u1', '', '1h'),
  fc.constantFrom(0, 1, 2, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, Infinity, NaN, true, false, null, undefined),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom(...NAMES), tie('any'), { maxKeys: 5 }),
})).any;

/** A step: its verb's field, some of the common ones, and now and then anything else. */
const step = fc.tuple(fc.constantFrom(...VERBS), value, fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 4 })).map(([verb, v, rest]) => ({ ...rest, [verb]: v }));

/** Values that nearly fit `shape`: mostly of the right kind, now and then one that is not, or an
 * object with a field missing or one too many. */
function near(shape: Shape): fc.Arbitrary<unknown> {
  const right = ((): fc.Arbitrary<unknown> => {
    switch (shape.t) {
      case 'string':
        return fc.constantFrom('u1', '', '1h', '+1h');
      case 'number':
        return fc.constantFrom(0, 3, -2, 1.5);
      case 'boolean':
        return fc.boolean();
      case 'index':
        return fc.nat(3);
      case 'enum':
        return fc.constantFrom(...shape.values);
      case 'array':
        return fc.array(near(shape.of), { maxLength: 3 });
      case 'either':
        return fc.oneof(...shape.options.map(near));
      case 'object':
        return fc.tuple(
          ...shape.entries.map(([key, f]) => fc.oneof({ weight: f.optional ? 1 : 8, arbitrary: near(f.shape).map((v) => [key, v] as const) }, { weight: f.optional ? 2 : 1, arbitrary: fc.constant(null) })),
          fc.option(fc.tuple(fc.constantFrom(...NAMES), value), { freq: 6 }),
        ).map((parts) => Object.fromEntries(parts.filter((p): p is readonly [string, unknown] => p !== null)));
    }
  })();
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: leaf });
}

const agree = (shape: Shape, v: unknown): void => {
  expect(shape.fits(v), JSON.stringify(v)).toBe(firstIssue(shape, v) === null);
};

describe('a shape\'s quick answer and its explanation', () => {
  it('agree on every verb\'s step, whatever it holds', () => {
    fc.assert(
      fc.property(step, (s) => {
        for (const verb of VERBS) agree(VERB_SCHEMAS[verb], s);
      }),
      { numRuns: 3000 },
    );
  });

  it('agree on every verb\'s step that nearly fits it', () => {
    for (const verb of VERBS) {
      const shape = VERB_SCHEMAS[verb];
      fc.assert(
        fc.property(near(shape), (s) => agree(shape, s)),
        { numRuns: 1500 },
      );
    }
  });

  it('agree on well-formed steps, which fit', () => {
    const steps: Array<[keyof typeof VERB_SCHEMAS, unknown]> = [
      ['send', { as: 'a', label: 'k', send: { mode: 'grab', group: 'g', sku: 's', spec: 'x', count: 3, message: 'hi', drawAt: '+1h' } }],
      ['send', { as: 'a', send: { mode: 'bulk', to: ['b', 'c'], items: [{ sku: 's', count: 1 }, { sku: 't', spec: 'y', count: 2 }], eligible: 'all' } }],
      ['claim', { as: 'a', claim: 'k', address: 0 }],
      ['claim', { as: 'a', claim: 'k', address: { name: 'n', phone: 'p' }, code: 'c', note: 'n', mark: 'm' }],
      ['advance', { advance: '1h', label: undefined }],
      ['settings', { settings: { commission: 5, mutualFriendsOnly: true, shipAfter: '2h' } }],
      ['policy', { policy: 'reserve-on-open', hold: '5m' }],
    ];
    for (const [verb, s] of steps) {
      expect(VERB_SCHEMAS[verb].fits(s), JSON.stringify(s)).toBe(true);
      agree(VERB_SCHEMAS[verb], s);
    }
  });

  it('agree on an object shape\'s edge cases: unknown fields, a field set to undefined, a missing one', () => {
    const shape = S.object({ a: S.string, b: optional(S.either('b', S.index, S.object({ n: optional(S.string) }))), m: optional(S.enum('p', 'q')) });
    const fit = [{ a: 'x' }, { a: 'x', b: 2 }, { a: 'x', b: {} }, { a: 'x', m: 'q' }, { a: 'x', b: undefined }];
    const misfit = [{ a: 1 }, { a: 'x', b: -1 }, { a: 'x', b: { n: 3 } }, { a: 'x', m: 'r' }, { a: 'x', z: 1 }, { b: 1 }, { a: undefined }, [], null, 'a', JSON.parse('{"a":"x","__proto__":1}')];
    for (const v of fit) expect(shape.fits(v), JSON.stringify(v)).toBe(true);
    for (const v of misfit) expect(shape.fits(v), JSON.stringify(v)).toBe(false);
    for (const v of [...fit, ...misfit]) agree(shape, v);
  });
});

/** The slow way to a step's verb: the one field that is a verb, and the step fits its shape. */
function slowVerb(s: unknown): string | null {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return null;
  const verbs = VERBS.filter((v) => Object.hasOwn(s, v));
  return verbs.length === 1 && firstIssue(VERB_SCHEMAS[verbs[0]!], s) === null ? verbs[0]! : null;
}

describe('a step\'s verb found and checked in one pass', () => {
  const plainVerb = namedFits(VERB_SCHEMAS);
  /** A value as a JSON file holds it: no undefined, no NaN. */
  const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');

  it('names a verb only for a step that fits it, whatever the step holds', () => {
    fc.assert(
      fc.property(step, (s) => {
        const verb = plainVerb(s);
        if (verb !== null) expect(slowVerb(s), JSON.stringify(s)).toBe(verb);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the verb of every step of a file that fits its verb, and of none that does not', () => {
    const steps = fc.oneof(step, ...VERBS.map((verb) => near(VERB_SCHEMAS[verb]).map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, [verb]: (v as Record<string, unknown>)[verb] ?? 'x' } : v))));
    let named = 0;
    fc.assert(
      fc.property(steps, (raw) => {
        const s = asJson(raw);
        const verb = plainVerb(s);
        expect(verb, JSON.stringify(s)).toBe(slowVerb(s));
        if (verb !== null) named++;
      }),
      { numRuns: 4000 },
    );
    // The property above is not only about steps that fit nothing.
    expect(named).toBeGreaterThan(100);
  });

  it('leaves a field set to undefined, and a step that is not an object, to the slow way', () => {
    for (const v of [{ as: 'a', open: 'k', note: undefined }, [], null, 'open', 3, JSON.parse('{"open":"k","__proto__":1}')]) expect(plainVerb(v)).toBe(null);
    expect(plainVerb({ as: 'a', open: 'k' })).toBe('open');
    expect(plainVerb({ as: 'a', spec: 'k' })).toBe(null);
    expect(plainVerb({ as: 'a', spec: 'k', to: 'x' })).toBe('spec');
    expect(plainVerb({ as: 'a', open: 'k', to: 'x' })).toBe(null);
    expect(plainVerb({ as: 'a', open: 'k', join: 'k' })).toBe(null);
  });
});

// quickWorld vouches only for worlds the schema accepts, and makes the very World the schema
// makes of them: random worlds, mostly valid, each field sometimes of the wrong type, length or
// range, sometimes missing or undefined, with unknown fields, duplicate ids and references to
// nobody. And it does vouch for ordinary worlds (or it would save nothing).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import { quickWorld } from '../../src/domain/world-check';
import { bigWorld } from '../../bench/generate';

const anything = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(1.5, -0, Number.MAX_SAFE_INTEGER + 2, Infinity, NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
);
/** Mostly `valid`, now and then anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 250, arbitrary: valid }, { weight: 1, arbitrary: anything });
const names = ['mom', 'dad', 'ming', 'u_1', 'a-b9'];
const oddIds = ['', 'x'.repeat(40), 'x'.repeat(41), 'a b', '__proto__', '妈', 'constructor', 'nobody'];
const idArb = mostly(fc.oneof({ weight: 150, arbitrary: fc.constantFrom('mom', 'dad') }, { weight: 3, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom(...oddIds) }));
/** One of the values, now and then the odd one out. */
const oneOf = <T>(values: T[], odd: unknown) => mostly(fc.oneof({ weight: 100, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constant(odd) }));
const textArb = (max: number) => mostly(fc.oneof({ weight: 100, arbitrary: fc.constantFrom('名字', 'A') }, { weight: 1, arbitrary: fc.constantFrom('', 'y'.repeat(max), 'y'.repeat(max + 1)) }));
const intArb = (min: number, max: number) => mostly(fc.oneof({ weight: 100, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, max, min) }));
/** An object whose optional fields are each present or not, sometimes with a field it does not know. */
const withOptional = <R extends Record<string, unknown>, O extends Record<string, fc.Arbitrary<unknown>>>(required: fc.Arbitrary<R>, optional: O) =>
  fc
    .tuple(required, fc.record(optional, { requiredKeys: [] }), fc.option(fc.constant({ extra: 1 }), { freq: 8 }))
    .map(([r, o, extra]) => ({ ...r, ...o, ...(extra ?? {}) }));
const address = mostly(
  fc.record({
    name: oneOf(['王丽', 'x'], ''),
    phone: oneOf(['13800138000'], '123'),
    region: oneOf(['上海市'], ''),
    detail: oneOf(['世纪大道100号'], '短'),
  }),
);
const user = mostly(
  withOptional(fc.record({ id: idArb, name: textArb(40), wallet: intArb(0, 1_000_000) }), {
    friends: mostly(fc.array(idArb, { maxLength: 2 })),
    addresses: mostly(fc.array(address, { maxLength: 2 })),
    bot: mostly(fc.boolean()),
    company: mostly(fc.boolean()),
  }),
);
const group = mostly(fc.record({ id: idArb, name: textArb(60), members: mostly(fc.array(idArb, { minLength: 1, maxLength: 3 })) }));
const spec = mostly(withOptional(fc.record({ id: idArb, label: textArb(40), price: intArb(1, 99_999) }), { stock: intArb(0, 9) }));
const product = mostly(
  withOptional(
    fc.record({
      id: idArb,
      title: textArb(80),
      category: textArb(40),
      delivery: oneOf(['address', 'voucher', 'virtual'], 'post'),
      specs: mostly(fc.array(spec, { minLength: 1, maxLength: 3 })),
    }),
    {
      giftable: mostly(fc.boolean()),
      brand: textArb(40),
      emoji: textArb(8),
      tier: oneOf(['basic', 'custom', 'privilege'], 'gold'),
      merchant: idArb,
      creator: idArb,
    },
  ),
);
const settings = mostly(
  fc.record(
    {
      grabPolicy: oneOf(['first-address', 'reserve-on-open'], 'x'),
      holdMinutes: intArb(1, 1440),
      crowd: intArb(0, 40),
      commission: intArb(0, 30),
      codeDiscount: intArb(0, 50),
      dailySendLimit: intArb(0, 9),
      mutualFriendsOnly: mostly(fc.boolean()),
      shipAfter: oneOf(['2h', '0m', '48h'], '2 hours'),
      deliverAfter: oneOf(['48h', '90m'], 'x'),
    },
    { requiredKeys: [] },
  ),
);
// Users are named by their place (mom, dad…) so that ids are mostly distinct and references mostly
// reach someone; now and then a user keeps the id drawn for it.
const users = fc.array(fc.tuple(user, fc.nat(30)), { minLength: 2, maxLength: 5 }).map((us) =>
  us.map(([u, keep], i) => (typeof u === 'object' && u !== null && !Array.isArray(u) && keep > 0 ? { ...u, id: names[i] } : u)),
);
const world = mostly(
  withOptional(fc.record({ users: mostly(users) }), {
    groups: mostly(fc.array(group, { maxLength: 2 })),
    catalog: mostly(fc.array(product, { maxLength: 2 })),
    settings,
  }),
);

describe('quickWorld', () => {
  it('vouches only for what the schema accepts, and makes the same World', () => {
    let vouched = 0;
    let accepted = 0;
    fc.assert(
      fc.property(world, (input) => {
        const quick = quickWorld(input);
        const full = parseWorld(input);
        if (full.ok) accepted++;
        if (quick === null) return;
        vouched++;
        expect(full.ok).toBe(true);
        if (full.ok) expect(quick).toStrictEqual(full.world);
      }),
      { numRuns: 6000, seed: 8 },
    );
    // Not vacuous: many worlds were valid, and the quick check vouched for most of those.
    expect(accepted).toBeGreaterThan(300);
    expect(vouched).toBeGreaterThan(accepted * 0.8);
  });

  it('vouches for the worlds we ship and write: the bundled world, every inline one, the benchmark', () => {
    const worlds: unknown[] = [JSON.parse(readFileSync(join(__dirname, '../../data/world.json'), 'utf8')), bigWorld(500)];
    const dir = join(__dirname, '../../data/scenarios');
    for (const f of readdirSync(dir)) {
      const w = JSON.parse(readFileSync(join(dir, f), 'utf8')).world;
      if (typeof w === 'object') worlds.push(w);
    }
    for (const w of worlds) {
      const full = parseWorld(w);
      expect(full.ok).toBe(true);
      if (full.ok) expect(quickWorld(w)).toStrictEqual(full.world);
    }
  });
});

// The draw is fair, unbiased and reproducible. Every seed here is fixed: the statistics are
// computed over the same draws on every run, so these tests cannot flake; they fail only if
// the sampling code changes for the worse.
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { drawSeedOf, drawWithoutReplacement, luckyAmount, packetSeed, sha256, sourceFrom, uniformInt, voucherCode, type Source } from '../../src/domain/random';
import { HOUR } from '../../src/domain/time';
import { claim, join, lottery, pid } from '../support/commands';
import { Given, given } from '../support/gwt';
import { START, testState } from '../support/world';

const TWO_32 = 2 ** 32;
/** The 0.999 quantile of chi-square with 9 degrees of freedom. */
const CHI2_9_999 = 27.877;

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

/** A source that returns the given values in turn, and counts how many it gave. */
function stub(values: number[]): Source & { calls: number } {
  const f = (() => {
    const v = values[f.calls++];
    if (v === undefined) throw new Error('stub source exhausted');
    return v;
  }) as Source & { calls: number };
  f.calls = 0;
  return f;
}

const ENTRANTS = Array.from({ length: 10 }, (_, i) => `u${i}`);

describe('draw fairness: 20,000 seeded draws of 3 winners from 10 entrants', () => {
  const DRAWS = 20_000;
  const wins = new Array<number>(10).fill(0);
  const byPosition = [0, 1, 2].map(() => new Array<number>(10).fill(0));
  for (let i = 0; i < DRAWS; i++) {
    const w = drawWithoutReplacement(ENTRANTS, 3, `fair-${i}`);
    w.forEach((u, pos) => {
      const ix = Number(u.slice(1));
      wins[ix]!++;
      byPosition[pos]![ix]!++;
    });
  }

  it('every entrant wins about equally often (chi-square below the 0.999 quantile)', () => {
    expect(wins.reduce((a, b) => a + b, 0)).toBe(3 * DRAWS);
    expect(chiSquare(wins, (3 * DRAWS) / 10)).toBeLessThan(CHI2_9_999);
  });

  it('the first drawn (and every later position) is uniform over the entrants', () => {
    for (const counts of byPosition) expect(chiSquare(counts, DRAWS / 10)).toBeLessThan(CHI2_9_999);
  });

  it('the statistic does catch a biased draw (so the test above can fail)', () => {
    // modulo bias made visible: a 4-bit source and u % 10 favours 0–5 two to one
    const biased = new Array<number>(10).fill(0);
    const rng = sourceFrom('biased');
    for (let i = 0; i < DRAWS; i++) biased[(rng() & 15) % 10]!++;
    expect(chiSquare(biased, DRAWS / 10)).toBeGreaterThan(CHI2_9_999 * 10);
    // and a draw that never picks the last entrant first
    const skewed = byPosition[0]!.slice();
    skewed[0]! += skewed[9]!;
    skewed[9] = 0;
    expect(chiSquare(skewed, DRAWS / 10)).toBeGreaterThan(CHI2_9_999);
  });
});

describe('uniformInt', () => {
  it('rejects the top 2^32 mod n values and takes the next', () => {
    // n = 10: 2^32 mod 10 = 6, so 4294967290…4294967295 are rejected
    const s = stub([TWO_32 - 1, TWO_32 - 6, TWO_32 - 7]);
    expect(uniformInt(s, 10)).toBe((TWO_32 - 7) % 10);
    expect(s.calls).toBe(3);
    // n = 3·2^30: a quarter of the range is rejected
    const n = 3 * 2 ** 30;
    const t = stub([n, n + 5, TWO_32 - 1, 7]);
    expect(uniformInt(t, n)).toBe(7);
    expect(t.calls).toBe(4);
    // the largest accepted value is kept
    const u = stub([n - 1]);
    expect(uniformInt(u, n)).toBe(n - 1);
  });

  it('n = 1 and n = 2^32 never reject', () => {
    const s = stub([TWO_32 - 1]);
    expect(uniformInt(s, 1)).toBe(0);
    expect(s.calls).toBe(1);
    expect(uniformInt(stub([TWO_32 - 1]), TWO_32)).toBe(TWO_32 - 1);
  });

  it('refuses a bad n', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, TWO_32 + 1]) expect(() => uniformInt(stub([0]), n)).toThrow(RangeError);
  });

  it('never returns out of range (property, any source)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: TWO_32 })),
        fc.array(fc.integer({ min: 0, max: TWO_32 - 1 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: TWO_32 - 1 }),
        (n, junk, last) => {
          const limit = TWO_32 - (TWO_32 % n);
          const values = [...junk, last % limit];
          const s = stub(values);
          const r = uniformInt(s, n);
          expect(Number.isInteger(r) && r >= 0 && r < n).toBe(true);
          const firstAccepted = values.find((v) => v < limit)!;
          expect(r).toBe(firstAccepted % n);
          expect(s.calls).toBe(values.indexOf(firstAccepted) + 1);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('sourceFrom yields reproducible unsigned 32-bit integers', () => {
    const a = sourceFrom('x');
    const b = sourceFrom('x');
    const c = sourceFrom('y');
    let same = 0;
    for (let i = 0; i < 2000; i++) {
      const v = a();
      expect(Number.isInteger(v) && v >= 0 && v < TWO_32).toBe(true);
      expect(b()).toBe(v);
      if (c() === v) same++;
    }
    expect(same).toBeLessThan(3);
  });
});

describe('drawWithoutReplacement', () => {
  it('is exactly reproducible from the seed, and pinned (a change would alter past draws)', () => {
    const a = drawWithoutReplacement(ENTRANTS, 3, 'fair-0');
    expect(drawWithoutReplacement(ENTRANTS, 3, 'fair-0')).toEqual(a);
    expect(a).toMatchInlineSnapshot(`
      [
        "u1",
        "u0",
        "u4",
      ]
    `);
    expect(drawWithoutReplacement(ENTRANTS, 10, 'pinned')).toMatchInlineSnapshot(`
      [
        "u7",
        "u8",
        "u9",
        "u0",
        "u1",
        "u5",
        "u6",
        "u3",
        "u2",
        "u4",
      ]
    `);
  });

  it('is the documented algorithm: a partial Fisher–Yates over seedrandom int32 with rejection', () => {
    // an independent re-implementation, as a reader of the README would write it
    const reference = (items: string[], k: number, seed: string) => {
      const rng = seedrandom(seed);
      const pool = items.slice();
      for (let i = 0; i < Math.min(k, pool.length); i++) {
        const m = pool.length - i;
        const limit = TWO_32 - (TWO_32 % m);
        let u: number;
        do u = rng.int32() >>> 0;
        while (u >= limit);
        const j = i + (u % m);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, Math.min(k, pool.length));
    };
    for (let i = 0; i < 500; i++) {
      const items = ENTRANTS.slice(0, 1 + (i % 10));
      expect(drawWithoutReplacement(items, 1 + (i % 4), `ref-${i}`)).toEqual(reference(items, 1 + (i % 4), `ref-${i}`));
    }
  });

  it('draws distinct entrants, at most k, and leaves the list alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), fc.string(), (items, k, seed) => {
        const copy = items.slice();
        const w = drawWithoutReplacement(items, k, seed);
        expect(items).toEqual(copy);
        expect(w).toHaveLength(Math.min(k, items.length));
        expect(new Set(w).size).toBe(w.length);
        for (const x of w) expect(items).toContain(x);
        // a prefix: drawing fewer gives the first ones of drawing more
        expect(drawWithoutReplacement(items, Math.max(0, k - 1), seed)).toEqual(w.slice(0, Math.max(0, k - 1)));
      }),
      { seed: 8, numRuns: 200 },
    );
  });

  it('depends on the order of the entrants only through the seed: different seeds give different draws', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(drawWithoutReplacement(ENTRANTS, 3, `d-${i}`).join(','));
    expect(seen.size).toBeGreaterThan(150); // 720 possible ordered triples
  });
});

describe('the engine draws with drawWithoutReplacement from the committed seed', () => {
  it('re-running a packet\'s draw from its revealed seed and entrants gives its winners', () => {
    for (const seed of ['r1', 'r2', 'r3', 'r4', 'r5']) {
      const g = new Given(testState(undefined, seed)).and(
        lottery('mom', 'big', 3, START + HOUR),
        ...['dad', 'ming', 'hong', 'gran', 'uncle', 'c1', 'c2', 'c3'].map((u) => join(u, pid(1))),
      );
      const before = g.state.packets[pid(1)]!.lottery!;
      const commitment = before.commitment;
      const t = g.when({ type: 'advance', by: HOUR }).thenIncludes([{ type: 'drawn' }]);
      const drawn = t.events.find((e) => e.type === 'drawn') as { drawSeed: string; winners: string[] };
      const lot = g.state.packets[pid(1)]!.lottery!;
      // the revealed seed matches the commitment published before the draw
      expect(sha256(drawn.drawSeed)).toBe(commitment);
      expect(drawn.drawSeed).toBe(drawSeedOf(packetSeed(seed, pid(1))));
      // anyone can re-run it
      expect(drawWithoutReplacement(lot.entrants, 3, drawn.drawSeed)).toEqual(lot.winners);
      expect(drawn.winners).toEqual(lot.winners);
      // the winners hold the units in draw order
      lot.winners!.forEach((w, i) => expect(g.state.packets[pid(1)]!.units[i]!.holder).toBe(w));
    }
  });

  it('the same world, seed and steps give the same winners; another seed may not', () => {
    const run = (seed: string) =>
      new Given(testState(undefined, seed)).and(
        lottery('mom', 'big', 2, START + HOUR),
        ...['dad', 'ming', 'hong', 'gran', 'uncle', 'c1'].map((u) => join(u, pid(1))),
        { type: 'advance', by: HOUR },
      ).state.packets[pid(1)]!.lottery!.winners!.join(',');
    expect(run('same')).toBe(run('same'));
    const outcomes = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(run));
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('voucher codes are derived from the packet seed and unit', () => {
    const g = given({ type: 'send', as: 'mom', mode: 'grab', group: 'fam', sku: 'coffee', count: 2 }, claim('dad', pid(1)));
    const p = g.state.packets[pid(1)]!;
    expect(p.units[0]!.voucher).toBe(voucherCode(p.seed, 0));
    expect(voucherCode(p.seed, 0)).not.toBe(voucherCode(p.seed, 1));
    expect(voucherCode('pinned', 0)).toMatchInlineSnapshot(`"3652 5039 2930"`);
  });
});

describe('lucky red packets: the double-mean draw is uniform within its bounds', () => {
  /** The 0.999 quantile of chi-square with 38 degrees of freedom. */
  const CHI2_38_999 = 70.703;
  const PER_BIN = 200;

  it('a first claim of ¥1.00 in 5 is uniform over 1..39 fen (7,800 seeded packets)', () => {
    const counts = new Array<number>(39).fill(0);
    for (let i = 0; i < 39 * PER_BIN; i++) {
      const a = luckyAmount(sha256(`lucky-${i}`), 0, 100, 5);
      expect(a).toBeGreaterThanOrEqual(1);
      expect(a).toBeLessThanOrEqual(39);
      counts[a - 1]!++;
    }
    expect(chiSquare(counts, PER_BIN)).toBeLessThan(CHI2_38_999);
  });

  it('a later claim draws from what is left: 78 fen among 4 is uniform over 1..38 (the claim number is in the seed)', () => {
    const counts = new Array<number>(38).fill(0);
    for (let i = 0; i < 38 * PER_BIN; i++) counts[luckyAmount(sha256(`later-${i}`), 1, 78, 4) - 1]!++;
    expect(chiSquare(counts, PER_BIN)).toBeLessThan(69.346); // the 0.999 quantile, 37 degrees of freedom
    // and the claim number changes the stream: claim 0 and claim 1 of one packet differ somewhere
    const differ = Array.from({ length: 50 }, (_, i) => sha256(`k-${i}`)).some((s) => luckyAmount(s, 0, 78, 4) !== luckyAmount(s, 1, 78, 4));
    expect(differ).toBe(true);
  });

  it('is the documented derivation: 1 + uniform(floor(2r/n) − 1) from seedrandom(packetSeed + "/red/" + claim), the last takes r', () => {
    const seed = sha256('doc');
    expect(luckyAmount(seed, 3, 500, 4)).toBe(1 + uniformInt(sourceFrom(`${seed}/red/3`), 249));
    expect(luckyAmount(seed, 3, 500, 1)).toBe(500);
    // pinned: a change here would alter the amounts of past packets
    expect([0, 1, 2].map((c) => luckyAmount(sha256('pinned'), c, 2000, 5))).toEqual([314, 177, 51]);
  });

  it('the statistic catches a modulo-biased draw (so the test above can fail)', () => {
    const counts = new Array<number>(39).fill(0);
    const rng = sourceFrom('biased-red');
    for (let i = 0; i < 39 * PER_BIN; i++) counts[(rng() & 63) % 39]!++; // 0..24 twice as likely
    expect(chiSquare(counts, PER_BIN)).toBeGreaterThan(CHI2_38_999 * 5);
  });
});

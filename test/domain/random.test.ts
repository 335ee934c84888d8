// The engine computes seedrandom's ARC4 stream and the voucher number itself (src/domain/random.ts,
// for speed): these must give exactly the figures seedrandom and BigInt give, or every lucky bag,
// draw, red packet and voucher of every scenario would change.
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { drawWithoutReplacement, luckyAmount, packetSeed, sha256, sourceFrom, uniformInt, uniformOnce, voucherNumber } from '../../src/domain/random';

/** seedrandom's own stream, as the engine used it before computing it itself. */
function reference(seed: string): () => number {
  const rng = seedrandom(seed);
  return () => rng.int32() >>> 0;
}

function firstOf(source: () => number, n: number): number[] {
  return Array.from({ length: n }, () => source());
}

describe('sourceFrom: seedrandom ARC4, computed here', () => {
  it('gives seedrandom’s stream for the engine’s own kinds of seed', () => {
    for (let n = 0; n < 2000; n++) {
      const p = packetSeed('bench', `p${String(n).padStart(4, '0')}`);
      for (const seed of [p, `${p}/claim/${n % 37}`, `${p}/red/${n % 11}`, sha256(`${p}/draw`)]) {
        expect(firstOf(sourceFrom(seed), 8)).toEqual(firstOf(reference(seed), 8));
      }
    }
  });

  it('gives seedrandom’s stream for any string: empty, long (the key wraps at 256), any UTF-16', () => {
    const seeds = fc.oneof(fc.string({ maxLength: 700 }), fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 300 }));
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(firstOf(sourceFrom(seed), 40)).toEqual(firstOf(reference(seed), 40));
      }),
      { numRuns: 3000 },
    );
    for (const seed of ['', 'a', 'x'.repeat(255), 'x'.repeat(256), 'x'.repeat(257), '红包'.repeat(400)]) {
      expect(firstOf(sourceFrom(seed), 300)).toEqual(firstOf(reference(seed), 300));
    }
  });

  it('two sources of one seed are independent streams', () => {
    const a = sourceFrom('same');
    const b = sourceFrom('same');
    const first = a();
    a();
    expect(b()).toBe(first);
  });

  it('draws and picks as with seedrandom', () => {
    const items = Array.from({ length: 500 }, (_, i) => `u${i}`);
    for (let n = 0; n < 200; n++) {
      const seed = sha256(`draw/${n}`);
      const ref = reference(seed);
      const pool = items.slice();
      for (let i = 0; i < 20; i++) {
        const j = i + uniformInt(ref, pool.length - i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      expect(drawWithoutReplacement(items, 20, seed)).toEqual(pool.slice(0, 20));
    }
  });

  it('one-shot draws (their shared state) give what a source of their own gives, whatever ran before', () => {
    // A long-lived source part-way through its stream, and one-shot draws between its numbers:
    // neither disturbs the other.
    const live = sourceFrom('live');
    const liveRef = reference('live');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 2 ** 32 }), (seed, n) => {
        expect(uniformOnce(seed, n)).toBe(uniformInt(reference(seed), n));
        expect(live()).toBe(liveRef());
        expect(luckyAmount(seed, 3, 10_000, 7)).toBe(1 + uniformInt(reference(`${seed}/red/3`), Math.floor((2 * 10_000) / 7) - 1));
      }),
    );
  });
});

describe('voucherNumber', () => {
  const byBigInt = (hex: string) => Number(BigInt('0x' + hex.slice(0, 15)) % 10n ** 12n);

  it('is the first 15 hex digits mod 10^12, as BigInt computes it', () => {
    for (let n = 0; n < 20000; n++) {
      const h = sha256(`v/${n}`);
      expect(voucherNumber(h)).toBe(byBigInt(h));
    }
    for (const h of ['f'.repeat(64), '0'.repeat(64), 'fffffff00000000', '0000000ffffffff', 'e8d4a50fff00000']) expect(voucherNumber(h)).toBe(byBigInt(h));
    fc.assert(fc.property(fc.stringMatching(/^[0-9a-f]{15}$/), (h) => voucherNumber(h) === byBigInt(h)), { numRuns: 20000 });
  });
});

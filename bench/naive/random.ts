// The random derivations the README documents ("The draw, re-runnable"), written again from that
// text alone so that the naive interpreter shares no code with the engine.
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export const packetSeedOf = (sessionSeed: string, packetId: string): string => sha256(`bluepacket/packet/${sessionSeed}/${packetId}`);

export type Source = () => number;

/** A stream of unsigned 32-bit integers from seedrandom's ARC4 generator. */
export function source(seed: string): Source {
  const rng = seedrandom(seed);
  return () => rng.int32() >>> 0;
}

/** An index in [0, n) by rejection: u32 values at or above the last whole multiple of n are redrawn. */
export function uniform(src: Source, n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const u = src();
    if (u < limit) return u % n;
  }
}

/** k winners from the entrants in join order: a partial Fisher–Yates shuffle, in draw order. */
export function draw(drawSeed: string, entrants: readonly string[], k: number): string[] {
  const src = source(drawSeed);
  const pool = entrants.slice();
  for (let i = 0; i < k; i++) {
    const j = i + uniform(src, pool.length - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/** The `n`-th claim (0 first) of a lucky red packet with `r` fen and `c` claims left. */
export function luckyAmount(packetSeed: string, n: number, r: number, c: number): number {
  if (c === 1) return r;
  const src = source(`${packetSeed}/red/${n}`);
  return 1 + uniform(src, Math.max(1, Math.floor((2 * r) / c) - 1));
}

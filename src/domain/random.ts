// Every random choice derives from a seed string through seedrandom (ARC4), with unbiased
// integer sampling by rejection: floor(r * n) and u % n both favour some outcomes.
import seedrandom from 'seedrandom';

// node:crypto is loaded when the first seed is made: a run that sends nothing (an empty scenario,
// `--help`) does not pay for loading it and the dozen modules it brings.
let crypto: typeof import('node:crypto') | undefined;

export function sha256(text: string): string {
  crypto ??= process.getBuiltinModule('node:crypto');
  // The one-shot form (UTF-8, like update(text, 'utf8')): a hash object per seed cost more than the hashing.
  return crypto.hash('sha256', text, 'hex');
}

/** A stream of unsigned 32-bit integers from a seed. */
export type Source = () => number;

export function sourceFrom(seed: string): Source {
  const rng = seedrandom(seed);
  return () => rng.int32() >>> 0;
}

const TWO_32 = 2 ** 32;

/**
 * Uniform integer in [0, n) by rejection: draw u in [0, 2^32) and reject the top
 * 2^32 mod n values, so every residue is equally likely.
 */
export function uniformInt(source: Source, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`uniformInt: bad n ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const u = source();
    if (u < limit) return u % n;
  }
}

/**
 * Draw k of the items without replacement, in draw order: a partial Fisher–Yates shuffle
 * (swap position i with a uniform position in [i, n)). Documented in the README so anyone
 * can re-run a draw.
 */
export function drawWithoutReplacement<T>(items: readonly T[], k: number, seed: string): T[] {
  const pool = items.slice();
  const source = sourceFrom(seed);
  const take = Math.min(k, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + uniformInt(source, pool.length - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, take);
}

/** Per-packet seeds: a packet's seed is derived from the session seed and its id. */
export function packetSeed(sessionSeed: string, packetId: string): string {
  return sha256(`bluepacket/packet/${sessionSeed}/${packetId}`);
}

export function drawSeedOf(packetSeedHex: string): string {
  return sha256(`${packetSeedHex}/draw`);
}

/** A 12-digit voucher code, derived from the packet seed and the unit's index. */
export function voucherCode(packetSeedHex: string, unit: number): string {
  const h = sha256(`${packetSeedHex}/voucher/${unit}`);
  const n = BigInt('0x' + h.slice(0, 15)) % 10n ** 12n;
  const s = n.toString().padStart(12, '0');
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/**
 * A lucky (拼手气) red packet's claim, by the double-mean rule (二倍均值法): with `left` fen and
 * `n` claims left, the amount is uniform in [1, floor(2·left/n) − 1] (at least 1); the last claim
 * takes all that is left. The n-th claim of a packet (0 first) draws from
 * `seedrandom(packetSeed + "/red/" + claim)`, by rejection (README: re-run it).
 */
export function luckyAmount(packetSeedHex: string, claim: number, left: number, n: number): number {
  if (n <= 1) return left;
  const hi = Math.max(1, Math.floor((2 * left) / n) - 1);
  return 1 + uniformInt(sourceFrom(`${packetSeedHex}/red/${claim}`), hi);
}

// Every random choice derives from a seed string through seedrandom's ARC4, with unbiased
// integer sampling by rejection: floor(r * n) and u % n both favour some outcomes.

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

/**
 * The stream `seedrandom(seed).int32() >>> 0` gives, computed here: seedrandom's own set-up (a
 * generator object with four closures, its 256-entry state as a growing array, and entropy mixed
 * into a global pool) cost more than a lucky bag's whole claim, and every claim of one makes a
 * source. Its steps, exactly: the seed string is mixed into a key of up to 256 bytes (mixkey), the
 * key schedules an RC4 state, the first 256 outputs are dropped (RC4-drop[256]), and each int32
 * is the next four outputs, big-endian. test/domain/random.test.ts checks it against seedrandom.
 */
export function sourceFrom(seed: string): Source {
  const rc4 = new Arc4();
  rc4.schedule(seed);
  return () => rc4.next32();
}

// RC4's state is 256 bytes; indices wrap with `& 255`. The numbers are written in the loops
// rather than read from module constants, which each read from the module's scope.
// mixkey's key, reused: it is read only while a state is scheduled.
const KEY = new Uint8Array(256);

class Arc4 {
  // A plain array rather than a Uint8Array: a typed array of 256 bytes is allocated outside the
  // heap, which cost more than scheduling it, for every source that has its own.
  private readonly s = new Array<number>(256);
  private i = 0;
  private j = 0;

  /** Start the stream of this seed. */
  schedule(seed: string): void {
    const key = KEY;
    // mixkey: each character smeared into the key, position j mod 256. A key byte not yet set
    // counts as 0 (seedrandom's `undefined * 19` is NaN, and `^= NaN` xors 0).
    const n = seed.length;
    const keylen = Math.min(n, 256);
    key.fill(0, 0, keylen);
    let smear = 0;
    for (let j = 0; j < n; j++) key[255 & j] = 255 & ((smear ^= key[255 & j]! * 19) + seed.charCodeAt(j));
    // The schedule reads key[i mod keylen]: the key repeated to 256 bytes reads the same, without
    // a division per byte. The empty key is treated as [0].
    const len = Math.max(keylen, 1);
    if (keylen === 0) key[0] = 0;
    for (let i = len; i < 256; i++) key[i] = key[i - len]!;
    const s = this.s;
    for (let i = 0; i < 256; i++) s[i] = i;
    for (let i = 0, j = 0; i < 256; i++) {
      const t = s[i]!;
      j = 255 & (j + key[i]! + t);
      s[i] = s[j]!;
      s[j] = t;
    }
    // RC4-drop[256]: the first 256 outputs are dropped.
    let i = 0;
    let j = 0;
    for (let k = 0; k < 256; k++) {
      i = 255 & (i + 1);
      const t = s[i]!;
      j = 255 & (j + t);
      s[i] = s[j]!;
      s[j] = t;
    }
    this.i = i;
    this.j = j;
  }

  /** The next four outputs as an unsigned 32-bit integer, the first the most significant. */
  next32(): number {
    const s = this.s;
    let i = this.i;
    let j = this.j;
    let r = 0;
    for (let k = 0; k < 4; k++) {
      i = 255 & (i + 1);
      const t = s[i]!;
      j = 255 & (j + t);
      const si = s[j]!;
      s[i] = si;
      s[j] = t;
      r = r * 256 + s[255 & (si + t)]!;
    }
    this.i = i;
    this.j = j;
    return r;
  }
}

// The one generator of the draws that are over before anything else runs (a lottery's draw, a
// lucky bag's pick, a red packet's amount): scheduled afresh for each, so those make no generator
// and no 256-entry state of their own. A source that lives on (sourceFrom) has its own.
const ONCE = new Arc4();
const onceNext: Source = () => ONCE.next32();

/** A source for one draw that ends before any other begins: ONCE, scheduled for this seed. */
function onceFrom(seed: string): Source {
  ONCE.schedule(seed);
  return onceNext;
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
  const source = onceFrom(seed);
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
  const s = String(voucherNumber(sha256(`${packetSeedHex}/voucher/${unit}`))).padStart(12, '0');
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/**
 * A voucher's number: the hash's first 15 hex digits (60 bits) mod 10^12. The same figure as
 * `BigInt('0x' + h.slice(0, 15)) % 10n ** 12n`, in exact doubles (every step stays below 2^53)
 * rather than a BigInt per claim: with hi the top 28 bits and lo the low 32, hi·2^32 + lo is
 * hi·4294·10^6 + hi·967296 + lo, and the first term mod 10^12 is (hi·4294 mod 10^6)·10^6.
 */
export function voucherNumber(hex: string): number {
  const hi = parseInt(hex.slice(0, 7), 16);
  const lo = parseInt(hex.slice(7, 15), 16);
  return (((hi * 4294) % 1e6) * 1e6 + hi * 967296 + lo) % 1e12;
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
  return 1 + uniformInt(onceFrom(`${packetSeedHex}/red/${claim}`), hi);
}

/** A uniform integer in [0, n) from the stream of `seed`, by rejection (uniformInt): the same as
 * `uniformInt(sourceFrom(seed), n)`, without a generator of its own. */
export function uniformOnce(seed: string, n: number): number {
  return uniformInt(onceFrom(seed), n);
}

// Seed 2's social economy, read from gifting: sends per Beijing day (the daily cap, streaks and
// badges), gift value given (the friends' leaderboard), and who gives to whom (relationship
// strength). evolve keeps the counts as events happen; the summaries read them once, at the end
// of a scenario or when a screen asks, never by walking every packet.
import { own } from './decide-kit';
import { beijingDay } from './time';
import type { Fen, Social, State, UserId } from './types';

export const BADGES = [
  { id: 'streak-3', days: 3 },
  { id: 'streak-7', days: 7 },
  { id: 'streak-30', days: 30 },
] as const;

export type Tie = 'strong' | 'medium' | 'weak';

/** The state's counts, made on first use (a state from before they existed has none). */
export function socialOf(state: State): Social {
  return (state.social ??= { sends: {}, given: {}, gave: {} });
}

/** Accepted sends by this user on this Beijing day. */
export function sendsOn(state: State, user: UserId, day: number): number {
  const days = state.social ? own(state.social.sends, user) : undefined;
  const last = days?.[days.length - 1];
  return last !== undefined && last[0] === day ? last[1] : 0;
}

/** evolve: one more accepted send. Time only moves forward, so a day is the last entry or new. */
export function countSend(state: State, user: UserId, at: number): void {
  const sends = socialOf(state).sends;
  const day = beijingDay(at);
  const days = own(sends, user) ?? (sends[user] = []);
  const last = days[days.length - 1];
  if (last !== undefined && last[0] === day) last[1]++;
  else days.push([day, 1]);
}

/** evolve: a gift unit from `from` claimed by `to` (sign 1), or refunded by after-sales (−1). */
export function countGift(state: State, from: UserId, to: UserId, price: Fen, sign: 1 | -1): void {
  const s = socialOf(state);
  s.given[from] = (own(s.given, from) ?? 0) + sign * price;
  // No key with a '>' in it is a property of Object.prototype: a plain read is safe here.
  const key = `${from}>${to}`;
  s.gave[key] = (s.gave[key] ?? 0) + sign;
}

export interface UserSummary {
  streak: number;
  badges: string[];
  sentToday: number;
}

/** Compare ids by UTF-16 code units (what SCENARIOS.md's sort orders mean). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every user with at least one accepted send, ids sorted: the current streak (consecutive Beijing
 * days with a send, ending on the end day or the day before; 0 otherwise), the badges ever reached
 * (kept when a streak breaks), and the sends on the end day.
 */
export function userSummaries(state: State): Array<[UserId, UserSummary]> {
  const today = beijingDay(state.now);
  const sends = state.social?.sends ?? {};
  return Object.keys(sends)
    .filter((u) => (sends[u]?.length ?? 0) > 0)
    .sort(byCodeUnits)
    .map((user) => {
      const days = sends[user]!;
      let best = 0;
      let run = 0;
      let prev: number | null = null;
      for (const [day] of days) {
        run = prev !== null && day === prev + 1 ? run + 1 : 1;
        best = Math.max(best, run);
        prev = day;
      }
      const streak = prev !== null && prev >= today - 1 ? run : 0;
      const badges = BADGES.filter((b) => best >= b.days).map((b) => b.id);
      return [user, { streak, badges, sentToday: sendsOn(state, user, today) }];
    });
}

/** Gift value given (list prices of claimed gift units, after-sales refunds taken off; red
 * packets are money, not gifts): value > 0 only, the largest first, then by id. */
export function leaderboard(state: State): Array<{ user: UserId; value: Fen }> {
  const given = state.social?.given ?? {};
  return Object.keys(given)
    .filter((user) => given[user]! > 0)
    .map((user) => ({ user, value: given[user]! }))
    .sort((x, y) => y.value - x.value || byCodeUnits(x.user, y.user));
}

export function tieOf(ab: number, ba: number): Tie {
  if (ab >= 2 && ba >= 2) return 'strong';
  if (ab >= 1 && ba >= 1) return 'medium';
  return 'weak';
}

/** One entry per pair with a claimed gift unit between them (a < b): how many units each sent
 * the other, and the strength that reads (strong: both ≥ 2; medium: both ≥ 1; else weak). */
export function relations(state: State): Array<{ a: UserId; b: UserId; ab: number; ba: number; tier: Tie }> {
  return relationsFrom(relationTable(state));
}

/** relations' entries, from their table. */
export function relationsFrom({ users, a, b, ab, ba }: RelationTable): Array<{ a: UserId; b: UserId; ab: number; ba: number; tier: Tie }> {
  const out: Array<{ a: UserId; b: UserId; ab: number; ba: number; tier: Tie }> = [];
  for (let k = 0; k < a.length; k++) out.push({ a: users[a[k]!]!, b: users[b[k]!]!, ab: ab[k]!, ba: ba[k]!, tier: tieOf(ab[k]!, ba[k]!) });
  return out;
}

/**
 * relations() as columns, for a report that writes tens of thousands of them: the users in a
 * pair, sorted (by UTF-16 code units); for each pair, in relations' order, its users `a` < `b`
 * (their places in `users`) and the units each sent the other.
 */
export interface RelationTable {
  users: UserId[];
  a: Int32Array;
  b: Int32Array;
  ab: Float64Array;
  ba: Float64Array;
}

export function relationTable(state: State): RelationTable {
  const gave = state.social?.gave ?? {};
  const keys = Object.keys(gave);
  // Each user gets a number as first seen, then its place among the users sorted (by code
  // units). The keys are then put in the order of their pair's a, then b (places), by two
  // counting sorts, each pair's one or two keys side by side: no sort of strings among tens of
  // thousands, no map of maps, no comparison function called a million times by code that has
  // not run yet. What is kept for each key is in typed arrays, out of the collected heap.
  const seen = new Map<UserId, number>();
  const named: UserId[] = [];
  const numberOf = (user: UserId): number => {
    let n = seen.get(user);
    if (n === undefined) (seen.set(user, (n = named.length)), named.push(user));
    return n;
  };
  const froms = new Int32Array(keys.length);
  const tos = new Int32Array(keys.length);
  const counts = new Float64Array(keys.length);
  let given = 0;
  for (const key of keys) {
    const n = gave[key]!;
    if (n <= 0) continue;
    const cut = key.indexOf('>');
    froms[given] = numberOf(key.slice(0, cut));
    tos[given] = numberOf(key.slice(cut + 1));
    counts[given++] = n;
  }
  const users = named.slice().sort();
  const size = users.length;
  const place = new Int32Array(size);
  for (let k = 0; k < size; k++) place[seen.get(users[k]!)!] = k;
  // Each key's pair (a ≤ b, by place) and whether it runs from b to a.
  const as = new Int32Array(given);
  const bs = new Int32Array(given);
  const back = new Uint8Array(given);
  for (let k = 0; k < given; k++) {
    const from = place[froms[k]!]!;
    const to = place[tos[k]!]!;
    const forward = from <= to;
    as[k] = forward ? from : to;
    bs[k] = forward ? to : from;
    back[k] = forward ? 0 : 1;
  }
  const all = new Int32Array(given);
  for (let k = 0; k < given; k++) all[k] = k;
  // By b, then (stably) by a: in the order of a, then b.
  const order = countingSorted(as, size, countingSorted(bs, size, all));
  const table: RelationTable = { users, a: new Int32Array(given), b: new Int32Array(given), ab: new Float64Array(given), ba: new Float64Array(given) };
  let pairs = 0;
  for (let i = 0; i < given; i++) {
    const k = order[i]!;
    if (pairs === 0 || as[k] !== table.a[pairs - 1] || bs[k] !== table.b[pairs - 1]) {
      table.a[pairs] = as[k]!;
      table.b[pairs++] = bs[k]!;
    }
    if (back[k] === 0) table.ab[pairs - 1]! += counts[k]!;
    else table.ba[pairs - 1]! += counts[k]!;
  }
  return { users, a: table.a.subarray(0, pairs), b: table.b.subarray(0, pairs), ab: table.ab.subarray(0, pairs), ba: table.ba.subarray(0, pairs) };
}

/** `items` (indices into `keys`) put in the order of their keys, 0 to `range` − 1, equal keys in
 * the order they came: a counting sort. */
function countingSorted(keys: Int32Array, range: number, items: Int32Array): Int32Array {
  const starts = new Int32Array(range + 1);
  for (let i = 0; i < items.length; i++) starts[keys[items[i]!]! + 1]!++;
  for (let r = 0; r < range; r++) starts[r + 1]! += starts[r]!;
  const sorted = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    sorted[starts[keys[item]!]!++] = item;
  }
  return sorted;
}

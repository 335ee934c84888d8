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
  const gave = state.social?.gave ?? {};
  // Pairs grouped by a, then b: sorted a's, each with its sorted b's, is the order of a, then b
  // (by UTF-16 code units) without sorting every pair among all the others (tens of thousands in a
  // long scenario) or building a sort key for each.
  const byA = new Map<UserId, Map<UserId, { ab: number; ba: number }>>();
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
  const out: Array<{ a: UserId; b: UserId; ab: number; ba: number; tier: Tie }> = [];
  for (const a of [...byA.keys()].sort()) {
    const row = byA.get(a)!;
    for (const b of [...row.keys()].sort()) {
      const { ab, ba } = row.get(b)!;
      out.push({ a, b, ab, ba, tier: tieOf(ab, ba) });
    }
  }
  return out;
}

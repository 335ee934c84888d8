// What the insights view shows, read from the engine state: the relationship graph's pairs, the
// leaderboard with streaks and badges, each giver's categories, gifts over simulated time, and
// where the money went. Pure: a function of the state alone, computed when a screen or the
// headless command asks, from the counts the engine keeps as it goes (the social counts and the
// tallies), never by walking the packets: a file session holds only those that can still change.
// The graph, the leaderboard and the users are exactly the `--json` report's `relations`,
// `leaderboard` and `users` (src/domain/social.ts computes all three).
import { leaderboard, relations, userSummaries, byCodeUnits, type Tie, type UserSummary } from '../domain/social';
import { bucketOf, HOURLY_SPAN, noMoney, TIMELINE_DAYS } from '../domain/tallies';
import { BEIJING_OFFSET, DAY, HOUR } from '../domain/time';
import type { Fen, Millis, MoneyTally, State, UserId } from '../domain/types';
import { categoryTag } from '../i18n/tags';

export type Relation = ReturnType<typeof relations>[number];

export interface BoardRow {
  user: UserId;
  value: Fen;
  /** Consecutive Beijing days with a send (0 when the run is broken), and the badges ever reached. */
  streak: number;
  badges: string[];
}

export interface PersonTags {
  user: UserId;
  /** Gift units this person sent (red packets are money, not gifts). */
  units: number;
  /** The three categories they gave most that have a tag (src/i18n/tags.ts), most first. */
  top: Array<{ category: string; count: number }>;
}

export interface Timeline {
  unit: 'hour' | 'day';
  /** The start of the first bucket (a Beijing hour or day), and gift units sent in each bucket
   * from the start of the world's clock to now. */
  start: Millis;
  counts: number[];
}

/** Where the money went, in fen: the ledger's events summed by destination (MoneyTally, in
 * src/domain/types.ts), and what escrow still holds. `merchants`, `escrow` and
 * `commission − subsidy` are the ledger's `merchant`, `escrow` and `platform`. */
export type MoneySplit = MoneyTally & { escrow: Fen };

export interface Insights {
  relations: Relation[];
  /** The same pairs, strongest first: the graph draws these and lists the top ones. */
  pairs: Relation[];
  leaderboard: BoardRow[];
  users: Array<[UserId, UserSummary]>;
  tags: PersonTags[];
  timeline: Timeline;
  money: MoneySplit;
  /** When the counts began, for a data file older than them (see Tallies.since); absent when
   * they cover the whole history. */
  since?: number;
}

const TIE_RANK: Record<Tie, number> = { strong: 0, medium: 1, weak: 2 };

/** Strongest first: by tier, then by gifts between the two, then by ids. */
function byStrength(x: Relation, y: Relation): number {
  return TIE_RANK[x.tier] - TIE_RANK[y.tier] || y.ab + y.ba - (x.ab + x.ba) || byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b);
}

export function insightsOf(state: State): Insights {
  const rel = relations(state);
  const users = userSummaries(state);
  const summary = new Map(users);
  return {
    relations: rel,
    pairs: [...rel].sort(byStrength),
    leaderboard: leaderboard(state).map((e) => ({ ...e, streak: summary.get(e.user)?.streak ?? 0, badges: summary.get(e.user)?.badges ?? [] })),
    users,
    tags: tagsOf(state),
    timeline: timelineOf(state),
    money: moneyOf(state),
    ...(state.social?.tallies?.since !== undefined ? { since: state.social.tallies.since } : {}),
  };
}

/** 消费偏好: each giver's gift units by catalog category (sent, whatever became of them). */
function tagsOf(state: State): PersonTags[] {
  const units = state.social?.tallies?.units ?? {};
  const out: PersonTags[] = [];
  for (const user of Object.keys(units)) {
    const cats = new Map<string, number>();
    let n = 0;
    for (const [sku, count] of Object.entries(units[user]!)) {
      n += count;
      const category = state.catalog[sku]?.category;
      if (category !== undefined && categoryTag(category) !== null) cats.set(category, (cats.get(category) ?? 0) + count);
    }
    if (n === 0) continue;
    const top = [...cats]
      .map(([category, count]) => ({ category, count }))
      .sort((x, y) => y.count - x.count || byCodeUnits(x.category, y.category))
      .slice(0, 3);
    out.push({ user, units: n, top });
  }
  return out.sort((x, y) => y.units - x.units || byCodeUnits(x.user, y.user));
}

/** Per Beijing hour over two days or less of simulated time, else per Beijing day (the newest
 * TIMELINE_DAYS of them, the days the tallies keep: a clock moved years ahead keeps the chart to
 * its newest days). */
function timelineOf(state: State): Timeline {
  const unit = state.now - state.start <= HOURLY_SPAN ? 'hour' : 'day';
  const size = unit === 'hour' ? HOUR : DAY;
  const first = Math.max(bucketOf(state.start, size), bucketOf(state.now, size) - TIMELINE_DAYS + 1);
  const counts = new Array<number>(Math.max(1, bucketOf(state.now, size) - first + 1)).fill(0);
  const tallies = state.social?.tallies;
  for (const [bucket, n] of (unit === 'hour' ? tallies?.hours : tallies?.days) ?? []) {
    const i = bucket - first;
    if (i >= 0 && i < counts.length) counts[i]! += n;
  }
  return { unit, start: first * size - BEIJING_OFFSET, counts };
}

/** The money of every packet, by where it is now (see MoneySplit): the tallies the ledger's
 * events keep, and escrow. */
export function moneyOf(state: State): MoneySplit {
  return { ...(state.social?.tallies?.money ?? noMoney()), escrow: state.escrow };
}

/** Money in (senders and the platform's subsidy) and money out (where it is now): equal. */
export const moneyIn = (m: MoneySplit): Fen => m.paid + m.subsidy;
export const moneyOut = (m: MoneySplit): Fen => m.merchants + m.commission + m.creators + m.redPackets + m.refunds + m.escrow;

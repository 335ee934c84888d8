// What the insights view shows, read from the engine state: the relationship graph's pairs, the
// leaderboard with streaks and badges, each giver's categories, gifts over simulated time, and
// where the money went. Pure: a function of the state alone, computed when a screen or the
// headless command asks. The graph, the leaderboard and the users are exactly the `--json`
// report's `relations`, `leaderboard` and `users` (src/domain/social.ts computes all three).
import { paidFor } from '../domain/ledger';
import { isLive } from '../domain/rules';
import { leaderboard, relations, userSummaries, byCodeUnits, type Tie, type UserSummary } from '../domain/social';
import { BEIJING_OFFSET, DAY, HOUR } from '../domain/time';
import type { Fen, Millis, State, UserId } from '../domain/types';
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

/**
 * Where the money went, in fen. Money in: what senders paid (`paid`: gifts at their price less a
 * code gift's discount, red packets) and what the platform paid towards code gifts still live or
 * accepted (`subsidy`). Money out: the same total, to the merchants, the platform's commission,
 * creators, red packets' claimants, back to senders (`refunds`: expiries, lottery surplus, unclaimed
 * red money, after-sales), and what escrow still holds. `merchants`, `escrow` and
 * `commission − subsidy` are the ledger's `merchant`, `escrow` and `platform`.
 */
export interface MoneySplit {
  paid: Fen;
  subsidy: Fen;
  merchants: Fen;
  commission: Fen;
  creators: Fen;
  redPackets: Fen;
  refunds: Fen;
  escrow: Fen;
}

export interface Insights {
  relations: Relation[];
  /** The same pairs, strongest first: the graph draws these and lists the top ones. */
  pairs: Relation[];
  leaderboard: BoardRow[];
  users: Array<[UserId, UserSummary]>;
  tags: PersonTags[];
  timeline: Timeline;
  money: MoneySplit;
}

const TIE_RANK: Record<Tie, number> = { strong: 0, medium: 1, weak: 2 };

/** Strongest first: by tier, then by gifts between the two, then by ids. */
export function byStrength(x: Relation, y: Relation): number {
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
  };
}

/** 消费偏好: each giver's gift units by catalog category (sent, whatever became of them). */
export function tagsOf(state: State): PersonTags[] {
  const per = new Map<UserId, Map<string, number>>();
  const units = new Map<UserId, number>();
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.mode === 'redpacket') continue;
    const mine = per.get(p.sender) ?? new Map<string, number>();
    per.set(p.sender, mine);
    for (const u of p.units) {
      const category = state.catalog[u.sku]?.category;
      units.set(p.sender, (units.get(p.sender) ?? 0) + 1);
      if (category !== undefined && categoryTag(category) !== null) mine.set(category, (mine.get(category) ?? 0) + 1);
    }
  }
  return [...per]
    .map(([user, cats]) => ({
      user,
      units: units.get(user) ?? 0,
      top: [...cats]
        .map(([category, count]) => ({ category, count }))
        .sort((x, y) => y.count - x.count || byCodeUnits(x.category, y.category))
        .slice(0, 3),
    }))
    .filter((t) => t.units > 0)
    .sort((x, y) => y.units - x.units || byCodeUnits(x.user, y.user));
}

/** A clock moved years ahead keeps the chart to its newest days. */
export const TIMELINE_MAX = 1000;

/** Per Beijing hour over two days or less of simulated time, else per Beijing day (the newest
 * TIMELINE_MAX of them). */
export function timelineOf(state: State): Timeline {
  const unit = state.now - state.start <= 2 * DAY ? 'hour' : 'day';
  const size = unit === 'hour' ? HOUR : DAY;
  const bucket = (t: Millis) => Math.floor((t + BEIJING_OFFSET) / size);
  const first = Math.max(bucket(state.start), bucket(state.now) - TIMELINE_MAX + 1);
  const counts = new Array<number>(Math.max(1, bucket(state.now) - first + 1)).fill(0);
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.mode === 'redpacket') continue;
    const i = bucket(p.sentAt) - first;
    if (i >= 0 && i < counts.length) counts[i]! += p.units.length;
  }
  return { unit, start: first * size - BEIJING_OFFSET, counts };
}

/** The money of every packet, by where it is now (see MoneySplit). */
export function moneyOf(state: State): MoneySplit {
  const m: MoneySplit = { paid: 0, subsidy: 0, merchants: 0, commission: 0, creators: 0, redPackets: 0, refunds: 0, escrow: state.escrow };
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.red) {
      m.paid += p.red.amount;
      const claimed = p.units.reduce((n, u) => n + (u.state === 'claimed' ? (u.amount ?? 0) : 0), 0);
      m.redPackets += claimed;
      // Unclaimed money went back in one movement at the expiry.
      if (p.units.some((u) => u.state === 'refunded')) m.refunds += p.red.amount - claimed;
      continue;
    }
    const discount = p.code?.discount ?? 0;
    for (const u of p.units) {
      const paid = paidFor(p, u);
      m.paid += paid;
      if (u.state === 'refunded' || u.order === 'refunded') {
        m.refunds += paid;
        continue;
      }
      // Live or accepted: the platform's discount is spent on it.
      m.subsidy += discount;
      if (isLive(u) || u.state !== 'claimed') continue;
      const fee = u.fee ?? 0;
      const creator = state.catalog[u.sku]?.creator;
      m.commission += fee;
      if (creator !== undefined && Object.hasOwn(state.users, creator)) m.creators += u.price - fee;
      else m.merchants += u.price - fee;
    }
  }
  return m;
}

/** Money in (senders and the platform's subsidy) and money out (where it is now): equal. */
export const moneyIn = (m: MoneySplit): Fen => m.paid + m.subsidy;
export const moneyOut = (m: MoneySplit): Fen => m.merchants + m.commission + m.creators + m.redPackets + m.refunds + m.escrow;

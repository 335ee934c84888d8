// What a packet looks like to one user: the state a card shows. A read-only projection of the
// state, so the screens never work an outcome out for themselves.
import { isExpired, unitOf } from './rules';
import type { Packet, State, UserId } from './types';

export type CardState =
  | 'claimable' // 可领取: a unit is there for you to take
  | 'toAccept' // 待收下: assigned to you (direct gift, a lottery prize, a reservation)
  | 'claimed' // 已领取
  | 'soldOut' // 手慢了 / 已领完
  | 'joinable' // 参与抽奖
  | 'joined' // 已参与，待开奖
  | 'notEligible' // 不在名单内
  | 'won' // 你中奖了 (and accepted or not yet: see toAccept/claimed)
  | 'lost' // 未中奖
  | 'expired' // 已过期
  | 'sent' // the sender's own card: progress
  | 'refunded' // the sender's card once everything came back
  | 'notForYou'; // a direct gift between two others (never shown: DMs are private)

export interface CardView {
  state: CardState;
  /** Units taken (claimed) and the total. */
  taken: number;
  total: number;
  /** Units still open (not held by anyone). */
  left: number;
  /** The viewer's unit index, when they hold one. */
  mine: number;
  entrants: number;
  refunded: number;
}

export function cardView(state: State, p: Packet, user: UserId): CardView {
  const total = p.units.length;
  const taken = p.units.filter((u) => u.state === 'claimed').length;
  const left = p.units.filter((u) => u.state === 'open').length;
  const refunded = p.units.filter((u) => u.state === 'refunded').length;
  const mine = unitOf(p, user);
  const entrants = p.lottery?.entrants.length ?? 0;
  const base = { taken, total, left, mine, entrants, refunded };
  const expired = isExpired(state, p);
  if (user === p.sender) return { ...base, state: p.settled && taken === 0 ? 'refunded' : 'sent' };
  if (mine >= 0) return { ...base, state: p.units[mine]!.state === 'claimed' ? 'claimed' : 'toAccept' };
  if (p.mode === 'direct') {
    if (user !== p.to) return { ...base, state: 'notForYou' };
    return { ...base, state: 'expired' };
  }
  if (p.mode === 'bulk') return { ...base, state: p.units.some((u) => u.holder === user) ? 'expired' : 'notForYou' };
  if (p.lottery) {
    const lot = p.lottery;
    if (lot.drawn) {
      if (lot.winners!.includes(user)) return { ...base, state: 'expired' };
      return { ...base, state: 'lost' };
    }
    if (lot.entrants.includes(user)) return { ...base, state: 'joined' };
    if (lot.eligible !== 'all' && !lot.eligible.includes(user)) return { ...base, state: 'notEligible' };
    return { ...base, state: 'joinable' };
  }
  if (expired) return { ...base, state: 'expired' };
  return { ...base, state: left > 0 ? 'claimable' : 'soldOut' };
}

/**
 * JD 保密: whether this viewer sees a secret gift as a mystery (神秘礼物: no product, no price).
 * Everyone but the sender does, until they have claimed a unit of it.
 */
export function isMystery(p: Packet, viewer: UserId): boolean {
  if (!p.secret || viewer === p.sender) return false;
  return !p.units.some((u) => u.holder === viewer && u.state === 'claimed');
}

/** Who took a unit of `p` (accepted it), each once, in unit order: a secret gift is none to them. */
export const takersOf = (p: Packet): UserId[] => [...new Set(p.units.filter((u) => u.state === 'claimed' && u.holder !== null).map((u) => u.holder!))];

/**
 * 手气最佳: the unit of a lucky red packet with the largest amount, once the packet is over (no
 * unit open) and more than one was claimed; the first claimed unit of that amount on a tie.
 * -1 when there is none (an equal split, a packet still open, a single claimant). The report
 * and the screens both mark this one.
 */
export function bestLuckUnit(p: Packet): number {
  if (p.red?.split !== 'lucky' || p.units.some((u) => u.state === 'open')) return -1;
  let best = -1;
  let claimed = 0;
  p.units.forEach((u, i) => {
    if (u.state !== 'claimed') return;
    claimed++;
    if (best < 0 || (u.amount ?? 0) > (p.units[best]!.amount ?? 0)) best = i;
  });
  return claimed > 1 ? best : -1;
}

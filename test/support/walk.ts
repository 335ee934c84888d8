// The insights and the feed worked out the long way, by walking every packet and event of a state
// that holds them all (the engine alone): what the counts the engine keeps as it goes (the tallies,
// the feed's posts) must agree with. Written from the rules, not from the code that keeps them.
import { paidFor } from '../../src/domain/ledger';
import { areFriends, isLive } from '../../src/domain/rules';
import { BEIJING_OFFSET, DAY, HOUR } from '../../src/domain/time';
import type { Fen, State, UserId } from '../../src/domain/types';
import { isMystery } from '../../src/domain/views';
import type { FeedPost } from '../../src/insights/feed';
import type { MoneySplit } from '../../src/insights/model';

/** Where every packet's money is now: refunded, live (escrow), or accepted (split by the ledger's
 * rules: the commission, then the creator's share or the merchant's). */
export function moneyByPackets(state: State): MoneySplit {
  const m: MoneySplit = { paid: 0, subsidy: 0, merchants: 0, commission: 0, creators: 0, redPackets: 0, refunds: 0, escrow: state.escrow };
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.red) {
      m.paid += p.red.amount;
      const claimed = p.units.reduce((n, u) => n + (u.state === 'claimed' ? (u.amount ?? 0) : 0), 0);
      m.redPackets += claimed;
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

/** Per sender, per product: gift units sent (red packets are money). */
export function unitsByPackets(state: State): Record<UserId, Record<string, number>> {
  const out: Record<UserId, Record<string, number>> = {};
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.mode === 'redpacket') continue;
    const mine = (out[p.sender] ??= {});
    for (const u of p.units) mine[u.sku] = (mine[u.sku] ?? 0) + 1;
  }
  return out;
}

/** Gift units sent per Beijing hour (size HOUR) or day (DAY): [bucket, units], oldest first; of
 * the packets sent at most `within` after the clock's start. */
export function bucketsByPackets(state: State, size: typeof HOUR | typeof DAY, within = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const id of state.order) {
    const p = state.packets[id]!;
    if (p.mode === 'redpacket' || p.sentAt - state.start > within) continue;
    const b = Math.floor((p.sentAt + BEIJING_OFFSET) / size);
    const last = out[out.length - 1];
    if (last && last[0] === b) last[1] += p.units.length;
    else out.push([b, p.units.length]);
  }
  return out;
}

/** A viewer's 朋友圈 from the events: each broadcast send and each share, as the packets are now. */
export function feedByEvents(state: State, viewer: UserId): FeedPost[] {
  const posts: FeedPost[] = [];
  const sees = (poster: UserId) => viewer === poster || areFriends(state, viewer, poster);
  for (const e of state.events) {
    if (e.type !== 'sent' && e.type !== 'shared') continue;
    const p = state.packets[e.type === 'sent' ? e.packet.id : e.packet]!;
    const units = e.type === 'sent' ? p.units.filter((u) => state.catalog[u.sku]?.tier === 'privilege') : [p.units[e.unit]!];
    if (units.length === 0 || p.mode === 'redpacket') continue;
    const by = e.type === 'sent' ? p.sender : e.user;
    if (!sees(by)) continue;
    const hidden = isMystery(p, viewer);
    const gifts: Array<{ sku: string; spec: string; count: number }> = [];
    for (const u of units) {
      const same = gifts.find((g) => g.sku === u.sku && g.spec === u.spec);
      if (same) same.count++;
      else gifts.push({ sku: u.sku, spec: u.spec, count: 1 });
    }
    const product = state.catalog[units[0]!.sku];
    const price: Fen = units.reduce((n, u) => n + u.price, 0);
    posts.push({
      at: e.at,
      kind: e.type === 'sent' ? 'broadcast' : 'share',
      by,
      sender: p.sender,
      to: e.type === 'sent' ? p.to : null,
      group: e.type === 'sent' ? p.group : null,
      packet: p.id,
      gifts: hidden ? null : gifts,
      effect: hidden || product?.tier !== 'privilege' ? null : (product.emoji ?? null),
      price: hidden || !p.showPrice ? null : price,
    });
  }
  return posts.reverse();
}

// 朋友圈: what one user's feed holds. A gift of the privilege tier (a broadcast effect) is posted
// to the sender's friends with its effect; a recipient's 晒礼物 is posted to the sharer's friends.
// Each user also sees their own posts. A post never carries an address, carries a price only
// when the gift's sender chose to show it (`showPrice`), and shows a secret gift as a mystery to
// everyone the card would (isMystery): no product, no effect, no price. Pure, read from the state.
import { areFriends } from '../domain/rules';
import { isMystery } from '../domain/views';
import type { Fen, GroupId, Millis, Packet, PacketId, State, Unit, UserId } from '../domain/types';

export interface FeedGift {
  sku: string;
  spec: string;
  /** How many units of it (a broadcast to a group may send several). */
  count: number;
}

export interface FeedPost {
  at: Millis;
  kind: 'broadcast' | 'share';
  /** Who posted: a broadcast's sender, a share's recipient. */
  by: UserId;
  /** Who sent the gift (for a share: the one who gave it). */
  sender: UserId;
  /** A broadcast's recipient or group (null for a share, and for a bulk gift to a list). */
  to: UserId | null;
  group: GroupId | null;
  packet: PacketId;
  /** What was given, or null when it is a secret this viewer may not see. */
  gifts: FeedGift[] | null;
  /** The broadcast effect (the product's emoji, 🎆…), or null. */
  effect: string | null;
  /** The price, only when the sender allowed it and the gift is not a mystery to this viewer. */
  price: Fen | null;
}

/** A packet is a broadcast when it holds a gift of the privilege tier. */
export function isBroadcast(state: State, p: Packet): boolean {
  return p.mode !== 'redpacket' && p.units.some((u) => state.catalog[u.sku]?.tier === 'privilege');
}

const sees = (state: State, viewer: UserId, poster: UserId) => viewer === poster || areFriends(state, viewer, poster);

/** The posts in `viewer`'s feed, newest first (ties: the later post first). */
export function feedFor(state: State, viewer: UserId): FeedPost[] {
  // Each post with its place in time: a send's index among the sends, a share's just after the
  // sends before it, so that posts of one instant keep the order they happened in.
  const posts: Array<{ post: FeedPost; place: number }> = [];
  state.order.forEach((id, index) => {
    const p = state.packets[id]!;
    if (!isBroadcast(state, p) || !sees(state, viewer, p.sender)) return;
    const hidden = isMystery(p, viewer);
    const units = p.units.filter((u) => state.catalog[u.sku]?.tier === 'privilege');
    const post: FeedPost = {
      at: p.sentAt,
      kind: 'broadcast',
      by: p.sender,
      sender: p.sender,
      to: p.to,
      group: p.group,
      packet: p.id,
      gifts: hidden ? null : giftsOf(units),
      effect: hidden ? null : (state.catalog[units[0]!.sku]?.emoji ?? null),
      price: hidden || !p.showPrice ? null : units.reduce((n, u) => n + u.price, 0),
    };
    posts.push({ post, place: 2 * index });
  });
  for (const s of state.shares ?? []) {
    const p = state.packets[s.packet];
    if (!p || !sees(state, viewer, s.user)) continue;
    const u = p.units[s.unit]!;
    const hidden = isMystery(p, viewer);
    const effect = state.catalog[u.sku]?.tier === 'privilege' ? (state.catalog[u.sku]?.emoji ?? null) : null;
    const post: FeedPost = {
      at: s.at,
      kind: 'share',
      by: s.user,
      sender: p.sender,
      to: null,
      group: null,
      packet: p.id,
      gifts: hidden ? null : giftsOf([u]),
      effect: hidden ? null : effect,
      price: hidden || !p.showPrice ? null : u.price,
    };
    posts.push({ post, place: 2 * s.after - 1 });
  }
  // Newest first; two shares at one place, the later first.
  return posts
    .map((x, i) => ({ ...x, i }))
    .sort((x, y) => y.post.at - x.post.at || y.place - x.place || y.i - x.i)
    .map((x) => x.post);
}

function giftsOf(units: readonly Unit[]): FeedGift[] {
  const out: FeedGift[] = [];
  for (const u of units) {
    const same = out.find((g) => g.sku === u.sku && g.spec === u.spec);
    if (same) same.count++;
    else out.push({ sku: u.sku, spec: u.spec, count: 1 });
  }
  return out;
}

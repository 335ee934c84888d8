// 朋友圈: what one user's feed holds, read from the posts the engine keeps (state.feed, see
// src/domain/feed.ts): a gift of the privilege tier (a broadcast effect) is posted to the sender's
// friends with its effect; a recipient's 晒礼物 is posted to the sharer's friends. Each user also
// sees their own posts. A post never carries an address, carries a price only when the gift's
// sender chose to show it (`showPrice`), and shows a secret gift as a mystery to everyone the card
// would (everyone but its sender and those who took a unit): no product, no effect, no price.
// Pure, read from the state; no packet is needed (a file store keeps final ones on disk).
import { areFriends } from '../domain/rules';
import type { FeedEntry, Fen, GroupId, Millis, PacketId, State, UserId } from '../domain/types';

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

const sees = (state: State, viewer: UserId, poster: UserId) => viewer === poster || areFriends(state, viewer, poster);

/** JD 保密: a mystery to everyone but its sender and those who took a unit of it. */
const hiddenFrom = (e: FeedEntry, viewer: UserId) => e.secret !== undefined && viewer !== e.sender && !e.secret.includes(viewer);

/** The posts in `viewer`'s feed, newest first (posts of one instant: the later first). */
export function feedFor(state: State, viewer: UserId): FeedPost[] {
  const out: FeedPost[] = [];
  const feed = state.feed ?? [];
  for (let i = feed.length - 1; i >= 0; i--) {
    const e = feed[i]!;
    if (!sees(state, viewer, e.by)) continue;
    const hidden = hiddenFrom(e, viewer);
    const first = state.catalog[e.gifts[0]?.sku ?? ''];
    out.push({
      at: e.at,
      kind: e.kind,
      by: e.by,
      sender: e.sender,
      to: e.to,
      group: e.group,
      packet: e.packet,
      gifts: hidden ? null : e.gifts.map((g) => ({ ...g })),
      effect: hidden || first?.tier !== 'privilege' ? null : (first.emoji ?? null),
      price: hidden || !e.showPrice ? null : e.price,
    });
  }
  return out;
}

// 朋友圈: what one user's feed holds, read from the posts the engine keeps (state.feed, see
// src/domain/feed.ts): a gift of the privilege tier (a broadcast effect) is posted to the sender's
// friends with its effect; a recipient's 晒礼物 is posted to the sharer's friends. Each user also
// sees their own posts. A post never carries an address, carries a price only when the gift's
// sender chose to show it (`showPrice`), and shows a secret gift as a mystery to everyone the card
// would (everyone but its sender and those who took a unit): no product, no effect, no price.
// Pure, read from the state; no packet is needed (a file store keeps final ones on disk).
import { areFriends } from '../domain/rules';
import type { FeedEntry, Fen, State, UserId } from '../domain/types';

/** One product of a post, and how many units of it (a broadcast to a group may send several). */
export type FeedGift = FeedEntry['gifts'][number];

/** A post as one viewer sees it: who posted what, when (as the engine kept it), and what this
 * viewer may see of the gift. */
export interface FeedPost extends Pick<FeedEntry, 'at' | 'kind' | 'by' | 'sender' | 'to' | 'group' | 'packet'> {
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
    // Who posted what, when, as kept; what the viewer may see of the gift, decided here.
    const { gifts, price, showPrice, secret: _secret, ...head } = e;
    out.push({
      ...head,
      gifts: hidden ? null : gifts.map((g) => ({ ...g })),
      effect: hidden || first?.tier !== 'privilege' ? null : (first.emoji ?? null),
      price: hidden || !showPrice ? null : price,
    });
  }
  return out;
}

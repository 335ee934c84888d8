// The 朋友圈's posts, recorded as they are made: a gift of the privilege tier sent (a broadcast,
// with its effect) and a recipient's 晒礼物. Each post holds what a feed shows of it, so a feed is
// read from the posts alone, never from the packets (a file store keeps final packets on disk).
// The newest FEED_KEEP are kept: a feed is a phone's recent posts, and the state travels whole in
// a data file's main part. Who sees a post, and how much of it, is src/insights/feed.ts's.
import type { FeedEntry, Packet, State, Unit, UserId } from './types';
import { takersOf } from './views';

export const FEED_KEEP = 200;

function giftsOf(units: readonly Unit[]): FeedEntry['gifts'] {
  const out: FeedEntry['gifts'] = [];
  for (const u of units) {
    const same = out.find((g) => g.sku === u.sku && g.spec === u.spec);
    if (same) same.count++;
    else out.push({ sku: u.sku, spec: u.spec, count: 1 });
  }
  return out;
}

function post(state: State, p: Packet, entry: Omit<FeedEntry, 'sender' | 'packet' | 'gifts' | 'price' | 'showPrice' | 'secret'>, units: readonly Unit[]): void {
  const feed = (state.feed ??= []);
  feed.push({
    ...entry,
    sender: p.sender,
    packet: p.id,
    gifts: giftsOf(units),
    price: units.reduce((n, u) => n + u.price, 0),
    ...(p.showPrice ? { showPrice: true as const } : {}),
    ...(p.secret ? { secret: takersOf(p) } : {}),
  });
  if (feed.length > FEED_KEEP) feed.splice(0, feed.length - FEED_KEEP);
}

/** A packet's gifts of the privilege tier: a packet that holds any is a broadcast. A loop that
 * makes a list only when it finds one: every send asks, and most hold none. */
function broadcastUnits(state: State, p: Packet): readonly Unit[] {
  let out: Unit[] | null = null;
  const units = p.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (state.catalog[u.sku]?.tier === 'privilege') (out ??= []).push(u);
  }
  return out ?? NONE;
}
const NONE: readonly Unit[] = [];

/** evolve: a packet sent; posted to its sender's friends when it broadcasts. */
export function postSent(state: State, p: Packet, at: number): void {
  if (p.mode === 'redpacket') return;
  const units = broadcastUnits(state, p);
  if (units.length > 0) post(state, p, { at, kind: 'broadcast', by: p.sender, to: p.to, group: p.group }, units);
}

/** evolve: a recipient switched the variant of their unit before accepting it: a broadcast's post
 * shows the gift as it now is, like its card. */
export function postSpecChanged(state: State, p: Packet): void {
  if (!state.feed) return;
  const units = broadcastUnits(state, p);
  if (units.length === 0) return;
  for (const e of state.feed) if (e.packet === p.id && e.kind === 'broadcast') e.gifts = giftsOf(units);
}

/** evolve: `user` shared their unit `unit` of `p`. */
export function postShared(state: State, p: Packet, user: UserId, unit: number, at: number): void {
  post(state, p, { at, kind: 'share', by: user, to: null, group: null }, [p.units[unit]!]);
}

/** evolve: `user` took a unit of a secret gift: its posts are no secret to them any more. */
export function postTaken(state: State, p: Packet, user: UserId): void {
  if (!p.secret || !state.feed) return;
  for (const e of state.feed) if (e.packet === p.id && e.secret && !e.secret.includes(user)) e.secret.push(user);
}

// The shop's history sections (我送过的, 朋友送过, 我收到的) over every packet ever sent: the packets
// in memory, and through the gift marks in state.archived the ones a file store left on disk.
// Pure functions of state; the store folds a packet into the marks when it archives it.
import { areFriends } from './rules';
import { byCodeUnits } from './social';
import { isMystery, takersOf } from './views';
import type { Archived, GiftMark, GiftTime, Packet, PacketId, State, UserId } from './types';

export type GiftSection = 'friends' | 'sent' | 'received';

export const emptyArchived = (): Archived => ({ packets: 0, merchant: 0, platform: 0, clawed: {}, sent: [], received: [] });

/** Packet ids in send order: `p9999` before `p10000` (the shorter first), then as text. */
function compareIds(a: PacketId, b: PacketId): number {
  return a.length - b.length || byCodeUnits(a, b);
}

/**
 * Negative when `a` is the newer gift: sent later, or in the same instant in a later packet, or
 * in the same packet an earlier unit. The clock never goes back and ids grow with each send, so
 * this is the send order without needing a packet's place in it (which the domain does not
 * know for packets on disk).
 */
function newerFirst(a: GiftTime, b: GiftTime): number {
  return b[0] - a[0] || compareIds(b[1], a[1]) || a[2] - b[2];
}

/** The products of a section for `user`, newest first, each once, placed by its newest gift. */
export function giftSection(state: State, user: UserId, section: GiftSection): string[] {
  const best = new Map<string, GiftTime>();
  const note = (sku: string, t: GiftTime) => {
    const b = best.get(sku);
    if (b === undefined || newerFirst(t, b) < 0) best.set(sku, t);
  };
  const counts = (sender: UserId) => (section === 'sent' ? sender === user : areFriends(state, sender, user));
  for (const id of state.order) {
    const p = state.packets[id]!;
    // A secret gift (JD 保密) says nothing of what it is to anyone but its sender and claimants.
    if (isMystery(p, user)) continue;
    if (section === 'received') p.units.forEach((u, i) => u.holder === user && u.state !== 'refunded' && note(u.sku, [p.sentAt, p.id, i]));
    else if (counts(p.sender)) p.units.forEach((u, i) => note(u.sku, [p.sentAt, p.id, i]));
  }
  const a = state.archived;
  if (a) {
    if (section === 'received') for (const [holder, sku, t] of a.received) holder === user && note(sku, t);
    else for (const [sender, sku, t, secret] of a.sent) if (counts(sender) && (secret === undefined || sender === user || secret === user)) note(sku, t);
  }
  return [...best].sort((x, y) => newerFirst(x[1], y[1])).map(([sku]) => sku);
}

// A mark list is searched by (user, sku) when a packet is folded in: an index beside it, made
// once per list (a list read from a file gets its own).
const indexes = new WeakMap<GiftMark[], Map<string, number>>();
const markKey = (user: UserId, sku: string, secret?: true | UserId) => `${user}\u0000${sku}\u0000${secret === undefined ? '' : secret === true ? 's' : `s:${secret}`}`;

/** A secret gift's mark is kept apart: its sender's friends must not see it as 朋友送过 (but the
 * friend a mark of its own names: they accepted a unit, so it is no mystery to them). */
function mark(list: GiftMark[], user: UserId, sku: string, t: GiftTime, secret?: true | UserId): void {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Map(list.map((m, i) => [markKey(m[0], m[1], m[3]), i]))));
  const k = markKey(user, sku, secret);
  const i = index.get(k);
  const m: GiftMark = secret === undefined ? [user, sku, t] : [user, sku, t, secret];
  if (i === undefined) {
    index.set(k, list.length);
    list.push(m);
  } else if (newerFirst(t, list[i]![2]) < 0) list[i] = m;
}

/** Add a final packet's gifts to the marks (adding one twice changes nothing). */
export function markGifts(a: Archived, p: Packet): void {
  // isMystery: a secret gift is none to whoever accepted a unit of it.
  const takers = p.secret ? takersOf(p) : [];
  p.units.forEach((u, i) => {
    const t: GiftTime = [p.sentAt, p.id, i];
    mark(a.sent, p.sender, u.sku, t, p.secret ? true : undefined);
    if (u.holder !== null && u.state !== 'refunded') mark(a.received, u.holder, u.sku, t);
    for (const taker of takers) mark(a.sent, p.sender, u.sku, t, taker);
  });
}

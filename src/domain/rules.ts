// Small read-only rules shared by the engine and the screens: who may do what, what a product
// costs, whether it can be given. Pure functions of state.
import { GIFT_PRICE_CAP } from './money';
import { setting } from './settings';
import { DAY } from './time';
import type { Fen, Group, Millis, OrderDue, Packet, Product, Spec, State, Unit, UserId } from './types';

export const NOT_GIFTABLE_CATEGORIES = new Set(['jewellery', 'education']);

export type GiftableReason = 'flag' | 'category' | 'price';

/** Why a variant cannot be given, or null when it can. */
export function notGiftableReason(product: Product, spec: Spec): GiftableReason | null {
  if (product.giftable === false) return 'flag';
  if (NOT_GIFTABLE_CATEGORIES.has(product.category)) return 'category';
  if (spec.price > GIFT_PRICE_CAP) return 'price';
  return null;
}

/** The named variant, or the only one when the name is omitted. */
export function resolveSpec(product: Product, specId: string | undefined): Spec | undefined {
  if (specId === undefined) return product.specs.length === 1 ? product.specs[0] : undefined;
  return product.specs.find((s) => s.id === specId);
}

export const stockKey = (sku: string, spec: string) => `${sku}/${spec}`;

/** Whether a variant's stock is counted (State.stock has its key). Most worlds set no limit: their
 * record is empty, and an expiry that refunds a hundred units need not build a key for each. */
export function stockCounted(state: State, sku: string, spec: string): boolean {
  for (const _ in state.stock) return stockKey(sku, spec) in state.stock;
  return false;
}

export function areFriends(state: State, a: UserId, b: UserId): boolean {
  if (a === b) return false;
  return state.users[a]?.friends.includes(b) === true || state.users[b]?.friends.includes(a) === true;
}

/** Whether `a`'s own list names `b` (a state from before the lists were kept: any friend). */
export function lists(state: State, a: UserId, b: UserId): boolean {
  const u = state.users[a];
  return (u?.lists ?? u?.friends)?.includes(b) === true;
}

/** Why a direct gift from `a` to `b` is not allowed: NOT_FRIEND when neither lists the other;
 * under `mutualFriendsOnly`, NOT_MUTUAL_FRIEND when only one does. Null when it is allowed. */
export function directGiftProblem(state: State, a: UserId, b: UserId): 'NOT_FRIEND' | 'NOT_MUTUAL_FRIEND' | null {
  if (!areFriends(state, a, b)) return 'NOT_FRIEND';
  if (setting(state.settings, 'mutualFriendsOnly') && !(lists(state, a, b) && lists(state, b, a))) return 'NOT_MUTUAL_FRIEND';
  return null;
}

// A group of 500 asks "is X a member" for every claim and join: a Set per members list, made
// once. Keyed by the array itself, so a changed list (a new state from the store) gets its own.
// The last list asked is remembered beside the map: a scenario asks of one group, claim after claim.
const memberSets = new WeakMap<readonly UserId[], Set<UserId>>();
let lastMembers: readonly UserId[] | null = null;
let lastSet = new Set<UserId>();
function memberSet(group: Group): Set<UserId> {
  const members = group.members;
  if (members === lastMembers) return lastSet;
  let set = memberSets.get(members);
  if (!set) memberSets.set(members, (set = new Set(members)));
  lastMembers = members;
  lastSet = set;
  return set;
}

export function isMember(group: Group, user: UserId): boolean {
  return memberSet(group).has(user);
}

/**
 * A record lookup that ignores Object.prototype: a user or packet called "constructor" is unknown.
 * One lookup, not two (a long scenario's packets are a record of thousands of keys, and every
 * claim asks it twice): what a record inherits is Object.prototype's, all functions, and its
 * `__proto__`, the prototype itself; only a value of those kinds needs the question whether it is
 * the record's own.
 */
export function own<T>(rec: Record<string, T>, key: string): T | undefined {
  if (typeof key !== 'string') return undefined;
  const v = rec[key];
  if (v === undefined) return undefined;
  if (typeof v === 'function' || v === OBJECT_PROTOTYPE) return Object.hasOwn(rec, key) ? v : undefined;
  return v;
}

const OBJECT_PROTOTYPE: unknown = Object.prototype;

/** The automatic id of the n-th packet sent: p0001, p0002… p10000. */
export const packetId = (n: number) => `p${String(n).padStart(4, '0')}`;

/** Whether a name has the form of an automatic packet id (p and four or more digits). */
export const isPacketId = (name: string) => /^p\d{4,}$/.test(name);

export function dmChat(a: UserId, b: UserId): string {
  return a < b ? `dm:${a}|${b}` : `dm:${b}|${a}`;
}

export const groupChat = (g: string) => `group:${g}`;

/** A code gift travels outside every chat (a 口令 passed on by hand): its card lives in a chat
 * of its own, `code:<packet id>`, which only the screens that show the share text open. */
export const codeChat = (packet: string) => `code:${packet}`;

export function chatOf(packet: Packet): string {
  if (packet.mode === 'code') return codeChat(packet.id);
  if (packet.group !== null) return groupChat(packet.group);
  // A bulk gift to a list has a card in each recipient's private chat: the first one's stands for it.
  return dmChat(packet.sender, packet.to ?? packet.units[0]!.holder!);
}

/** The chat where this user sees the packet's card. */
export function chatFor(packet: Packet, user: UserId): string {
  if (packet.mode === 'bulk' && packet.group === null && user !== packet.sender) return dmChat(packet.sender, user);
  return chatOf(packet);
}

/**
 * The members of a chat, or null for an unknown chat. A private chat's id is exactly the one
 * dmChat() makes for two users: `dm:mom|dad|zzz` or `dm:mom|dad` (the order reversed) would file
 * lines under a chat nobody sees.
 */
export function chatMembers(state: State, chat: string): UserId[] | null {
  if (chat.startsWith('group:')) return own(state.groups, chat.slice(6))?.members ?? null;
  if (chat.startsWith('dm:')) {
    const parts = chat.slice(3).split('|');
    if (parts.length !== 2) return null;
    const [a, b] = parts as [string, string];
    if (!Object.hasOwn(state.users, a) || !Object.hasOwn(state.users, b) || chat !== dmChat(a, b)) return null;
    return [a, b];
  }
  return null;
}

export type PacketStatus = 'open' | 'drawn' | 'done';

export const isLive = (u: Unit) => u.state === 'open' || u.state === 'assigned';

/**
 * A unit as a send makes it: open, no holder. Every field a claim may set is there, `undefined`
 * until then (JSON leaves those out), in the order evolve's cloneUnit gives: one shape for all
 * units keeps the engine's property reads fast, whether the state copied a unit or took it.
 */
export function newUnit(sku: string, spec: string, price: Fen): Unit {
  return {
    sku,
    spec,
    price,
    state: 'open',
    holder: null,
    at: null,
    voucher: null,
    redeemed: false,
    holdUntil: undefined,
    address: undefined,
    amount: undefined,
    order: undefined,
    shipAt: undefined,
    deliverAt: undefined,
    fee: undefined,
  };
}

/** Whether any unit is still open or assigned. From the end: units are taken from the front,
 * so the live ones sit at the back (this runs on every claim of a packet of up to 100). */
export function anyLive(units: readonly Unit[]): boolean {
  for (let i = units.length - 1; i >= 0; i--) if (isLive(units[i]!)) return true;
  return false;
}

export function packetStatus(p: Packet): PacketStatus {
  if (p.lottery && !p.lottery.drawn) return 'open';
  if (anyLive(p.units)) return p.lottery ? 'drawn' : 'open';
  return 'done';
}

/** The unit of a packet that was this user's: the one they accepted, else one assigned to them
 * (never accepted, perhaps refunded at its expiry); -1 when none was (the sender holds none). */
export function heldUnit(p: Packet, user: UserId): number {
  const i = p.units.findIndex((u) => u.holder === user && u.state === 'claimed');
  return i >= 0 ? i : p.units.findIndex((u) => u.holder === user);
}

/** The unit a user holds (assigned or claimed) in a packet, or -1. A loop, not findIndex with a
 * closure: every claim of a grab of up to 100 units asks it. */
export function unitOf(p: Packet, user: UserId): number {
  const units = p.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.holder === user && (u.state === 'assigned' || u.state === 'claimed')) return i;
  }
  return -1;
}

/** Who could take a unit of a group packet: the members except the sender (lottery: the eligible). */
export function takers(state: State, p: Pick<Packet, 'group' | 'sender'>, eligible?: 'all' | UserId[]): UserId[] {
  const g = p.group === null ? undefined : state.groups[p.group];
  if (!g) return [];
  if (eligible === undefined || eligible === 'all') return g.members.filter((m) => m !== p.sender);
  const members = memberSet(g);
  return [...new Set(eligible)].filter((m) => m !== p.sender && members.has(m));
}

/** Past its deadline: a claim now is EXPIRED (deadlines are exclusive: at the instant, it is past). */
export function isExpired(state: State, p: Packet): boolean {
  return p.expiresAt !== null && state.now >= p.expiresAt;
}

/**
 * Whether this user's claim needs a delivery address: the unit they would take is a parcel. A
 * lucky bag's unit is drawn only at the claim, so a claimant fills an address when any unit they
 * could get is one. The engine requires it; the screens ask for it.
 */
export function claimNeedsAddress(state: State, p: Packet, user: UserId): boolean {
  // Loops rather than some/find with closures: every claim of a lucky bag asks it.
  const units = p.units;
  if (p.mode === 'luckybag') {
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if ((u.state === 'open' || u.holder === user) && isParcel(state, u)) return true;
    }
    return false;
  }
  let open: Unit | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.holder === user && u.state === 'assigned') return isParcel(state, u);
    if (open === undefined && u.state === 'open') open = u;
  }
  return open !== undefined && isParcel(state, open);
}

const isParcel = (state: State, u: Unit) => state.catalog[u.sku]?.delivery === 'address';

// ---- the second edition: orders, after-sales, the end of a packet's life --------------------

/** How long after delivery the recipient may still ask for an after-sales refund. */
export const AFTERSALE_DAYS = 7;

/** The instant an accepted unit's after-sales window closes (exclusive, like every deadline):
 * delivery + 7 days. Null when it has no window (a voucher, a red packet, never accepted). */
function aftersaleEnds(u: Unit): Millis | null {
  if (u.order === undefined || u.order === null || u.deliverAt === undefined) return null;
  return u.deliverAt + AFTERSALE_DAYS * DAY;
}

/** When after-sales closes for this unit in this world, or null when it has none (not a parcel,
 * or no order yet). The one answer the engine's AFTERSALE_CLOSED check and the screens that
 * explain it (the order screen, the refusal's explanation) all read, so they cannot disagree. */
export const aftersaleClosesAt = (state: State, u: Unit): Millis | null => (isParcel(state, u) ? aftersaleEnds(u) : null);

/** A physical unit whose order still waits for the clock (to ship or to be delivered). */
export const orderPending = (u: Unit) => u.order === 'accepted' || u.order === 'shipped';

/** What a unit's order waits for next: shipping (when it comes before delivery), else delivery. */
export function unitOrderDue(u: Unit): OrderDue | null {
  const kind = unitDueKind(u);
  return kind === null ? null : { at: unitDueAt(u, kind), kind };
}

/** unitOrderDue's kind alone: the deadline code asks it of every unit of a packet, so it makes
 * no object. */
export function unitDueKind(u: Unit): OrderDue['kind'] | null {
  if (u.order === 'accepted' && u.shipAt! < u.deliverAt!) return 'ship';
  if (u.order === 'accepted' || u.order === 'shipped') return 'deliver';
  return null;
}

/** When a unit's order is due for `kind` (the kind unitDueKind gives). */
export const unitDueAt = (u: Unit, kind: OrderDue['kind']): Millis => (kind === 'ship' ? u.shipAt! : u.deliverAt!);

/** The earliest of two order deadlines; at one instant, shipping first. */
export function earlierDue(a: OrderDue | null, b: OrderDue | null): OrderDue | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.at < a.at || (b.at === a.at && b.kind === 'ship' && a.kind === 'deliver') ? b : a;
}

/** A packet's earliest order deadline, from its units (earlierDue over them all, one object made). */
export function packetOrderDue(p: Packet): OrderDue | null {
  let at = 0;
  let kind: OrderDue['kind'] | null = null;
  for (let i = 0; i < p.units.length; i++) {
    const u = p.units[i]!;
    const k = unitDueKind(u);
    if (k === null) continue;
    const t = unitDueAt(u, k);
    if (kind === null || t < at || (t === at && k === 'ship')) {
      at = t;
      kind = k;
    }
  }
  return kind === null ? null : { at, kind };
}

/**
 * Whether nothing can change this packet's money, units or orders any more, so a store may keep
 * it out of memory. Final when:
 *   - it is settled (every unit claimed or refunded; a lottery drawn): no claim, draw or expiry;
 *   - no order is still to ship or be delivered: no clock deadline;
 *   - every accepted unit's after-sales window is over at `state.now` (or it was refunded):
 *     no `aftersale` can move money;
 *   - every claimed voucher is redeemed: no `redeem` can change it.
 * What can still touch a final packet, and must bring it back if it was put away: an `opened`
 * event (anyone may look at an old card), a `codeTried` event (a wrong code on a code gift leaves
 * its count even after the gift is gone), and reads by later commands (a 回礼 reads the packet
 * it answers; an `aftersale` or `claim` on it must still be refused with the right code).
 */
export function isFinal(state: State, p: Packet): boolean {
  if (!p.settled || (p.deliveries ?? 0) > 0) return false;
  for (const u of p.units) {
    if (u.state !== 'claimed') continue;
    if (u.voucher !== null && !u.redeemed) return false;
    if (u.order === 'refunded') continue;
    const ends = aftersaleEnds(u);
    if (ends !== null && state.now < ends) return false;
  }
  return true;
}

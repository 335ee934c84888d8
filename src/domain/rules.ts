// Small read-only rules shared by the engine and the screens: who may do what, what a product
// costs, whether it can be given. Pure functions of state.
import { GIFT_PRICE_CAP } from './money';
import type { Group, Packet, Product, Spec, State, Unit, UserId } from './types';

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

export function areFriends(state: State, a: UserId, b: UserId): boolean {
  if (a === b) return false;
  return state.users[a]?.friends.includes(b) === true || state.users[b]?.friends.includes(a) === true;
}

// A group of 500 asks "is X a member" for every claim and join: a Set per members list, made
// once. Keyed by the array itself, so a changed list (a new state from the store) gets its own.
const memberSets = new WeakMap<readonly UserId[], Set<UserId>>();
function memberSet(group: Group): Set<UserId> {
  let set = memberSets.get(group.members);
  if (!set) memberSets.set(group.members, (set = new Set(group.members)));
  return set;
}

export function isMember(group: Group, user: UserId): boolean {
  return memberSet(group).has(user);
}

export function dmChat(a: UserId, b: UserId): string {
  return a < b ? `dm:${a}|${b}` : `dm:${b}|${a}`;
}

export const groupChat = (g: string) => `group:${g}`;

export function chatOf(packet: Packet): string {
  return packet.group !== null ? groupChat(packet.group) : dmChat(packet.sender, packet.to!);
}

/** The members of a chat, or null for an unknown chat. */
export function chatMembers(state: State, chat: string): UserId[] | null {
  if (chat.startsWith('group:')) return Object.hasOwn(state.groups, chat.slice(6)) ? state.groups[chat.slice(6)]!.members : null;
  if (chat.startsWith('dm:')) {
    const [a, b] = chat.slice(3).split('|');
    if (a === undefined || b === undefined || !Object.hasOwn(state.users, a) || !Object.hasOwn(state.users, b)) return null;
    return [a, b];
  }
  return null;
}

export type PacketStatus = 'open' | 'drawn' | 'done';

export const isLive = (u: Unit) => u.state === 'open' || u.state === 'assigned';

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

/**
 * Whether nothing can change this packet any more: no deadline is pending, no command can move
 * its money, its units or what its card shows. This is the single rule the file store relies
 * on to keep a packet on disk only (and to stop checking it against the ledger one by one):
 * whatever a later rule lets change after a packet settles (an order still to ship, an
 * after-sales window, a voucher still to redeem) must make this false until it can no longer
 * happen. The one mark a final packet may still take is `opened` (who looked at it): the store
 * reads the packet back into memory for that command, like any command that names it.
 */
export function isFinal(_state: State, p: Packet): boolean {
  if (!p.settled) return false;
  // A voucher accepted but not yet redeemed can still be redeemed.
  for (const u of p.units) if (u.state === 'claimed' && u.voucher !== null && !u.redeemed) return false;
  return true;
}

/** The unit a user holds (assigned or claimed) in a packet, or -1. */
export function unitOf(p: Packet, user: UserId): number {
  return p.units.findIndex((u) => u.holder === user && (u.state === 'assigned' || u.state === 'claimed'));
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
  const parcel = (u: Unit) => state.catalog[u.sku]?.delivery === 'address';
  if (p.mode === 'luckybag') return p.units.some((u) => (u.state === 'open' || u.holder === user) && parcel(u));
  const mine = p.units.find((u) => u.holder === user && u.state === 'assigned');
  const unit = mine ?? p.units.find((u) => u.state === 'open');
  return unit !== undefined && parcel(unit);
}

// How an accepted, refunded or after-sales-refunded unit's money splits. The engine puts these
// figures into the ledger events (settled, refunded, aftersale); evolve moves exactly them.
import { own } from './decide-kit';
import { setting } from './settings';
import { stockCounted } from './rules';
import type { Fen, Millis, NewEvent, Packet, State, Unit } from './types';

/** `floor(price × percent / 100)`: the platform's commission, or a code gift's discount. */
export const percentOf = (price: Fen, percent: number): Fen => Math.floor((price * percent) / 100);

/** What the sender paid for a unit: its list price, less the platform's discount on a code gift. */
export const paidFor = (p: Packet, u: Unit): Fen => u.price - (p.code?.discount ?? 0);

/** The creator whose product this unit is, when they are a user of the world. */
function creatorOf(state: State, u: Unit): string | null {
  const id = state.catalog[u.sku]?.creator;
  return id !== undefined && own(state.users, id) ? id : null;
}

/** The `settled` event of a unit accepted now: the platform keeps its commission, the rest goes
 * to the merchant, or to the creator's wallet for a creator's product. */
export function settlement(state: State, p: Packet, i: number, at: Millis): NewEvent {
  const u = p.units[i]!;
  const fee = percentOf(u.price, setting(state.settings, 'commission'));
  const creator = creatorOf(state, u);
  const rest = u.price - fee;
  return { type: 'settled', at, packet: p.id, unit: i, amount: u.price, merchant: creator ? 0 : rest, fee, creator, share: creator ? rest : 0 };
}

/** A live unit refunded to its sender (expiry, or a lottery's surplus), with its stock returned. */
export function refundInto(state: State, out: NewEvent[], p: Packet, i: number, at: Millis, reason: 'expired' | 'surplus') {
  const u = p.units[i]!;
  const discount = p.code?.discount ?? 0;
  // Written out rather than spread: an expiry refunds every unit left of every packet.
  const amount = paidFor(p, u);
  out.push(discount ? { type: 'refunded', at, packet: p.id, unit: i, user: p.sender, amount, reason, discount } : { type: 'refunded', at, packet: p.id, unit: i, user: p.sender, amount, reason });
  if (stockCounted(state, u.sku, u.spec)) out.push({ type: 'stock', at, sku: u.sku, spec: u.spec, delta: 1 });
}

/** The `aftersale` event reversing an accepted unit exactly: who gave what back at acceptance
 * gives it back now (the creator's share by the creator, whatever their wallet holds). */
export function reversal(state: State, p: Packet, i: number, user: string, at: Millis): NewEvent {
  const u = p.units[i]!;
  const fee = u.fee ?? 0;
  const creator = creatorOf(state, u);
  const rest = u.price - fee;
  const discount = p.code?.discount ?? 0;
  return {
    type: 'aftersale',
    at,
    user,
    packet: p.id,
    unit: i,
    sender: p.sender,
    refund: u.price - discount,
    discount,
    merchant: creator ? 0 : rest,
    fee,
    creator,
    share: creator ? rest : 0,
  };
}

// 我的订单 as data: the gift units a user received and the gift packets they sent (red packets are
// money, not orders), newest first, and each unit's state on the clock — accepted, shipped,
// delivered, refunded by after-sales — with its times. Read-only projections of the state.
import type { Millis, Packet, State, Unit, UserId } from '../../domain/types';

export interface OrderRow {
  packet: string;
  /** The viewer's unit (received), or null (a packet they sent). */
  unit: number | null;
}

const gifts = (state: State) =>
  state.order
    .slice()
    .reverse()
    .map((id) => state.packets[id])
    .filter((p): p is Packet => p !== undefined && p.mode !== 'redpacket');

/** The units this user holds or held (an expired direct gift too), newest first. */
export function receivedOrders(state: State, user: UserId): OrderRow[] {
  const out: OrderRow[] = [];
  for (const p of gifts(state)) {
    const i = p.units.findIndex((u) => u.holder === user);
    if (i >= 0) out.push({ packet: p.id, unit: i });
  }
  return out;
}

export function sentOrders(state: State, user: UserId): OrderRow[] {
  return gifts(state)
    .filter((p) => p.sender === user)
    .map((p) => ({ packet: p.id, unit: null }));
}

/** Where a unit is: taken or not; a parcel's order on the clock; a voucher; a virtual gift. */
export type UnitStatus = 'open' | 'toAccept' | 'expired' | 'accepted' | 'shipped' | 'delivered' | 'refunded' | 'voucher' | 'redeemed' | 'inWallet';

export function unitStatus(state: State, u: Unit): UnitStatus {
  if (u.state === 'open') return 'open';
  if (u.state === 'assigned') return 'toAccept';
  if (u.state === 'refunded') return 'expired';
  if (u.voucher) return u.redeemed ? 'redeemed' : 'voucher';
  if (state.catalog[u.sku]?.delivery !== 'address') return 'inWallet';
  return u.order ?? 'accepted';
}

/** The steps of a parcel's order, each done or still due: 已收下, 已发货, 已送达, and 已退款 when
 * after-sales refunded it (the steps after the refund never came). */
export interface OrderStep {
  step: 'accepted' | 'shipped' | 'delivered' | 'refunded';
  at: Millis;
  done: boolean;
}

export function orderSteps(state: State, p: Packet, i: number): OrderStep[] {
  const u = p.units[i]!;
  if (u.state !== 'claimed' || u.at === null || u.shipAt === undefined || u.deliverAt === undefined) return [];
  const refundAt = u.order === 'refunded' ? (aftersaleAt(state, p.id, i) ?? state.now) : null;
  const steps: OrderStep[] = [{ step: 'accepted', at: u.at, done: true }];
  const due = (step: 'shipped' | 'delivered', at: Millis) => {
    if (refundAt !== null && at > refundAt) return;
    steps.push({ step, at, done: refundAt !== null ? at <= refundAt : u.order === 'delivered' || (step === 'shipped' && u.order === 'shipped') });
  };
  if (u.shipAt < u.deliverAt) due('shipped', u.shipAt);
  due('delivered', u.deliverAt);
  if (refundAt !== null) steps.push({ step: 'refunded', at: refundAt, done: true });
  return steps;
}

/** When after-sales refunded a unit. */
function aftersaleAt(state: State, packet: string, unit: number): Millis | null {
  for (let k = state.events.length - 1; k >= 0; k--) {
    const e = state.events[k]!;
    if (e.type === 'aftersale' && e.packet === packet && e.unit === unit) return e.at;
  }
  return null;
}

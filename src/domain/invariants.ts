// The invariants every state must keep. Property tests check them after every command; the
// store checks them before it writes, so a bug cannot persist a state that lost money.
import { paidFor } from './ledger';
import { isLive, orderPending, packetOrderDue } from './rules';
import type { Fen, Packet, Shares, State, UserId } from './types';

export const noShares = (): Shares => ({ merchant: 0, platform: 0, clawed: {} });

/**
 * One packet's part in the ledger's totals: what its accepted units paid merchants (a creator's
 * share goes to the creator's wallet instead), the platform's net (fees kept, less the code
 * discounts it pays while a unit is live or accepted), and creators' shares taken back by
 * after-sales. The invariants sum it over the packets in memory; a file store keeps the sum of
 * the packets it left on disk (state.archived), so the totals hold with only part of them here.
 */
export function packetShares(state: State, p: Packet): Shares {
  const out = noShares();
  const discount = p.code?.discount ?? 0;
  for (const u of p.units) {
    const creator = state.catalog[u.sku]?.creator;
    const toCreator = creator !== undefined && Object.hasOwn(state.users, creator);
    if (u.state === 'claimed' && u.order !== 'refunded') {
      const fee = u.fee ?? 0;
      if (!toCreator) out.merchant += u.price - fee;
      out.platform += fee;
    }
    if (u.order === 'refunded' && creator !== undefined) out.clawed[creator] = (out.clawed[creator] ?? 0) + u.price - (u.fee ?? 0);
    if (discount && (isLive(u) || (u.state === 'claimed' && u.order !== 'refunded'))) out.platform -= discount;
  }
  return out;
}

/** Add (sign 1) or take away (sign -1) a packet's shares. */
export function addShares(into: Shares, s: Shares, sign: 1 | -1 = 1): void {
  into.merchant += sign * s.merchant;
  into.platform += sign * s.platform;
  for (const [user, n] of Object.entries(s.clawed)) {
    const left = (into.clawed[user] ?? 0) + sign * n;
    if (left === 0) delete into.clawed[user];
    else into.clawed[user] = left;
  }
}

export function invariantViolations(state: State): string[] {
  const out: string[] = [];
  const platform = state.platform ?? 0;
  const wallets = Object.values(state.wallets).reduce((a, b) => a + b, 0);
  if (wallets + state.escrow + state.merchant + platform !== state.total)
    out.push(`money: wallets ${wallets} + escrow ${state.escrow} + merchant ${state.merchant} + platform ${platform} != ${state.total}`);
  let live = 0;
  // Packets a file store left on disk are final: their shares are summed up in state.archived.
  const shares = noShares();
  if (state.archived) addShares(shares, state.archived);
  for (const id of state.order) {
    const p = state.packets[id]!;
    const holders = new Set<string>();
    const discount = p.code?.discount ?? 0;
    let deliveries = 0;
    let redLeft = p.red?.amount ?? 0;
    p.units.forEach((u, i) => {
      if (isLive(u)) live += u.price;
      if (discount && paidFor(p, u) + discount !== u.price) out.push(`${id}[${i}] paid + discount != price`);
      if (orderPending(u)) deliveries++;
      if (p.red && u.state === 'claimed') redLeft -= u.amount ?? 0;
      if (p.red && (u.amount === null || u.amount === undefined) !== (u.state !== 'claimed')) out.push(`${id}[${i}] red amount ${u.amount} while ${u.state}`);
      if (u.holder !== null && u.state !== 'open') {
        if (u.holder === p.sender) out.push(`${id}[${i}] held by its sender`);
        if (u.state !== 'refunded' && holders.has(u.holder)) out.push(`${id}: ${u.holder} holds two units`);
        holders.add(u.holder);
      }
      if ((u.state === 'open') !== (u.holder === null) && u.state !== 'refunded') out.push(`${id}[${i}] state ${u.state} with holder ${u.holder}`);
    });
    if (deliveries !== (p.deliveries ?? 0)) out.push(`${id}: ${p.deliveries ?? 0} deliveries counted, ${deliveries} pending`);
    if (JSON.stringify(p.orderDue ?? null) !== JSON.stringify(packetOrderDue(p))) out.push(`${id}: orderDue ${JSON.stringify(p.orderDue)} is not its units' earliest`);
    if (p.red) {
      if (redLeft < 0) out.push(`${id}: red packet paid out more than its amount`);
      if (p.units.some((u) => u.state === 'open')) live += redLeft;
    }
    addShares(shares, packetShares(state, p));
    // 晒礼物: only by someone who accepted a unit, once.
    p.shared?.forEach((user, i) => {
      if (!p.units.some((u) => u.holder === user && u.state === 'claimed')) out.push(`${id}: shared by ${user}, who accepted no unit of it`);
      if (p.shared!.indexOf(user) !== i) out.push(`${id}: shared by ${user} twice`);
    });
    if (p.lottery?.winners) {
      const entrants = new Set(p.lottery.entrants);
      for (const w of p.lottery.winners) if (!entrants.has(w)) out.push(`${id}: winner ${w} is not an entrant`);
      if (new Set(p.lottery.winners).size !== p.lottery.winners.length) out.push(`${id}: a winner drawn twice`);
    }
  }
  // A wallet goes below zero only where a creator's share was taken back, and by no more.
  for (const [id, w] of Object.entries(state.wallets)) if (w < 0 && -w > (shares.clawed[id] ?? 0)) out.push(`wallet ${id} is negative (${w})`);
  if (live !== state.escrow) out.push(`escrow ${state.escrow} != live units ${live}`);
  if (shares.merchant !== state.merchant) out.push(`merchant ${state.merchant} != claimed units ${shares.merchant}`);
  if (shares.platform !== platform) out.push(`platform ${platform} != fees less discounts ${shares.platform}`);
  for (const [k, n] of Object.entries(state.stock)) if (n < 0) out.push(`stock ${k} is negative`);
  return out;
}

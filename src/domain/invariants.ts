// The invariants every state must keep. Property tests check them after every command; the
// store checks them before it writes, so a bug cannot persist a state that lost money.
import { isLive } from './rules';
import type { Fen, Packet, State } from './types';

/** What a packet's accepted units paid the merchant: the ledger's share of one packet. */
export function paidToMerchant(p: Packet): Fen {
  let n = 0;
  for (const u of p.units) if (u.state === 'claimed') n += u.price;
  return n;
}

export function invariantViolations(state: State): string[] {
  const out: string[] = [];
  const wallets = Object.values(state.wallets).reduce((a, b) => a + b, 0);
  if (wallets + state.escrow + state.merchant !== state.total)
    out.push(`money: wallets ${wallets} + escrow ${state.escrow} + merchant ${state.merchant} != ${state.total}`);
  for (const [id, w] of Object.entries(state.wallets)) if (w < 0) out.push(`wallet ${id} is negative (${w})`);
  let live = 0;
  // Packets a file store left on disk are final: their money is all with the merchant or back.
  let merchant = state.archived?.merchant ?? 0;
  for (const id of state.order) {
    const p = state.packets[id]!;
    const holders = new Set<string>();
    p.units.forEach((u, i) => {
      if (isLive(u)) live += u.price;
      if (u.holder !== null && u.state !== 'open') {
        if (u.holder === p.sender) out.push(`${id}[${i}] held by its sender`);
        if (u.state !== 'refunded' && holders.has(u.holder)) out.push(`${id}: ${u.holder} holds two units`);
        holders.add(u.holder);
      }
      if ((u.state === 'open') !== (u.holder === null) && u.state !== 'refunded') out.push(`${id}[${i}] state ${u.state} with holder ${u.holder}`);
    });
    merchant += paidToMerchant(p);
    if (p.lottery?.winners) {
      const entrants = new Set(p.lottery.entrants);
      for (const w of p.lottery.winners) if (!entrants.has(w)) out.push(`${id}: winner ${w} is not an entrant`);
      if (new Set(p.lottery.winners).size !== p.lottery.winners.length) out.push(`${id}: a winner drawn twice`);
    }
  }
  if (live !== state.escrow) out.push(`escrow ${state.escrow} != live units ${live}`);
  if (merchant !== state.merchant) out.push(`merchant ${state.merchant} != claimed units ${merchant}`);
  for (const [k, n] of Object.entries(state.stock)) if (n < 0) out.push(`stock ${k} is negative`);
  return out;
}

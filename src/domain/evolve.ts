// evolve: apply one event to the state. This is the only code that changes State, and the
// money events (paid, settled, refunded) are the only ones that move money: the ledger.
// It mutates the state it is given (the engine owns a working copy): copying a state with
// thousands of packets for every event would make a 10,000-step scenario quadratic.
import { DAY } from './time';
import { anyLive, chatOf, stockKey } from './rules';
import type { ChatMessage, DomainEvent, Packet, State } from './types';

export function evolve(state: State, e: DomainEvent): void {
  if (e.at > state.now) state.now = e.at;
  state.nextEvent = Math.max(state.nextEvent, e.seq + 1);
  state.events.push(e);
  switch (e.type) {
    case 'sent': {
      const p = clonePacket(e.packet);
      state.packets[p.id] = p;
      state.order.push(p.id);
      state.nextPacket++;
      addMessage(state, { at: e.at, chat: chatOf(p), from: p.sender, text: p.message, packet: p.id });
      break;
    }
    case 'paid':
      state.wallets[e.user] = (state.wallets[e.user] ?? 0) - e.amount;
      state.escrow += e.amount;
      break;
    case 'stock': {
      const k = stockKey(e.sku, e.spec);
      if (k in state.stock) state.stock[k] = state.stock[k]! + e.delta;
      break;
    }
    case 'opened': {
      const p = state.packets[e.packet]!;
      if (!p.opened.includes(e.user)) p.opened.push(e.user);
      break;
    }
    case 'reserved': {
      const u = state.packets[e.packet]!.units[e.unit]!;
      u.state = 'assigned';
      u.holder = e.user;
      u.holdUntil = e.until;
      break;
    }
    case 'released': {
      const u = state.packets[e.packet]!.units[e.unit]!;
      u.state = 'open';
      u.holder = null;
      u.holdUntil = null;
      break;
    }
    case 'joined':
      state.packets[e.packet]!.lottery!.entrants.push(e.user);
      break;
    case 'drawn': {
      const p = state.packets[e.packet]!;
      p.lottery!.drawn = true;
      p.lottery!.winners = e.winners.slice();
      p.expiresAt = e.at + DAY;
      addMessage(state, { at: e.at, chat: chatOf(p), from: null, text: 'draw', packet: p.id, system: true });
      break;
    }
    case 'assigned': {
      const u = state.packets[e.packet]!.units[e.unit]!;
      u.state = 'assigned';
      u.holder = e.user;
      break;
    }
    case 'claimed': {
      const p = state.packets[e.packet]!;
      const u = p.units[e.unit]!;
      u.state = 'claimed';
      u.holder = e.user;
      u.at = e.at;
      u.holdUntil = null;
      u.address = e.address;
      u.voucher = e.voucher;
      if (p.mode === 'luckybag') p.claims++;
      break;
    }
    case 'settled':
      state.escrow -= e.amount;
      state.merchant += e.amount;
      markSettled(state.packets[e.packet]!);
      break;
    case 'refunded': {
      const p = state.packets[e.packet]!;
      const u = p.units[e.unit]!;
      u.state = 'refunded';
      u.holdUntil = null;
      state.escrow -= e.amount;
      state.wallets[e.user] = (state.wallets[e.user] ?? 0) + e.amount;
      markSettled(p);
      // One system line per packet and moment: a grab of 50 expiring is one line, not 50.
      const text = e.reason === 'surplus' ? 'refund.surplus' : 'refund.expired';
      const last = state.messages[state.messages.length - 1];
      if (last && last.system && last.packet === p.id && last.text === text && last.at === e.at && last.for === e.user) {
        last.amount = (last.amount ?? 0) + e.amount;
        last.count = (last.count ?? 1) + 1;
      } else addMessage(state, { at: e.at, chat: chatOf(p), from: null, text, packet: p.id, system: true, for: e.user, amount: e.amount });
      break;
    }
    case 'specChanged': {
      const u = state.packets[e.packet]!.units[e.unit]!;
      u.spec = e.to;
      break;
    }
    case 'redeemed':
      state.packets[e.packet]!.units[e.unit]!.redeemed = true;
      break;
    case 'clock':
      state.now = e.to;
      break;
    case 'said':
      state.messages.push(e.message);
      state.nextMessage = Math.max(state.nextMessage, e.message.id + 1);
      break;
    case 'policy':
      state.settings = { ...e.settings };
      break;
  }
}

/** The state's own copy of a sent packet: the event keeps the packet as it was sent. */
function clonePacket(p: Packet): Packet {
  const lot = p.lottery;
  return {
    ...p,
    units: p.units.map((u) => (u.address ? { ...u, address: { ...u.address } } : { ...u })),
    opened: p.opened.slice(),
    ...(p.policy ? { policy: { ...p.policy } } : {}),
    lottery: lot
      ? { ...lot, eligible: lot.eligible === 'all' ? 'all' : lot.eligible.slice(), entrants: lot.entrants.slice(), winners: lot.winners ? lot.winners.slice() : null }
      : null,
  };
}

function markSettled(p: Packet): void {
  p.settled = (!p.lottery || p.lottery.drawn) && !anyLive(p.units);
}

function addMessage(state: State, m: Omit<ChatMessage, 'id'>): void {
  state.messages.push({ id: state.nextMessage++, ...m });
}

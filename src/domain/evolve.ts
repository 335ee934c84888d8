// evolve: apply one event to the state. This is the only code that changes State, and the
// money events are the only ones that move money: the ledger. paid (wallet → escrow),
// subsidised (platform → escrow), settled (escrow → merchant, platform, creator), received
// (escrow → a red packet's claimant), refunded and redRefunded (escrow → sender, platform),
// aftersale (merchant, creator, platform → sender, platform).
// It mutates the state it is given (the engine owns a working copy): copying a state with
// thousands of packets for every event would make a 10,000-step scenario quadratic.
import { DAY } from './time';
import { anyLive, chatFor, chatOf, dmChat, earlierDue, packetOrderDue, stockKey, unitOrderDue } from './rules';
import { postSent, postShared, postSpecChanged, postTaken } from './feed';
import { countGift, countSend } from './social';
import { tallyMoney, tallySent } from './tallies';
import type { ChatMessage, DomainEvent, Packet, State, Unit, UserId } from './types';

// States whose events are not appended to `state.events` (withoutEventLog). A set beside the
// states rather than a field, so that a State stays the JSON the store writes.
const unlogged = new WeakSet<State>();

/**
 * Keep this state's events out of `state.events` from now on: for a run that reads each
 * command's events from its outcome and never reads the log (a headless scenario), where the log
 * would be most of a long scenario's memory. Everything else evolve does is unchanged.
 */
export function withoutEventLog(state: State): void {
  unlogged.add(state);
}

export function evolve(state: State, e: DomainEvent): void {
  if (e.at > state.now) state.now = e.at;
  state.nextEvent = Math.max(state.nextEvent, e.seq + 1);
  const logged = !unlogged.has(state);
  if (logged) state.events.push(e);
  tallyMoney(state, e);
  switch (e.type) {
    case 'sent': {
      // A state whose events nobody keeps (withoutEventLog) takes the sent units as they are: the
      // event is read as it is applied, and copying every unit of every packet sent was a tenth of
      // a long scenario's allocations. Otherwise the event keeps the packet as it was sent.
      const p = clonePacket(e.packet, !logged);
      // Counted before it is in the state: a state's first packet is not earlier history to the
      // tallies (see talliesOf).
      tallySent(state, p);
      state.packets[p.id] = p;
      state.order.push(p.id);
      state.nextPacket++;
      countSend(state, p.sender, e.at);
      postSent(state, p, e.at);
      // A bulk gift to a list lands in each recipient's private chat with the company.
      if (p.mode === 'bulk' && p.group === null) for (const u of p.units) addMessage(state, { at: e.at, chat: dmChat(p.sender, u.holder!), from: p.sender, text: p.message, packet: p.id });
      else addMessage(state, { at: e.at, chat: chatOf(p), from: p.sender, text: p.message, packet: p.id });
      break;
    }
    case 'shared': {
      const p = state.packets[e.packet]!;
      (p.shared ??= []).push(e.user);
      postShared(state, p, e.user, e.unit, e.at);
      break;
    }
    case 'subsidised':
      state.platform = (state.platform ?? 0) - e.amount;
      state.escrow += e.amount;
      break;
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
      if (e.amount !== undefined) u.amount = e.amount;
      if (e.order !== undefined) {
        u.order = e.order;
        if (e.order === 'accepted') {
          u.shipAt = e.shipAt!;
          u.deliverAt = e.deliverAt!;
          p.deliveries = (p.deliveries ?? 0) + 1;
          p.orderDue = earlierDue(p.orderDue ?? null, unitOrderDue(u));
        }
      }
      if (p.mode === 'luckybag' || p.mode === 'redpacket') p.claims++;
      postTaken(state, p, e.user);
      break;
    }
    case 'settled': {
      const p = state.packets[e.packet]!;
      const u = p.units[e.unit]!;
      state.escrow -= e.amount;
      state.merchant += e.merchant;
      state.platform = (state.platform ?? 0) + e.fee;
      if (e.creator !== null) state.wallets[e.creator] = (state.wallets[e.creator] ?? 0) + e.share;
      if (e.fee) u.fee = e.fee;
      countGift(state, p.sender, u.holder!, u.price, 1);
      markSettled(p);
      break;
    }
    case 'received': {
      state.escrow -= e.amount;
      state.wallets[e.user] = (state.wallets[e.user] ?? 0) + e.amount;
      markSettled(state.packets[e.packet]!);
      break;
    }
    case 'redRefunded': {
      const p = state.packets[e.packet]!;
      for (const i of e.units) {
        p.units[i]!.state = 'refunded';
        p.units[i]!.holdUntil = null;
      }
      state.escrow -= e.amount;
      state.wallets[e.user] = (state.wallets[e.user] ?? 0) + e.amount;
      markSettled(p);
      refundLine(state, p, e.at, e.user, 'refund.expired', e.amount, e.units.length);
      break;
    }
    case 'shipped':
      setOrders(state.packets[e.packet]!, e.units, 'shipped');
      break;
    case 'delivered':
      setOrders(state.packets[e.packet]!, e.units, 'delivered');
      break;
    case 'aftersale': {
      const p = state.packets[e.packet]!;
      const u = p.units[e.unit]!;
      if (u.order === 'accepted' || u.order === 'shipped') p.deliveries = (p.deliveries ?? 1) - 1;
      u.order = 'refunded';
      p.orderDue = packetOrderDue(p);
      state.merchant -= e.merchant;
      if (e.creator !== null) state.wallets[e.creator] = (state.wallets[e.creator] ?? 0) - e.share;
      state.platform = (state.platform ?? 0) - e.fee + e.discount;
      state.wallets[e.sender] = (state.wallets[e.sender] ?? 0) + e.refund;
      countGift(state, p.sender, u.holder!, u.price, -1);
      break;
    }
    case 'codeTried': {
      const gift = state.packets[e.packet]!.code!;
      gift.wrong[e.user] = e.wrong;
      break;
    }
    case 'refunded': {
      const p = state.packets[e.packet]!;
      const u = p.units[e.unit]!;
      u.state = 'refunded';
      u.holdUntil = null;
      const discount = e.discount ?? 0;
      state.escrow -= e.amount + discount;
      state.wallets[e.user] = (state.wallets[e.user] ?? 0) + e.amount;
      if (discount) state.platform = (state.platform ?? 0) + discount;
      markSettled(p);
      refundLine(state, p, e.at, e.user, e.reason === 'surplus' ? 'refund.surplus' : 'refund.expired', e.amount, 1, chatFor(p, u.holder ?? p.sender));
      break;
    }
    case 'specChanged': {
      const p = state.packets[e.packet]!;
      p.units[e.unit]!.spec = e.to;
      postSpecChanged(state, p);
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
    case 'settings':
      state.settings = { ...e.settings };
      break;
  }
}

function setOrders(p: Packet, units: number[], order: 'shipped' | 'delivered'): void {
  for (let k = 0; k < units.length; k++) {
    const u: Unit = p.units[units[k]!]!;
    if (order === 'delivered' || u.order === 'accepted') {
      if (order === 'delivered') p.deliveries = (p.deliveries ?? 1) - 1;
      u.order = order;
    }
  }
  p.orderDue = packetOrderDue(p);
}

/** One system line per packet and moment: a grab of 50 expiring is one line, not 50. */
function refundLine(state: State, p: Packet, at: number, user: string, text: string, amount: number, count: number, chat = chatOf(p)): void {
  const last = state.messages[state.messages.length - 1];
  if (last && last.system && last.packet === p.id && last.chat === chat && last.text === text && last.at === at && last.for === user) {
    last.amount = (last.amount ?? 0) + amount;
    last.count = (last.count ?? 1) + count;
  } else addMessage(state, { at, chat, from: null, text, packet: p.id, system: true, for: user, amount, count: count > 1 ? count : undefined });
}

/** The state's own copy of a sent packet: the event keeps the packet as it was sent. With
 * `sharedUnits`, the copy has the event's units (decideSend makes them in cloneUnit's shape). */
function clonePacket(p: Packet, sharedUnits: boolean): Packet {
  const lot = p.lottery;
  // Every field listed, in one order, optional ones `undefined` when absent (JSON leaves those
  // out): one shape for all packets keeps the deadline scan's property reads fast.
  return {
    id: p.id,
    label: p.label,
    mode: p.mode,
    sender: p.sender,
    group: p.group,
    to: p.to,
    message: p.message,
    sentAt: p.sentAt,
    expiresAt: p.expiresAt,
    units: sharedUnits ? p.units : p.units.map(cloneUnit),
    seed: p.seed,
    opened: names(p.opened),
    lottery: lot
      ? { ...lot, eligible: lot.eligible === 'all' ? 'all' : lot.eligible.slice(), entrants: names(lot.entrants), winners: lot.winners ? lot.winners.slice() : null }
      : null,
    claims: p.claims,
    settled: p.settled,
    policy: p.policy ? { ...p.policy } : p.policy,
    secret: p.secret,
    replyTo: p.replyTo,
    showPrice: p.showPrice,
    shared: p.shared ? p.shared.slice() : p.shared,
    red: p.red ? { ...p.red } : p.red,
    code: p.code ? { ...p.code, wrong: { ...p.code.wrong } } : p.code,
    deliveries: p.deliveries,
    orderDue: p.orderDue ? { ...p.orderDue } : p.orderDue,
  };
}

/** A copy of a list of user ids that evolve adds to (who opened a packet, who joined a lottery).
 * An empty list is copied from a list that held a string: an empty array literal is an array of
 * small integers to V8, and its first user id changes its kind, which made the optimised evolve
 * give way (and be compiled again) when it met the other kind. */
function names(ids: readonly UserId[]): UserId[] {
  return ids.length === 0 ? NO_NAMES.slice(0, 0) : ids.slice();
}
const NO_NAMES: readonly UserId[] = [''];

/** Every unit gets every field a claim may set, `undefined` until then (JSON leaves those out):
 * one shape for all units keeps the engine's property reads fast (newUnit in rules.ts makes it). */
function cloneUnit(u: Unit): Unit {
  return {
    sku: u.sku,
    spec: u.spec,
    price: u.price,
    state: u.state,
    holder: u.holder,
    at: u.at,
    voucher: u.voucher,
    redeemed: u.redeemed,
    holdUntil: u.holdUntil,
    address: u.address ? { ...u.address } : u.address,
    amount: u.amount,
    order: u.order,
    shipAt: u.shipAt,
    deliverAt: u.deliverAt,
    fee: u.fee,
  };
}

function markSettled(p: Packet): void {
  p.settled = (!p.lottery || p.lottery.drawn) && !anyLive(p.units);
}

/** A chat line, numbered next. Its fields are copied one by one, in ChatMessage's order (every
 * caller writes them in that order), the optional ones only when given: spreading a line into an
 * object that already has its id goes through V8's generic copy, the slow part of every send. */
function addMessage(state: State, m: Omit<ChatMessage, 'id'>): void {
  const line: ChatMessage = { id: state.nextMessage++, at: m.at, chat: m.chat, from: m.from, text: m.text };
  if (m.packet !== undefined) line.packet = m.packet;
  if (m.system !== undefined) line.system = m.system;
  if (m.for !== undefined) line.for = m.for;
  if (m.amount !== undefined) line.amount = m.amount;
  if (m.count !== undefined) line.count = m.count;
  state.messages.push(line);
}

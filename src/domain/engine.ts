// The allocation engine. decide() is a pure function of (state, command): it reads the state,
// the simulated clock in it and the per-packet seeds, and returns the events that would follow,
// or a refusal. execute() applies those events with evolve(). Nothing here touches the disk,
// the machine's clock or Math.random.
import { addressProblems, charLength, cleanAddress, hasControl } from './address';
import type { AddressChoice, Command, SendCommand } from './commands';
import { refuse, type Refusal, type RefusalCode } from './errors';
import { evolve } from './evolve';
import { MAX_PACKET_COUNT, MESSAGE_MAX } from './money';
import { drawSeedOf, drawWithoutReplacement, packetSeed, sha256, sourceFrom, uniformInt, voucherCode } from './random';
import {
  anyLive,
  areFriends,
  claimNeedsAddress,
  isExpired,
  chatMembers,
  isLive,
  isMember,
  notGiftableReason,
  own,
  packetId,
  resolveSpec,
  stockKey,
  takers,
  unitOf,
} from './rules';
import { CLOCK_MAX, DAY } from './time';
import type { Address, DomainEvent, Millis, NewEvent, Packet, State, Unit, UserId } from './types';

export interface Accepted {
  ok: true;
  events: DomainEvent[];
  /** What a front end may want to show: the packet sent, the unit won… */
  result?: Record<string, unknown>;
}
export type Outcome = Accepted | Refusal;

const CHAT_MAX = 500;

// Thrown to unwind a decision at the first refusal. Not an Error: a refusal is an ordinary
// outcome, and capturing a stack trace for each one is most of its cost.
class Refused {
  constructor(readonly refusal: Refusal) {}
}
function fail(code: RefusalCode, field?: string): never {
  throw new Refused(refuse(code, field));
}

/** Decide what a command does, without changing anything. */
export function decide(state: State, cmd: Command): Outcome {
  const out: DomainEvent[] = [];
  let seq = state.nextEvent;
  // Each event is a fresh literal: numbering it in place spares a copy per event.
  const emit = (e: NewEvent) => out.push(Object.assign(e, { seq: seq++ }) as DomainEvent);
  try {
    const result = decideInto(state, cmd, emit);
    return { ok: true, events: out, ...(result ? { result } : {}) };
  } catch (err) {
    if (err instanceof Refused) return err.refusal;
    throw err;
  }
}

/**
 * Decide and apply. On a refusal the state is untouched. Advancing the clock is a loop of
 * decide-the-next-deadline and apply, so a draw's outcome is in place before the deadlines it
 * creates (its winners' 24 h) come due within the same advance.
 */
export function execute(state: State, cmd: Command): Outcome {
  if (cmd.type === 'advance' || cmd.type === 'advanceTo') {
    const target = cmd.type === 'advance' ? state.now + cmd.by : cmd.to;
    const by = target - state.now;
    if (!Number.isSafeInteger(by) || by < 0) return refuse('BAD_DURATION', cmd.type === 'advance' ? 'by' : 'to');
    if (target > CLOCK_MAX) return refuse('CLOCK_LIMIT', cmd.type === 'advance' ? 'by' : 'to');
    const events: DomainEvent[] = [];
    for (;;) {
      const due = nextDeadline(state);
      if (due === null || due.at > target) break;
      const step = decideDeadline(state, due);
      for (const e of step) evolve(state, e);
      events.push(...step);
    }
    const from = state.now;
    const clock: DomainEvent = { seq: state.nextEvent, at: target, type: 'clock', from, to: target };
    evolve(state, clock);
    events.push(clock);
    return { ok: true, events };
  }
  const outcome = decide(state, cmd);
  if (outcome.ok) for (const e of outcome.events) evolve(state, e);
  return outcome;
}

// ---- deadlines ---------------------------------------------------------------------------

export type DeadlineKind = 'draw' | 'release' | 'expire';
export interface Deadline {
  at: Millis;
  kind: DeadlineKind;
  packet: string;
  unit?: number;
}

/** Every pending deadline of a packet. */
export function packetDeadlines(p: Packet): Deadline[] {
  if (p.settled) return [];
  const out: Deadline[] = [];
  p.units.forEach((u, i) => {
    if (u.state === 'assigned' && u.holdUntil != null) out.push({ at: u.holdUntil, kind: 'release', packet: p.id, unit: i });
  });
  if (p.lottery && !p.lottery.drawn) out.push({ at: p.lottery.drawAt, kind: 'draw', packet: p.id });
  if (p.expiresAt !== null && anyLive(p.units)) out.push({ at: p.expiresAt, kind: 'expire', packet: p.id });
  return out;
}

/** The earliest pending deadline (ties: send order, then release, draw, expire). */
// The packets not yet settled, in send order: a long session should not walk thousands of
// settled packets on every clock move. A cache beside the state (never stored), rebuilt when the
// `order` array is not the one it was built from; settled packets drop out as they are met.
const unsettledCache = new WeakMap<State, { order: string[]; seen: number; ids: string[] }>();
function unsettled(state: State): string[] {
  let c = unsettledCache.get(state);
  if (!c || c.order !== state.order || c.seen > state.order.length) {
    c = { order: state.order, seen: 0, ids: [] };
    unsettledCache.set(state, c);
  }
  for (; c.seen < state.order.length; c.seen++) c.ids.push(state.order[c.seen]!);
  c.ids = c.ids.filter((id) => state.packets[id]?.settled === false);
  return c.ids;
}

export function nextDeadline(state: State): Deadline | null {
  let best: Deadline | null = null;
  for (const id of unsettled(state)) {
    const p = state.packets[id]!;
    for (const d of packetDeadlines(p)) {
      if (best === null || d.at < best.at) best = d;
    }
  }
  return best;
}

function decideDeadline(state: State, d: Deadline): DomainEvent[] {
  const p = state.packets[d.packet]!;
  const out: NewEvent[] = [];
  const at = d.at;
  if (d.kind === 'release') {
    const u = p.units[d.unit!]!;
    out.push({ type: 'released', at, user: u.holder!, packet: p.id, unit: d.unit! });
  } else if (d.kind === 'draw') {
    const lot = p.lottery!;
    const winners = drawWithoutReplacement(lot.entrants, p.units.length, lot.drawSeed);
    out.push({ type: 'drawn', at, packet: p.id, winners, drawSeed: lot.drawSeed });
    p.units.forEach((u, i) => {
      if (i < winners.length) out.push({ type: 'assigned', at, user: winners[i]!, packet: p.id, unit: i });
      else refundInto(state, out, p, u, i, at, 'surplus');
    });
  } else {
    p.units.forEach((u, i) => {
      if (isLive(u)) refundInto(state, out, p, u, i, at, 'expired');
    });
  }
  let seq = state.nextEvent;
  for (const e of out) Object.assign(e, { seq: seq++ });
  return out as DomainEvent[];
}

function refundInto(state: State, out: NewEvent[], p: Packet, u: Unit, i: number, at: Millis, reason: 'expired' | 'surplus') {
  out.push({ type: 'refunded', at, packet: p.id, unit: i, user: p.sender, amount: u.price, reason });
  if (stockKey(u.sku, u.spec) in state.stock) out.push({ type: 'stock', at, sku: u.sku, spec: u.spec, delta: 1 });
}

// ---- commands ----------------------------------------------------------------------------

type Emit = (e: NewEvent) => void;

function decideInto(state: State, cmd: Command, emit: Emit): Record<string, unknown> | void {
  switch (cmd.type) {
    case 'send':
      return decideSend(state, cmd, emit);
    case 'open':
      return decideOpen(state, cmd.as, cmd.packet, emit);
    case 'join':
      return decideJoin(state, cmd.as, cmd.packet, emit);
    case 'claim':
      return decideClaim(state, cmd.as, cmd.packet, cmd.address, emit);
    case 'spec':
      return decideSpec(state, cmd.as, cmd.packet, cmd.to, emit);
    case 'redeem':
      return decideRedeem(state, cmd.as, cmd.packet, emit);
    case 'say':
      return decideSay(state, cmd.as, cmd.chat, cmd.text, emit);
    case 'policy': {
      if (cmd.grabPolicy !== 'first-address' && cmd.grabPolicy !== 'reserve-on-open') fail('WRONG_MODE', 'grabPolicy');
      const holdMs = cmd.holdMs ?? state.settings.holdMs;
      if (!Number.isSafeInteger(holdMs) || holdMs <= 0) fail('BAD_DURATION', 'holdMs');
      emit({ type: 'policy', at: state.now, settings: { grabPolicy: cmd.grabPolicy, holdMs } });
      return;
    }
    case 'advance':
    case 'advanceTo':
      // Only execute() can advance: it must apply each deadline before deciding the next.
      throw new Error('decide: use execute() to advance the clock');
  }
}

function needUser(state: State, id: UserId, field = 'as') {
  const u = own(state.users, id);
  if (!u) fail('UNKNOWN_USER', field);
  return u;
}

function needPacket(state: State, id: string): Packet {
  const p = own(state.packets, id);
  if (!p) fail('UNKNOWN_PACKET', 'packet');
  return p;
}

function checkText(text: string, max: number, field: string) {
  if (hasControl(text)) fail('INVALID_TEXT', field);
  if (charLength(text) > max) fail('MESSAGE_TOO_LONG', field);
}

interface Line {
  sku: string;
  spec: string;
  price: number;
  count: number;
}

function decideSend(state: State, cmd: SendCommand, emit: Emit) {
  const at = state.now;
  needUser(state, cmd.as);
  const message = cmd.message ?? '';
  let takerCount = 1;
  if (cmd.mode === 'direct') {
    if (cmd.to === undefined) fail('UNKNOWN_USER', 'to');
    needUser(state, cmd.to, 'to');
    if (!areFriends(state, cmd.as, cmd.to)) fail('NOT_FRIEND', 'to');
  } else if (cmd.mode === 'grab' || cmd.mode === 'lottery' || cmd.mode === 'luckybag') {
    const g = cmd.group === undefined ? undefined : own(state.groups, cmd.group);
    if (!g) fail('UNKNOWN_GROUP', 'group');
    if (!isMember(g, cmd.as)) fail('NOT_MEMBER', 'group');
    if (cmd.mode === 'lottery' && cmd.eligible !== undefined && cmd.eligible !== 'all') {
      for (const id of cmd.eligible) {
        needUser(state, id, 'eligible');
        if (!isMember(g, id)) fail('NOT_MEMBER', 'eligible');
      }
    }
    const eligible = cmd.mode === 'lottery' ? (cmd.eligible ?? 'all') : 'all';
    // Everyone but the sender (a member, checked above): no need to list 500 members to count them.
    takerCount = eligible === 'all' ? g.members.length - 1 : takers(state, { group: g.id, sender: cmd.as }, eligible).length;
  } else {
    fail('WRONG_MODE', 'mode');
  }
  checkText(message, MESSAGE_MAX, 'message');

  // What is being sent: one line per product and variant.
  const wanted =
    cmd.mode === 'luckybag'
      ? (cmd.items ?? [])
      : [{ sku: cmd.sku ?? '', spec: cmd.spec, count: cmd.mode === 'direct' ? (cmd.count ?? 1) : (cmd.count ?? 0) }];
  if (wanted.length === 0) fail('BAD_COUNT', 'items');
  const lines: Line[] = wanted.map((w, i) => {
    const field = cmd.mode === 'luckybag' ? `items[${i}]` : '';
    const product = own(state.catalog, w.sku);
    if (!product) fail('UNKNOWN_SKU', `${field}${field ? '.' : ''}sku`);
    const spec = resolveSpec(product, w.spec);
    if (!spec) fail('UNKNOWN_SPEC', `${field}${field ? '.' : ''}spec`);
    if (notGiftableReason(product, spec) !== null) fail('NOT_GIFTABLE', `${field}${field ? '.' : ''}sku`);
    return { sku: product.id, spec: spec.id, price: spec.price, count: w.count };
  });
  const total = lines.reduce((n, l) => n + l.count, 0);
  for (const l of lines) if (!Number.isSafeInteger(l.count) || l.count < 1) fail('BAD_COUNT', 'count');
  if (cmd.mode === 'direct' && total !== 1) fail('BAD_COUNT', 'count');
  if (total > MAX_PACKET_COUNT || total > takerCount) fail('BAD_COUNT', 'count');

  let drawAt: Millis | null = null;
  if (cmd.mode === 'lottery') {
    drawAt = cmd.drawAt ?? null;
    if (drawAt === null || !Number.isSafeInteger(drawAt) || drawAt <= at || drawAt > at + DAY || drawAt > CLOCK_MAX) fail('BAD_DRAW_TIME', 'drawAt');
  }
  // Stock, summed per variant (two lines may name the same one).
  const perSpec = new Map<string, number>();
  for (const l of lines) perSpec.set(stockKey(l.sku, l.spec), (perSpec.get(stockKey(l.sku, l.spec)) ?? 0) + l.count);
  for (const [k, n] of perSpec) if (k in state.stock && state.stock[k]! < n) fail('OUT_OF_STOCK', 'spec');
  const cost = lines.reduce((n, l) => n + l.price * l.count, 0);
  if ((state.wallets[cmd.as] ?? 0) < cost) fail('INSUFFICIENT_FUNDS', 'wallet');

  const id = packetId(state.nextPacket);
  const seed = packetSeed(state.seed, id);
  const units: Unit[] = [];
  for (const l of lines)
    for (let i = 0; i < l.count; i++)
      units.push({ sku: l.sku, spec: l.spec, price: l.price, state: 'open', holder: null, at: null, voucher: null, redeemed: false });
  if (cmd.mode === 'direct') {
    units[0]!.state = 'assigned';
    units[0]!.holder = cmd.to!;
  }
  let lottery: Packet['lottery'] = null;
  if (cmd.mode === 'lottery') {
    const drawSeed = drawSeedOf(seed);
    const eligible =
      cmd.eligible === undefined || cmd.eligible === 'all' ? 'all' : cmd.eligible.filter((u, i, all) => u !== cmd.as && all.indexOf(u) === i);
    lottery = { drawAt: drawAt!, eligible, entrants: [], winners: null, description: message, commitment: sha256(drawSeed), drawSeed, drawn: false };
  }
  const packet: Packet = {
    id,
    label: cmd.label ?? null,
    mode: cmd.mode,
    sender: cmd.as,
    group: cmd.mode === 'direct' ? null : cmd.group!,
    to: cmd.mode === 'direct' ? cmd.to! : null,
    message,
    sentAt: at,
    expiresAt: cmd.mode === 'lottery' ? null : at + DAY,
    units,
    seed,
    opened: [],
    lottery,
    claims: 0,
    settled: false,
    policy: cmd.mode === 'grab' ? { ...state.settings } : null,
  };
  emit({ type: 'sent', at, packet });
  emit({ type: 'paid', at, user: cmd.as, amount: cost, packet: id });
  for (const [k, n] of perSpec) {
    if (!(k in state.stock)) continue;
    const [sku, spec] = k.split('/') as [string, string];
    emit({ type: 'stock', at, sku, spec, delta: -n });
  }
  return { packet: id, cost };
}

/** May this user see the packet at all? */
function checkAccess(state: State, p: Packet, user: UserId) {
  if (p.group === null) {
    if (user !== p.sender && user !== p.to) fail('NOT_RECIPIENT', 'as');
  } else if (!isMember(state.groups[p.group]!, user)) fail('NOT_MEMBER', 'as');
}

function decideOpen(state: State, as: UserId, packetId: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  checkAccess(state, p, as);
  const at = state.now;
  const first = !p.opened.includes(as);
  const rule = p.policy ?? state.settings;
  // Opening reserves a unit once: a hold that lapsed is not renewed by opening again (or one
  // person could keep a unit from everyone until the expiry); the claim can still take one.
  const reserve = p.mode === 'grab' && rule.grabPolicy === 'reserve-on-open' && as !== p.sender && first && unitOf(p, as) < 0;
  if (reserve) {
    if (isExpired(state, p)) fail('EXPIRED', 'packet');
    const i = p.units.findIndex((u) => u.state === 'open');
    if (i < 0) fail('SOLD_OUT', 'packet');
    emit({ type: 'opened', at, user: as, packet: p.id });
    emit({ type: 'reserved', at, user: as, packet: p.id, unit: i, until: at + rule.holdMs });
    return { reserved: i };
  }
  if (first) emit({ type: 'opened', at, user: as, packet: p.id });
  return;
}

function decideJoin(state: State, as: UserId, packetId: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode !== 'lottery') fail('WRONG_MODE', 'packet');
  const lot = p.lottery!;
  if (as === p.sender) fail('OWN_PACKET', 'as');
  checkAccess(state, p, as);
  if (lot.eligible !== 'all' && !lot.eligible.includes(as)) fail('NOT_ELIGIBLE', 'as');
  if (lot.drawn) fail('DRAW_CLOSED', 'packet');
  if (lot.entrants.includes(as)) fail('ALREADY_JOINED', 'as');
  emit({ type: 'joined', at: state.now, user: as, packet: p.id });
}

/** The unit this claim would take, or a refusal. */
function unitToClaim(state: State, p: Packet, as: UserId): number {
  if (as === p.sender) fail('OWN_PACKET', 'as');
  if (p.mode === 'direct') {
    if (as !== p.to) fail('NOT_RECIPIENT', 'as');
    const u = p.units[0]!;
    if (u.state === 'claimed') fail('ALREADY_CLAIMED', 'packet');
    if (u.state === 'refunded') fail('EXPIRED', 'packet');
    return 0;
  }
  checkAccess(state, p, as);
  if (p.mode === 'lottery') {
    const lot = p.lottery!;
    if (!lot.drawn) fail('NOT_DRAWN', 'packet');
    const i = lot.winners!.indexOf(as);
    if (i < 0) fail('NOT_WINNER', 'as');
    const u = p.units[i]!;
    if (u.state === 'claimed') fail('ALREADY_CLAIMED', 'packet');
    if (u.state === 'refunded') fail('EXPIRED', 'packet');
    return i;
  }
  // grab and lucky bag: one unit per person
  const mine = unitOf(p, as);
  if (mine >= 0 && p.units[mine]!.state === 'claimed') fail('ALREADY_CLAIMED', 'packet');
  if (isExpired(state, p)) fail('EXPIRED', 'packet');
  if (mine >= 0) return mine; // reserved on open
  const open: number[] = [];
  p.units.forEach((u, i) => u.state === 'open' && open.push(i));
  if (open.length === 0) fail('SOLD_OUT', 'packet');
  if (p.mode === 'grab') return open[0]!;
  // Lucky bag: a uniform pick among the units still open, from the packet's seed and the
  // claim's number, so anyone can re-run it.
  return open[uniformInt(sourceFrom(`${p.seed}/claim/${p.claims}`), open.length)]!;
}

function resolveAddress(state: State, as: UserId, choice: AddressChoice | undefined): Address {
  if (choice === undefined) fail('INVALID_ADDRESS', 'address');
  if (typeof choice === 'number') {
    const saved = Number.isSafeInteger(choice) ? state.users[as]!.addresses[choice] : undefined;
    if (!saved) fail('INVALID_ADDRESS', 'address');
    return cleanAddress(saved);
  }
  const problems = addressProblems(choice);
  if (problems.length > 0) fail('INVALID_ADDRESS', `address.${problems[0]!.field}`);
  return cleanAddress(choice);
}

function decideClaim(state: State, as: UserId, packetId: string, choice: AddressChoice | undefined, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  const i = unitToClaim(state, p, as);
  const u = p.units[i]!;
  const delivery = state.catalog[u.sku]!.delivery;
  // A lucky bag may hold physical gifts: its claimant fills an address when any unit left needs one.
  // A lucky bag's claimant fills an address when any unit left could be a parcel.
  const needsAddress = p.mode === 'luckybag' ? claimNeedsAddress(state, p, as) : delivery === 'address';
  const address = needsAddress ? resolveAddress(state, as, choice) : null;
  const voucher = delivery === 'voucher' ? voucherCode(p.seed, i) : null;
  const at = state.now;
  emit({ type: 'claimed', at, user: as, packet: p.id, unit: i, address: delivery === 'address' ? address : null, voucher });
  emit({ type: 'settled', at, packet: p.id, unit: i, amount: u.price });
  return { unit: i, sku: u.sku, spec: u.spec, ...(voucher ? { voucher } : {}) };
}

function decideSpec(state: State, as: UserId, packetId: string, to: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode === 'grab' || p.mode === 'luckybag') fail('WRONG_MODE', 'packet');
  let i = 0;
  if (p.mode === 'direct') {
    if (as !== p.to) fail('NOT_RECIPIENT', 'as');
  } else {
    checkAccess(state, p, as);
    if (!p.lottery!.drawn) fail('NOT_DRAWN', 'packet');
    i = p.lottery!.winners!.indexOf(as);
    if (i < 0) fail('NOT_WINNER', 'as');
  }
  const u = p.units[i]!;
  if (u.state === 'claimed') fail('ACCEPTED', 'packet');
  if (u.state === 'refunded') fail('EXPIRED', 'packet');
  const product = state.catalog[u.sku]!;
  const spec = product.specs.find((s) => s.id === to);
  if (!spec) fail('UNKNOWN_SPEC', 'to');
  if (spec.id === u.spec) return { unit: i, spec: spec.id };
  if (spec.price !== u.price) fail('SPEC_PRICE_MISMATCH', 'to');
  const k = stockKey(u.sku, spec.id);
  if (k in state.stock && state.stock[k]! < 1) fail('OUT_OF_STOCK', 'to');
  const at = state.now;
  emit({ type: 'specChanged', at, user: as, packet: p.id, unit: i, from: u.spec, to: spec.id });
  // Stock follows the variant: the old one's reservation comes back, the new one's is taken.
  if (stockKey(u.sku, u.spec) in state.stock) emit({ type: 'stock', at, sku: u.sku, spec: u.spec, delta: 1 });
  if (k in state.stock) emit({ type: 'stock', at, sku: u.sku, spec: spec.id, delta: -1 });
  return { unit: i, spec: spec.id };
}

function decideRedeem(state: State, as: UserId, packetId: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  const i = p.units.findIndex((u) => u.holder === as && u.state === 'claimed' && u.voucher !== null);
  if (i < 0) fail('NO_VOUCHER', 'packet');
  const u = p.units[i]!;
  if (u.redeemed) fail('ALREADY_REDEEMED', 'packet');
  emit({ type: 'redeemed', at: state.now, user: as, packet: p.id, unit: i, voucher: u.voucher! });
  return { unit: i, voucher: u.voucher };
}

function decideSay(state: State, as: UserId, chat: string, text: string, emit: Emit) {
  needUser(state, as);
  const members = chatMembers(state, chat);
  if (members === null) fail(chat.startsWith('group:') ? 'UNKNOWN_GROUP' : 'UNKNOWN_USER', 'chat');
  if (!members.includes(as)) fail('NOT_MEMBER', 'chat');
  if (chat.startsWith('dm:') && !areFriends(state, members[0]!, members[1]!)) fail('NOT_FRIEND', 'chat');
  checkText(text, CHAT_MAX, 'text');
  if (text.trim() === '') fail('INVALID_TEXT', 'text');
  emit({ type: 'said', at: state.now, message: { id: state.nextMessage, at: state.now, chat, from: as, text } });
}

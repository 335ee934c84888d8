// The allocation engine. decide() is a pure function of (state, command): it reads the state,
// the simulated clock in it and the per-packet seeds, and returns the events that would follow,
// or a refusal. execute() applies those events with evolve(). Nothing here touches the disk,
// the machine's clock or Math.random.
import { decideAftersale } from './aftersale';
import { checkAccess, decideClaim } from './claim';
import type { Command } from './commands';
import { checkText, fail, needPacket, needUser, Refused, refused, type Emit } from './decide-kit';
import { refuse, type Refusal } from './errors';
import { applyEvents, nextDeadline, type Deadline } from './deadlines';
import { refundInto } from './ledger';
import { drawWithoutReplacement } from './random';
import { areFriends, chatMembers, isExpired, isLive, stockCounted, stockKey, unitDueAt, unitDueKind, unitOf } from './rules';
import { decideSend } from './send';
import { decideShare } from './share';
import { settingsChangeProblem } from './settings';
import type { DomainEvent, NewEvent, State, UserId } from './types';
import { CLOCK_MAX } from './time';

export interface Accepted {
  ok: true;
  events: DomainEvent[];
  /** What a front end may want to show: the packet sent, the unit won… */
  result?: Record<string, unknown>;
}
export type Outcome = Accepted | Refusal;

const CHAT_MAX = 500;

/** Decide what a command does, without changing anything. */
export function decide(state: State, cmd: Command): Outcome {
  const out: DomainEvent[] = [];
  let seq = state.nextEvent;
  // Each event is a fresh literal: numbering it in place spares a copy per event.
  const emit = (e: NewEvent) => out.push(numbered(e, seq++));
  try {
    const result = decideInto(state, cmd, emit);
    // A refusal returned rather than thrown (see `refused`): nothing was emitted before it.
    if (result instanceof Refused) return result.refusal;
    const accepted: Accepted = { ok: true, events: out };
    if (result) accepted.result = result;
    return accepted;
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    if (err.trace.length === 0) return err.refusal;
    // The refusal that leaves a trace (a wrong code's count): numbered like any event.
    seq = state.nextEvent;
    return { ...err.refusal, events: err.trace.map((e) => numbered(e, seq++)) };
  }
}

/** A fresh event numbered in place: `seq` becomes its last key, as it always was. */
function numbered(e: NewEvent, seq: number): DomainEvent {
  const n = e as DomainEvent;
  n.seq = seq;
  return n;
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
      // A deadline that is due must change something, or this loop would find it again forever:
      // the deadline index is out of step with the packets (a bug), said rather than hung on.
      if (step.length === 0) throw new Error(`deadline ${due.kind} of ${due.packet} at ${due.at} is due but decides nothing`);
      applyEvents(state, step);
      events.push(...step);
    }
    const from = state.now;
    const clock: Extract<DomainEvent, { type: 'clock' }> = { seq: state.nextEvent, at: target, type: 'clock', from, to: target };
    if (cmd.mover) clock.mover = { ...cmd.mover };
    applyEvents(state, [clock]);
    events.push(clock);
    return { ok: true, events };
  }
  const outcome = decide(state, cmd);
  if (outcome.events) applyEvents(state, outcome.events);
  return outcome;
}

// ---- deadlines ---------------------------------------------------------------------------

export { nextDeadline, packetDeadlines, type Deadline, type DeadlineKind } from './deadlines';

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
    for (let i = 0; i < p.units.length; i++) {
      if (i < winners.length) out.push({ type: 'assigned', at, user: winners[i]!, packet: p.id, unit: i });
      else refundInto(state, out, p, i, at, 'surplus');
    }
  } else if (d.kind === 'ship' || d.kind === 'deliver') {
    const units: number[] = [];
    for (let i = 0; i < p.units.length; i++) {
      const u = p.units[i]!;
      if (unitDueKind(u) === d.kind && unitDueAt(u, d.kind) === at) units.push(i);
    }
    out.push(d.kind === 'ship' ? { type: 'shipped', at, packet: p.id, units } : { type: 'delivered', at, packet: p.id, units });
  } else if (p.mode === 'redpacket') {
    // The money nobody claimed goes back in one movement; its open units become refunded.
    const units: number[] = [];
    let left = p.red!.amount;
    for (let i = 0; i < p.units.length; i++) {
      const u = p.units[i]!;
      if (u.state === 'claimed') left -= u.amount ?? 0;
      else if (isLive(u)) units.push(i);
    }
    out.push({ type: 'redRefunded', at, packet: p.id, user: p.sender, amount: left, units });
  } else {
    for (let i = 0; i < p.units.length; i++) if (isLive(p.units[i]!)) refundInto(state, out, p, i, at, 'expired');
  }
  let seq = state.nextEvent;
  for (let k = 0; k < out.length; k++) numbered(out[k]!, seq++);
  return out as DomainEvent[];
}

// ---- commands ----------------------------------------------------------------------------

function decideInto(state: State, cmd: Command, emit: Emit): Record<string, unknown> | Refused | void {
  switch (cmd.type) {
    case 'send':
      return decideSend(state, cmd, emit);
    case 'open':
      return decideOpen(state, cmd.as, cmd.packet, emit);
    case 'join':
      return decideJoin(state, cmd.as, cmd.packet, emit);
    case 'claim':
      return decideClaim(state, cmd.as, cmd.packet, cmd.address, cmd.code, emit);
    case 'spec':
      return decideSpec(state, cmd.as, cmd.packet, cmd.to, emit);
    case 'redeem':
      return decideRedeem(state, cmd.as, cmd.packet, emit);
    case 'aftersale':
      return decideAftersale(state, cmd.as, cmd.packet, emit);
    case 'share':
      return decideShare(state, cmd.as, cmd.packet, emit);
    case 'say':
      return decideSay(state, cmd.as, cmd.chat, cmd.text, emit);
    case 'policy': {
      if (cmd.grabPolicy !== 'first-address' && cmd.grabPolicy !== 'reserve-on-open') fail('WRONG_MODE', 'grabPolicy');
      const holdMs = cmd.holdMs ?? state.settings.holdMs;
      if (!Number.isSafeInteger(holdMs) || holdMs <= 0) fail('BAD_DURATION', 'holdMs');
      emit({ type: 'policy', at: state.now, settings: { ...state.settings, grabPolicy: cmd.grabPolicy, holdMs } });
      return;
    }
    case 'settings': {
      const changes = cmd.changes;
      if (typeof changes !== 'object' || changes === null) fail('BAD_SETTING', 'changes');
      const problem = settingsChangeProblem(changes as Record<string, unknown>);
      if (problem) fail('BAD_SETTING', problem.key);
      emit({ type: 'settings', at: state.now, changes: { ...changes }, settings: { ...state.settings, ...changes } });
      return;
    }
    case 'advance':
    case 'advanceTo':
      // Only execute() can advance: it must apply each deadline before deciding the next.
      throw new Error('decide: use execute() to advance the clock');
  }
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

// A lottery of a busy group is joined after its draw, and twice, often: those refusals are
// returned, not thrown (see `refused`).
function decideJoin(state: State, as: UserId, packetId: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode !== 'lottery') fail('WRONG_MODE', 'packet');
  const lot = p.lottery!;
  if (as === p.sender) return refused('OWN_PACKET', 'as');
  checkAccess(state, p, as);
  if (lot.eligible !== 'all' && !lot.eligible.includes(as)) return refused('NOT_ELIGIBLE', 'as');
  if (lot.drawn) return refused('DRAW_CLOSED', 'packet');
  if (lot.entrants.includes(as)) return refused('ALREADY_JOINED', 'as');
  emit({ type: 'joined', at: state.now, user: as, packet: p.id });
  return;
}

function decideSpec(state: State, as: UserId, packetId: string, to: string, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode !== 'direct' && p.mode !== 'lottery' && p.mode !== 'bulk') fail('WRONG_MODE', 'packet');
  let i = 0;
  if (p.mode === 'direct') {
    if (as !== p.to) fail('NOT_RECIPIENT', 'as');
  } else if (p.mode === 'bulk') {
    // A bulk unit is a direct gift: its recipient may switch the variant before accepting.
    i = p.units.findIndex((u) => u.holder === as);
    if (i < 0) fail('NOT_RECIPIENT', 'as');
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
  if (stockCounted(state, u.sku, u.spec)) emit({ type: 'stock', at, sku: u.sku, spec: u.spec, delta: 1 });
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

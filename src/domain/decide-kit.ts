// What every decision shares: the refusal that unwinds it, safe lookups, the common checks.
import { charLength, hasControl } from './address';
import { refuse, type Refusal, type RefusalCode } from './errors';
import { heldUnit, own } from './rules';
import type { NewEvent, Packet, State, UserId } from './types';

/** Emit one event of the decision (the engine numbers it). */
export type Emit = (e: NewEvent) => void;

// Thrown to unwind a decision at the first refusal. Not an Error: a refusal is an ordinary
// outcome, and capturing a stack trace for each one is most of its cost.
export class Refused {
  constructor(
    readonly refusal: Refusal,
    /** Events the refusal leaves behind (a wrong code's count); almost always none. */
    readonly trace: NewEvent[] = [],
  ) {}
}

export function fail(code: RefusalCode, field?: string): never {
  throw new Refused(refuse(code, field));
}

/**
 * The refusal, returned rather than thrown: for the checks a busy group fails most (a claim on a
 * packet that is sold out, a join after the draw…), where a decision returns it to the engine.
 * V8 records where every throw happened (it walks the stack for the message), which made a thrown
 * refusal cost more than the rest of its decision; decide() takes either.
 */
export function refused(code: RefusalCode, field?: string): Refused {
  return new Refused(refuse(code, field));
}

/** Refuse, keeping a trace: the only refusal that changes something (BAD_CODE counts). */
export function failWithTrace(code: RefusalCode, field: string, trace: NewEvent[]): never {
  throw new Refused(refuse(code, field), trace);
}

export { own };

export function needUser(state: State, id: UserId, field = 'as') {
  const u = own(state.users, id);
  if (!u) fail('UNKNOWN_USER', field);
  return u;
}

export function needPacket(state: State, id: string, field = 'packet'): Packet {
  const p = own(state.packets, id);
  if (!p) fail('UNKNOWN_PACKET', field);
  return p;
}

export function checkText(text: string, max: number, field: string) {
  if (hasControl(text)) fail('INVALID_TEXT', field);
  if (charLength(text) > max) fail('MESSAGE_TOO_LONG', field);
}

/**
 * A recipient's unit of a packet that they accepted and kept, for what only a recipient does with
 * it (after-sales, 晒礼物). Checks, in this order: UNKNOWN_USER, UNKNOWN_PACKET, WRONG_MODE (a red
 * packet is money, not a gift), NOT_RECIPIENT (no unit of it was theirs: the sender included),
 * NOT_ACCEPTED (their unit was never accepted), ALREADY_REFUNDED (after-sales took it back).
 */
export function needKeptUnit(state: State, as: UserId, packetId: string) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode === 'redpacket') fail('WRONG_MODE', 'packet');
  const i = heldUnit(p, as);
  if (i < 0) fail('NOT_RECIPIENT', 'as');
  const u = p.units[i]!;
  if (u.state !== 'claimed') fail('NOT_ACCEPTED', 'packet');
  if (u.order === 'refunded') fail('ALREADY_REFUNDED', 'packet');
  return { p, i, u };
}

// Deciding a claim: which unit a user takes (or why not), what it costs whom, and the order it
// starts. One function per kind of packet, each in the order of checks SCENARIOS.md fixes.
import { addressProblems, cleanAddress } from './address';
import type { AddressChoice } from './commands';
import { fail, failWithTrace, needPacket, needUser, own, Refused, refused, type Emit } from './decide-kit';
import { settlement } from './ledger';
import { luckyAmount, uniformOnce, voucherCode } from './random';
import { claimNeedsAddress, isExpired, isMember, unitOf } from './rules';
import { setting } from './settings';
import type { RefusalCode } from './errors';
import type { Address, Fen, Packet, State, UserId } from './types';

/** Wrong codes a user may try on one code gift: the next try is CODE_LOCKED. */
export const CODE_TRIES = 5;

/** May this user see the packet at all? A code gift is for anyone in the world. */
export function checkAccess(state: State, p: Packet, user: UserId) {
  const problem = accessProblem(state, p, user);
  if (problem !== null) fail(problem, 'as');
}

/** Why this user may not see the packet (the refusal, of the field `as`), or null when they may. */
function accessProblem(state: State, p: Packet, user: UserId): RefusalCode | null {
  if (p.mode === 'code') return null;
  // A bulk gift to a list: its sender and the people it names (their private chats show it).
  if (p.mode === 'bulk' && p.group === null) return user !== p.sender && !p.units.some((u) => u.holder === user) ? 'NOT_RECIPIENT' : null;
  if (p.group === null) return user !== p.sender && user !== p.to ? 'NOT_RECIPIENT' : null;
  return isMember(state.groups[p.group]!, user) ? null : 'NOT_MEMBER';
}

export function decideClaim(state: State, as: UserId, packetId: string, choice: AddressChoice | undefined, code: string | undefined, emit: Emit) {
  needUser(state, as);
  const p = needPacket(state, packetId);
  if (p.mode === 'redpacket') return claimRed(state, p, as, emit);
  const i = p.mode === 'code' ? codeUnitToClaim(state, p, as, code) : unitToClaim(state, p, as);
  if (i instanceof Refused) return i;
  const u = p.units[i]!;
  const delivery = state.catalog[u.sku]!.delivery;
  // A lucky bag's claimant fills an address when any unit left could be a parcel.
  const needsAddress = p.mode === 'luckybag' ? claimNeedsAddress(state, p, as) : delivery === 'address';
  const address = needsAddress ? resolveAddress(state, as, choice) : null;
  const voucher = delivery === 'voucher' ? voucherCode(p.seed, i) : null;
  const at = state.now;
  if (delivery === 'address') {
    // The order starts: it ships and is delivered at these instants (deadlines, like expiries).
    const shipAt = at + setting(state.settings, 'shipAfterMs');
    const deliverAt = at + setting(state.settings, 'deliverAfterMs');
    emit({ type: 'claimed', at, user: as, packet: p.id, unit: i, address, voucher, order: 'accepted', shipAt, deliverAt });
    emit(settlement(state, p, i, at));
    // An offset of 0 falls due at once: it happens with the acceptance, not a step later.
    if (deliverAt <= at) emit({ type: 'delivered', at, packet: p.id, units: [i] });
    else if (shipAt <= at) emit({ type: 'shipped', at, packet: p.id, units: [i] });
  } else {
    emit(
      delivery === 'virtual'
        ? { type: 'claimed', at, user: as, packet: p.id, unit: i, address: null, voucher, order: 'delivered' }
        : { type: 'claimed', at, user: as, packet: p.id, unit: i, address: null, voucher },
    );
    emit(settlement(state, p, i, at));
  }
  // Written out rather than spread: the report keeps every claim's result to the end.
  return voucher ? { unit: i, sku: u.sku, spec: u.spec, voucher } : { unit: i, sku: u.sku, spec: u.spec };
}

/** The unit this claim would take, or the refusal (returned: see `refused`). */
function unitToClaim(state: State, p: Packet, as: UserId): number | Refused {
  if (as === p.sender) return refused('OWN_PACKET', 'as');
  if (p.mode === 'direct') return as === p.to ? namedUnit(p, 0) : refused('NOT_RECIPIENT', 'as');
  if (p.mode === 'bulk') {
    // Each unit is a direct gift to its recipient: theirs to accept until it expires.
    const i = p.units.findIndex((u) => u.holder === as);
    return i < 0 ? refused('NOT_RECIPIENT', 'as') : namedUnit(p, i);
  }
  const access = accessProblem(state, p, as);
  if (access !== null) return refused(access, 'as');
  if (p.mode === 'lottery') {
    const lot = p.lottery!;
    if (!lot.drawn) return refused('NOT_DRAWN', 'packet');
    const i = lot.winners!.indexOf(as);
    return i < 0 ? refused('NOT_WINNER', 'as') : namedUnit(p, i);
  }
  // grab and lucky bag: one unit per person
  const mine = unitOf(p, as);
  if (mine >= 0 && p.units[mine]!.state === 'claimed') return refused('ALREADY_CLAIMED', 'packet');
  if (isExpired(state, p)) return refused('EXPIRED', 'packet');
  if (mine >= 0) return mine; // reserved on open
  if (p.mode === 'grab') {
    const first = firstOpen(p);
    if (first < 0) return refused('SOLD_OUT', 'packet');
    return first;
  }
  const open: number[] = [];
  const units = p.units;
  for (let i = 0; i < units.length; i++) if (units[i]!.state === 'open') open.push(i);
  if (open.length === 0) return refused('SOLD_OUT', 'packet');
  // Lucky bag: a uniform pick among the units still open, from the packet's seed and the
  // claim's number, so anyone can re-run it.
  return open[uniformOnce(`${p.seed}/claim/${p.claims}`, open.length)]!;
}

/** A code gift: OWN_PACKET, CODE_LOCKED, BAD_CODE, ALREADY_CLAIMED, EXPIRED, SOLD_OUT, in this
 * order. A wrong (or missing) code is counted per user and packet, even though it is refused. */
function codeUnitToClaim(state: State, p: Packet, as: UserId, code: string | undefined): number {
  if (as === p.sender) fail('OWN_PACKET', 'as');
  const gift = p.code!;
  const wrong = own(gift.wrong, as) ?? 0;
  if (wrong >= CODE_TRIES) fail('CODE_LOCKED', 'code');
  if (code !== gift.code) failWithTrace('BAD_CODE', 'code', [{ type: 'codeTried', at: state.now, user: as, packet: p.id, wrong: wrong + 1 }]);
  if (unitOf(p, as) >= 0) fail('ALREADY_CLAIMED', 'packet');
  if (isExpired(state, p)) fail('EXPIRED', 'packet');
  const i = firstOpen(p);
  if (i < 0) fail('SOLD_OUT', 'packet');
  return i;
}

/** 红包: opened and taken in one go, one each. The first open unit gets its amount now: an equal
 * share (the last unit the remainder), or a lucky one by the double-mean rule. */
function claimRed(state: State, p: Packet, as: UserId, emit: Emit) {
  if (as === p.sender) fail('OWN_PACKET', 'as');
  checkAccess(state, p, as);
  if (unitOf(p, as) >= 0) fail('ALREADY_CLAIMED', 'packet');
  if (isExpired(state, p)) fail('EXPIRED', 'packet');
  const i = firstOpen(p);
  if (i < 0) fail('SOLD_OUT', 'packet');
  const red = p.red!;
  const count = p.units.length;
  let amount: number;
  if (red.split === 'equal') amount = equalShare(red.amount, count, i);
  else {
    let left = red.amount;
    for (const u of p.units) if (u.state === 'claimed') left -= u.amount ?? 0;
    amount = luckyAmount(p.seed, p.claims, left, count - p.claims);
  }
  const at = state.now;
  emit({ type: 'claimed', at, user: as, packet: p.id, unit: i, address: null, voucher: null, amount });
  emit({ type: 'received', at, user: as, packet: p.id, unit: i, amount });
  return { unit: i, amount };
}

/** A unit that was the claimant's from the start (a direct gift, a bulk gift's, a lottery win):
 * theirs to accept unless they already did or it expired (refunded to the sender). */
function namedUnit(p: Packet, i: number): number | Refused {
  const u = p.units[i]!;
  if (u.state === 'claimed') return refused('ALREADY_CLAIMED', 'packet');
  if (u.state === 'refunded') return refused('EXPIRED', 'packet');
  return i;
}

/** The first open unit, or -1: a loop, as every claim of a grab asks it. */
function firstOpen(p: Packet): number {
  const units = p.units;
  for (let i = 0; i < units.length; i++) if (units[i]!.state === 'open') return i;
  return -1;
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

/** Share `i` of an equal red packet of `count`: the same whole fen each, the remainder to the last. */
export function equalShare(amount: Fen, count: number, i: number): Fen {
  const each = Math.floor(amount / count);
  return i === count - 1 ? amount - each * (count - 1) : each;
}

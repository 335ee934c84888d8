// The clock's deadlines: draws, expiries, lapsed reservations, shipping and delivery. Which one
// falls due next is asked once per deadline and once per clock move; walking every packet for it
// made a long scenario's clock cost grow with every packet still open. The answer is kept in an
// index beside the state (a binary heap of each packet's earliest deadline, never stored): it
// follows the events the engine applies, and is rebuilt from the state whenever the state changed
// in a way it did not see.
import { evolve } from './evolve';
import { anyLive } from './rules';
import type { DomainEvent, Millis, Packet, State } from './types';

export type DeadlineKind = 'draw' | 'release' | 'expire' | 'ship' | 'deliver';
export interface Deadline {
  at: Millis;
  kind: DeadlineKind;
  packet: string;
  unit?: number;
}

/** Every pending deadline of a packet, in the order its ties are broken: ship/deliver, the
 * releases by unit, the draw, the expiry. An order's shipping and delivery are deadlines like the
 * rest: one per instant per packet (the units that ship then ship together). */
export function packetDeadlines(p: Packet): Deadline[] {
  const out: Deadline[] = [];
  if (p.orderDue) out.push({ at: p.orderDue.at, kind: p.orderDue.kind, packet: p.id });
  if (p.settled) return out;
  p.units.forEach((u, i) => {
    if (u.state === 'assigned' && u.holdUntil != null) out.push({ at: u.holdUntil, kind: 'release', packet: p.id, unit: i });
  });
  if (p.lottery && !p.lottery.drawn) out.push({ at: p.lottery.drawAt, kind: 'draw', packet: p.id });
  if (p.expiresAt !== null && anyLive(p.units)) out.push({ at: p.expiresAt, kind: 'expire', packet: p.id });
  return out;
}

/**
 * A packet's earliest deadline (the first of its ties), or null: packetDeadlines' first earliest,
 * found in the same order without making the others (this runs for every packet a step touched).
 */
function earliest(p: Packet | undefined): Deadline | null {
  if (p === undefined || (p.settled && !p.orderDue)) return null;
  let at = 0;
  let kind: DeadlineKind | null = null;
  let unit = -1;
  if (p.orderDue) {
    at = p.orderDue.at;
    kind = p.orderDue.kind;
  }
  if (!p.settled) {
    const units = p.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (u.state === 'assigned' && u.holdUntil != null && (kind === null || u.holdUntil < at)) {
        at = u.holdUntil;
        kind = 'release';
        unit = i;
      }
    }
    if (p.lottery && !p.lottery.drawn && (kind === null || p.lottery.drawAt < at)) {
      at = p.lottery.drawAt;
      kind = 'draw';
    }
    if (p.expiresAt !== null && (kind === null || p.expiresAt < at) && anyLive(units)) {
      at = p.expiresAt;
      kind = 'expire';
    }
  }
  if (kind === null) return null;
  return kind === 'release' ? { at, kind, packet: p.id, unit } : { at, kind, packet: p.id };
}

const same = (a: Deadline | null, b: Deadline | null) => a === b || (a !== null && b !== null && a.at === b.at && a.kind === b.kind && a.unit === b.unit);

/** What the index knows of one packet: its place in send order, its earliest deadline as the heap
 * holds it (heap entries for it that are not this one are stale), and whether a step touched it
 * since the last question. One object per packet, found with one lookup, where a map for each of
 * these made every touched packet cost four or five. */
interface Slot {
  id: string;
  rank: number;
  due: Deadline | null;
  dirty: boolean;
}

/** A heap entry: a packet's earliest deadline, and the packet's slot. */
interface Entry {
  d: Deadline;
  slot: Slot;
}

/** Earlier first; at one instant, the packet sent first (the order of ties). */
const before = (a: Entry, b: Entry) => a.d.at < b.d.at || (a.d.at === b.d.at && a.slot.rank < b.slot.rank);

class DeadlineIndex {
  private readonly slots = new Map<string, Slot>();
  private readonly heap: Entry[] = [];
  /** The packets touched since the last question, each once (its slot says whether it is listed). */
  private readonly dirtyList: Slot[] = [];
  private nextRank = 0;

  /** What the index was made from: another object or another event count means a rebuild. */
  readonly packets: State['packets'];
  readonly order: State['order'];
  seen: number;

  constructor(private readonly state: State) {
    this.packets = state.packets;
    this.order = state.order;
    this.seen = state.nextEvent;
    for (const id of state.order) this.touch(id);
  }

  /** A packet's slot, made (ranked next) the first time it is seen. */
  private slot(id: string): Slot {
    let slot = this.slots.get(id);
    if (slot === undefined) this.slots.set(id, (slot = { id, rank: this.nextRank++, due: null, dirty: false }));
    return slot;
  }

  private touch(id: string): void {
    const slot = this.slot(id);
    if (slot.dirty) return;
    slot.dirty = true;
    this.dirtyList.push(slot);
  }

  /** An event the engine applied: the packet it touched may have a new earliest deadline. */
  noteEvent(e: DomainEvent): void {
    if (e.type === 'sent') this.touch(e.packet.id);
    else if (!LEAVES_DEADLINES.has(e.type) && 'packet' in e) this.touch(e.packet);
  }

  next(): Deadline | null {
    const dirty = this.dirtyList;
    if (dirty.length > 0) {
      for (let k = 0; k < dirty.length; k++) {
        const slot = dirty[k]!;
        slot.dirty = false;
        const d = earliest(this.state.packets[slot.id]);
        if (same(d, slot.due)) continue;
        slot.due = d;
        if (d !== null) this.push({ d, slot });
      }
      dirty.length = 0;
    }
    // Stale entries (a packet's deadline that has moved or gone) surface and are dropped.
    const h = this.heap;
    while (h.length > 0 && h[0]!.slot.due !== h[0]!.d) this.pop();
    return h.length > 0 ? h[0]!.d : null;
  }

  private push(e: Entry): void {
    const h = this.heap;
    let i = h.push(e) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!before(e, h[up]!)) break;
      h[i] = h[up]!;
      i = up;
    }
    h[i] = e;
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && before(h[l + 1]!, h[l]!) ? l + 1 : l;
      if (!before(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
  }
}

/** Events that touch a packet but none of what its deadlines read (its units' states, holds and
 * orders, its lottery, its expiry, whether it is settled): the commonest steps, kept off the index.
 * A share (晒礼物) adds its sharer to the packet and posts to the feed, nothing more. */
const LEAVES_DEADLINES: ReadonlySet<DomainEvent['type']> = new Set(['paid', 'subsidised', 'opened', 'joined', 'codeTried', 'specChanged', 'redeemed', 'shared']);

const indexes = new WeakMap<State, DeadlineIndex>();

/** The state's index if it has seen every change to the state, else null (and forgotten). */
function inSync(state: State): DeadlineIndex | null {
  const ix = indexes.get(state);
  if (ix === undefined) return null;
  if (ix.packets === state.packets && ix.order === state.order && ix.seen === state.nextEvent) return ix;
  indexes.delete(state);
  return null;
}

/** The earliest pending deadline (ties: send order, then ship/deliver, release, draw, expire). */
export function nextDeadline(state: State): Deadline | null {
  let ix = inSync(state);
  if (ix === null) indexes.set(state, (ix = new DeadlineIndex(state)));
  return ix.next();
}

/** Apply events with evolve, the index following them: the engine applies every event through here. */
export function applyEvents(state: State, events: readonly DomainEvent[]): void {
  const ix = inSync(state);
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    evolve(state, e);
    ix?.noteEvent(e);
  }
  if (ix) ix.seen = state.nextEvent;
}

// Archiving keeps the cost of one write bounded however long a session runs. Settled packets and
// all but the newest events and messages move out of the main file into segment files that are
// written once and never changed; the main file lists them. Loading reads each segment once and
// merges it back, so the State in memory is whole.
//
// Order of writes: the segment first (atomically), then the main file that lists it. A crash in
// between leaves a segment no main file lists: it is ignored on load (its contents may belong to
// a change that was never acknowledged) and its number is never reused.
//
// A settled packet can still change (a late `opened`, a voucher `redeemed`). Every change comes
// as an event naming its packet, so the store sees it: the packet goes back into the main file,
// whose copy wins over any segment's, until a later segment takes its newer copy.
import { readdir } from 'node:fs/promises';
import type { ChatMessage, DomainEvent, Packet, PacketId, State } from '../domain/types';
import { isErrno } from './atomic';
import { corrupt, type MainDoc, type PacketEntry, type SegmentDoc } from './format';

export interface ArchivePolicy {
  /** The newest events and messages that always stay in the main file. */
  keep: number;
  /** Archive once this many settled packets are in the main file. */
  packets: number;
  /** …or once this many events (or messages) beyond `keep` are. */
  events: number;
}

export const DEFAULT_ARCHIVE: ArchivePolicy = { keep: 500, packets: 200, events: 500 };

/** What this process knows is archived, as of its last read or write of the main file. */
export interface Layout {
  id: string;
  rev: number;
  segments: string[];
  /** Every packet's position in the send order, for the first `seen` of state.order. */
  pos: Map<PacketId, number>;
  seen: number;
  /** Packets whose copy in memory is their newest archived copy: the main file omits them. */
  archived: Set<PacketId>;
  /** The others: the main file carries them. Kept so a write never scans every packet. */
  hot: Set<PacketId>;
  /** How many of state.events / state.messages, from the start, are in segments. */
  events: number;
  messages: number;
}

export function emptyLayout(id: string): Layout {
  return { id, rev: 0, segments: [], pos: new Map(), seen: 0, archived: new Set(), hot: new Set(), events: 0, messages: 0 };
}

/** The packet an event changes, if any. */
export function packetOf(e: DomainEvent): PacketId | null {
  if (e.type === 'sent') return e.packet.id;
  return 'packet' in e && typeof e.packet === 'string' ? e.packet : null;
}

/**
 * Bring the layout up to a state the engine just changed with `events`: new packets are hot,
 * and an archived packet an event changed becomes hot again (the main file carries its newer
 * copy). The domain changes state only through events, and each names the packet it changes.
 */
export function touch(layout: Layout, state: State, events: DomainEvent[]): void {
  for (let i = layout.seen; i < state.order.length; i++) {
    layout.pos.set(state.order[i]!, i);
    layout.hot.add(state.order[i]!);
  }
  layout.seen = state.order.length;
  for (const e of events) {
    const id = packetOf(e);
    if (id !== null && layout.archived.delete(id)) layout.hot.add(id);
  }
}

const byPos = (a: PacketEntry, b: PacketEntry) => a[0] - b[0];

export interface SegmentPlan {
  packets: PacketEntry[];
  /** New prefix lengths once the segment is listed. */
  events: number;
  messages: number;
}

/** Whether this write should first archive, and what. */
export function planArchive(state: State, layout: Layout, policy: ArchivePolicy): SegmentPlan | null {
  const settled: PacketEntry[] = [];
  for (const id of layout.hot) {
    const p = state.packets[id]!;
    if (p.settled) settled.push([layout.pos.get(id)!, p]);
  }
  const events = Math.max(layout.events, state.events.length - policy.keep);
  const messages = Math.max(layout.messages, state.messages.length - policy.keep);
  if (settled.length < policy.packets && events - layout.events < policy.events && messages - layout.messages < policy.events) return null;
  return { packets: settled.sort(byPos), events, messages };
}

export function segmentDoc(state: State, layout: Layout, plan: SegmentPlan): SegmentDoc {
  return {
    format: 'bluepacket-archive',
    version: 1,
    file: layout.id,
    packets: plan.packets,
    events: state.events.slice(layout.events, plan.events),
    messages: state.messages.slice(layout.messages, plan.messages),
  };
}

/** The layout once a planned segment is listed. */
export function afterSegment(layout: Layout, name: string, plan: SegmentPlan): Layout {
  const archived = new Set(layout.archived);
  const hot = new Set(layout.hot);
  for (const [, p] of plan.packets) (archived.add(p.id), hot.delete(p.id));
  return { ...layout, segments: [...layout.segments, name], archived, hot, events: plan.events, messages: plan.messages };
}

const SEGMENT = /^(\d{6,})\.json$/;
export const segmentName = (n: number) => `${String(n).padStart(6, '0')}.json`;

/** A number above every listed segment and every segment file present (an unlisted one may be
 * left by a crash: it is never overwritten). */
export async function nextSegmentName(dir: string, listed: string[]): Promise<string> {
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
  }
  let max = 0;
  for (const n of [...listed, ...names]) {
    const m = SEGMENT.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return segmentName(max + 1);
}

/** The main file without what its segments hold. */
export function mainDoc(state: State, layout: Layout, rev: number): MainDoc {
  const packets: PacketEntry[] = [];
  for (const id of layout.hot) packets.push([layout.pos.get(id)!, state.packets[id]!]);
  const { packets: _p, order: _o, events, messages, ...rest } = state;
  return {
    format: 'bluepacket',
    version: 1,
    rev,
    id: layout.id,
    segments: layout.segments,
    state: {
      ...rest,
      packets: packets.sort(byPos),
      packetCount: state.order.length,
      events: events.slice(layout.events),
      messages: messages.slice(layout.messages),
    },
  };
}

/** What is already in memory and still true: the archived part of the current state. */
export interface Base {
  state: State;
  layout: Layout;
}

/**
 * Build the State from a main file and the segments it lists that `base` does not already hold
 * (all of them when base is null). Duplicates are dropped (packets: the later copy wins, the main
 * file's last; events by seq and messages by id: the first copy stays). `file` names the main
 * file in errors.
 */
export function assemble(main: MainDoc, segments: SegmentDoc[], base: Base | null, file: string): { state: State; layout: Layout } {
  const count = main.state.packetCount;
  const slots: (Packet | undefined)[] = new Array(count);
  const posOf = new Map<PacketId, number>();
  const archived = new Set<PacketId>();
  const place = (pos: number, p: Packet) => {
    if (pos >= count) throw corrupt(file, file, `has packet ${p.id} at position ${pos}, beyond its packetCount ${count}`);
    const at = posOf.get(p.id);
    if (at !== undefined && at !== pos) throw corrupt(file, file, `has packet ${p.id} at two positions (${at} and ${pos})`);
    const there = slots[pos];
    if (there !== undefined && there.id !== p.id) throw corrupt(file, file, `has packets ${there.id} and ${p.id} at the same position ${pos}`);
    slots[pos] = p;
    posOf.set(p.id, pos);
  };

  const events: DomainEvent[] = [];
  const messages: ChatMessage[] = [];
  const seqs = new Set<number>();
  const ids = new Set<number>();
  const addEvents = (list: DomainEvent[]) => {
    for (const e of list) if (!seqs.has(e.seq)) (seqs.add(e.seq), events.push(e));
  };
  const addMessages = (list: ChatMessage[]) => {
    for (const m of list) if (!ids.has(m.id)) (ids.add(m.id), messages.push(m));
  };

  if (base) {
    for (const id of base.layout.archived) (place(base.layout.pos.get(id)!, base.state.packets[id]!), archived.add(id));
    addEvents(base.state.events.slice(0, base.layout.events));
    addMessages(base.state.messages.slice(0, base.layout.messages));
  }
  for (const seg of segments) {
    for (const [pos, p] of seg.packets) (place(pos, p), archived.add(p.id));
    addEvents(seg.events);
    addMessages(seg.messages);
  }
  const archivedEvents = events.length;
  const archivedMessages = messages.length;
  for (const [pos, p] of main.state.packets) (place(pos, p), archived.delete(p.id));
  addEvents(main.state.events);
  addMessages(main.state.messages);

  const order: PacketId[] = [];
  const packets: Record<PacketId, Packet> = {};
  const hot = new Set<PacketId>();
  for (let i = 0; i < count; i++) {
    const p = slots[i];
    if (p === undefined) throw corrupt(file, file, `lists ${count} packets but the one at position ${i} is in neither the file nor its archive segments`);
    order.push(p.id);
    packets[p.id] = p;
    if (!archived.has(p.id)) hot.add(p.id);
  }
  for (let i = 1; i < events.length; i++)
    if (events[i]!.seq <= events[i - 1]!.seq) throw corrupt(file, file, `has events out of order (seq ${events[i]!.seq} after ${events[i - 1]!.seq})`);
  for (let i = 1; i < messages.length; i++)
    if (messages[i]!.id <= messages[i - 1]!.id) throw corrupt(file, file, `has messages out of order (id ${messages[i]!.id} after ${messages[i - 1]!.id})`);

  const { packets: _p, packetCount: _c, events: _e, messages: _m, ...rest } = main.state;
  const state: State = { ...rest, packets, order, events, messages };
  const layout: Layout = {
    id: main.id,
    rev: main.rev,
    segments: main.segments.slice(),
    pos: posOf,
    seen: count,
    archived,
    hot,
    events: archivedEvents,
    messages: archivedMessages,
  };
  return { state, layout };
}

// Building the State in memory from what was read: a main file alone (how a session opens), a
// version-1 main file with all its segments, or a newer main file merged into what a process
// already holds. And reading packets and messages back from segments into a live State. Pure:
// the file store does the reading. `file` names the main file in errors.
import { emptyArchived, markGifts } from '../domain/history';
import { addShares, packetShares } from '../domain/invariants';
import { isFinal } from '../domain/rules';
import type { ChatMessage, Packet, PacketId, State } from '../domain/types';
import { emptyLayout, packetOf, segmentInfo, type Layout } from './archive';
import { corrupt, type MainDoc, type MainDocV1, type PacketEntry, type SegmentDoc } from './format';
import { feedProblem, referenceProblem, worldProblem } from './references';

export interface Loaded {
  state: State;
  layout: Layout;
}

/** Place packet entries in send order, checking positions: the map of position to packet. */
function placeAll(entries: Iterable<PacketEntry>, count: number, file: string, into = new Map<number, Packet>(), ids = new Map<PacketId, number>()) {
  for (const [pos, p] of entries) {
    if (pos >= count) throw corrupt(file, file, `has packet ${p.id} at position ${pos}, beyond its packetCount ${count}`);
    const at = ids.get(p.id);
    if (at !== undefined && at !== pos) throw corrupt(file, file, `has packet ${p.id} at two positions (${at} and ${pos})`);
    const there = into.get(pos);
    if (there !== undefined && there.id !== p.id) throw corrupt(file, file, `has packets ${there.id} and ${p.id} at the same position ${pos}`);
    into.set(pos, p);
    ids.set(p.id, pos);
  }
  return { slots: into, ids };
}

function checkOrder(messages: readonly ChatMessage[], events: State['events'], file: string): void {
  for (let i = 1; i < events.length; i++)
    if (events[i]!.seq <= events[i - 1]!.seq) throw corrupt(file, file, `has events out of order (seq ${events[i]!.seq} after ${events[i - 1]!.seq})`);
  for (let i = 1; i < messages.length; i++)
    if (messages[i]!.id <= messages[i - 1]!.id) throw corrupt(file, file, `has messages out of order (id ${messages[i]!.id} after ${messages[i - 1]!.id})`);
}

function checkReferences(state: Pick<State, 'users' | 'groups' | 'wallets' | 'feed'>, packets: Iterable<Packet>, messages: Iterable<ChatMessage>, file: string, name = file): void {
  const problem = worldProblem(state, state.wallets) ?? feedProblem(state, state.feed) ?? referenceProblem(state, packets, messages);
  if (problem) throw corrupt(file, name, problem);
}

/** The state of a version-2 main file on its own: what a session needs to start. */
export function fromMain(doc: MainDoc, file: string): Loaded {
  const s = doc.state;
  const count = s.packetCount;
  const { slots } = placeAll(s.packets, count, file);
  if (slots.size + s.archived.packets !== count)
    throw corrupt(file, file, `lists ${count} packets but carries ${slots.size} and sums up ${s.archived.packets} in its archive segments`);
  checkOrder(s.messages, s.events, file);
  checkReferences(s, slots.values(), s.messages, file);

  const layout = emptyLayout(doc.id);
  layout.rev = doc.rev;
  layout.indexes = doc.indexes;
  layout.segments = doc.segments;
  layout.older = doc.indexes.length === 0 ? [] : null;
  layout.count = count;
  layout.summary = { packets: s.archived.packets, merchant: s.archived.merchant, platform: s.archived.platform, clawed: { ...s.archived.clawed } };
  const packets: Record<PacketId, Packet> = {};
  const order: PacketId[] = [];
  for (const pos of [...slots.keys()].sort((a, b) => a - b)) {
    const p = slots.get(pos)!;
    packets[p.id] = p;
    order.push(p.id);
    layout.pos.set(p.id, pos);
  }
  const { packets: _p, packetCount: _c, archived, ...rest } = s;
  return { state: { ...rest, packets, order, archived: { ...archived, clawed: { ...archived.clawed } } }, layout };
}

/**
 * The whole history: a main file and every segment it lists (`segments[i]` is the one named by
 * `doc.segments[i]`), merged: the later copy of a packet wins, the main file's last; events (by
 * seq) and messages (by id) are kept once. Also returns which packets and messages came from
 * segments only.
 */
export function wholeState(doc: MainDoc | MainDocV1, segments: SegmentDoc[], file: string) {
  const s = doc.state;
  const count = s.packetCount;
  const slots = new Map<number, Packet>();
  const ids = new Map<PacketId, number>();
  for (const seg of segments) placeAll(seg.packets, count, file, slots, ids); // a later copy wins
  const inSegments = new Set(slots.values());
  placeAll(s.packets, count, file, slots, ids); // the main file's copy wins over any segment's

  const messages: ChatMessage[] = [];
  const events: State['events'] = [];
  const seen = new Set<number>();
  const seqs = new Set<number>();
  const archivedMessages = new Set<number>();
  const keepEvents = (list: State['events']) => {
    for (const e of list) if (!seqs.has(e.seq)) (seqs.add(e.seq), events.push(e));
  };
  for (const seg of segments) {
    for (const m of seg.messages) if (!seen.has(m.id)) (seen.add(m.id), messages.push(m), archivedMessages.add(m.id));
    keepEvents(seg.events);
  }
  for (const m of s.messages) if (!seen.has(m.id)) (seen.add(m.id), messages.push(m));
  keepEvents(s.events);
  // Each chat's messages are archived oldest first, but chats move at their own pace.
  messages.sort((a, b) => a.id - b.id);
  checkOrder(messages, events, file);

  const packets: Record<PacketId, Packet> = {};
  const order: PacketId[] = [];
  for (let i = 0; i < count; i++) {
    const p = slots.get(i);
    if (p === undefined) throw corrupt(file, file, `lists ${count} packets but the one at position ${i} is in neither the file nor its archive segments`);
    packets[p.id] = p;
    order.push(p.id);
  }
  checkReferences(s, slots.values(), messages, file);
  const { packets: _p, packetCount: _c, archived: _a, ...rest } = s as MainDoc['state'];
  const state: State = { ...rest, packets, order, events, messages };
  return { state, inSegments: (p: Packet) => inSegments.has(p), archivedMessages };
}

/**
 * The state of a version-1 main file and every segment it lists: the whole history, as that
 * version's sessions held it. Archived packets and messages are held as extras; archived events
 * stay on disk.
 */
export function fromV1(doc: MainDocV1, segments: SegmentDoc[], file: string): Loaded {
  const whole = wholeState(doc, segments, file);
  const { state } = whole;
  state.events = doc.state.events.slice();
  const archived = (state.archived = emptyArchived());
  const layout = emptyLayout(doc.id);
  layout.rev = doc.rev;
  layout.segments = segments.map((seg, i) => segmentInfo(doc.segments[i]!, seg));
  layout.older = [];
  layout.count = state.order.length;
  layout.extraMessages = whole.archivedMessages;
  for (const m of state.messages) if (whole.archivedMessages.has(m.id)) layout.scrolled.add(m.chat);
  state.order.forEach((id, i) => {
    const p = state.packets[id]!;
    layout.pos.set(id, i);
    // Version 1 archived every settled packet; one that can still change goes back to the main file.
    if (whole.inSegments(p) && isFinal(state, p)) {
      const shares = packetShares(state, p);
      layout.extra.set(p.id, shares);
      layout.summary.packets++;
      addShares(layout.summary, shares);
      markGifts(archived, p);
    }
  });
  return { state, layout };
}

/**
 * Read packets back into a live state: each goes to its place in the send order. A final one is
 * an extra (its newest copy stays in its segment); one that can still change (archived under an
 * older rule) becomes hot: the next write carries it in the main file.
 */
export function adoptPackets(state: State, layout: Layout, entries: Iterable<PacketEntry>): void {
  const archived = (state.archived ??= emptyArchived());
  let added = false;
  for (const [pos, p] of entries) {
    if (Object.hasOwn(state.packets, p.id)) continue;
    const shares = packetShares(state, p);
    state.packets[p.id] = p;
    layout.pos.set(p.id, pos);
    archived.packets--;
    addShares(archived, shares, -1);
    if (isFinal(state, p)) layout.extra.set(p.id, shares);
    else {
      layout.summary.packets--;
      addShares(layout.summary, shares, -1);
    }
    added = true;
  }
  // A new array: the engine's caches keyed by the order array start afresh.
  if (added) state.order = Object.keys(state.packets).sort((a, b) => layout.pos.get(a)! - layout.pos.get(b)!);
}

/** Read messages back into a live state, as extras, in id order. */
export function adoptMessages(state: State, layout: Layout, messages: readonly ChatMessage[]): number {
  const have = new Set(state.messages.map((m) => m.id));
  const fresh = messages.filter((m) => !have.has(m.id) && (have.add(m.id), true));
  if (fresh.length === 0) return 0;
  for (const m of fresh) (layout.extraMessages.add(m.id), layout.scrolled.add(m.chat));
  state.messages = [...state.messages, ...fresh].sort((a, b) => a.id - b.id);
  return fresh.length;
}

/** Packets that messages or events in memory name and that are not in memory. */
export function namedButAbsent(state: State): PacketId[] {
  const out = new Set<PacketId>();
  for (const m of state.messages) if (m.packet !== undefined && !Object.hasOwn(state.packets, m.packet)) out.add(m.packet);
  for (const e of state.events) {
    const id = packetOf(e);
    if (id !== null && !Object.hasOwn(state.packets, id)) out.add(id);
  }
  return [...out];
}

/**
 * A newer main file merged into what this process holds (`prev`, same file: its list of
 * segments only ever grows at the end), with those of the segments it had not seen that hold
 * something it holds (`fresh`, in list order). The packets it held stay held, brought up to
 * date: the main file's copy wins, then the newest new segment's. A chat it scrolled back stays
 * whole from the oldest line it held.
 */
export function mergeNewer(prev: Loaded, doc: MainDoc, fresh: SegmentDoc[], file: string): Loaded {
  const next = fromMain(doc, file);
  const { state, layout } = next;
  const newest = new Map<PacketId, PacketEntry>();
  for (const seg of fresh) for (const e of seg.packets) newest.set(e[1].id, e);

  // Packets held before and no longer in the main file: archived since, or extras all along.
  const carried: PacketEntry[] = [];
  for (const id of prev.state.order) {
    if (Object.hasOwn(state.packets, id)) continue;
    carried.push(newest.get(id) ?? [prev.layout.pos.get(id)!, prev.state.packets[id]!]);
  }
  // Messages of the chats scrolled back stay held: the held ones the main file no longer
  // carries, and from the new segments those from the oldest held on (they fill what others
  // archived meanwhile). Other chats hold what the main file carries, as after a write.
  const scrolled = prev.layout.scrolled;
  const floor = new Map<string, number>();
  for (const m of prev.state.messages) if (scrolled.has(m.chat) && !floor.has(m.chat)) floor.set(m.chat, m.id);
  const mainIds = new Set(state.messages.map((m) => m.id));
  const extraMessages: ChatMessage[] = prev.state.messages.filter((m) => scrolled.has(m.chat) && !mainIds.has(m.id));
  const filled: ChatMessage[] = [];
  for (const seg of fresh) for (const m of seg.messages) if (!mainIds.has(m.id) && m.id >= (floor.get(m.chat) ?? Infinity)) filled.push(m);
  checkReferences(state, carried.map(([, p]) => p), filled, file);

  adoptPackets(state, layout, carried);
  adoptMessages(state, layout, [...extraMessages, ...filled]);
  for (const chat of scrolled) layout.scrolled.add(chat);
  // Packets the carried messages show, found in the new segments (the rest the caller reads).
  const wanted = new Set(namedButAbsent(state));
  adoptPackets(state, layout, [...newest.values()].filter(([, p]) => wanted.has(p.id)));
  return next;
}

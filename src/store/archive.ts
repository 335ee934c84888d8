// Archiving keeps the main file, and what a session must read to start, bounded however long the
// history. Final packets (see isFinal in domain/rules.ts) and all but the newest events and
// messages move out of the main file into segment files that are written once and never
// changed; the main file lists them with what each holds (SegmentInfo) and sums up the packets
// it no longer carries (state.archived). A session opens on the main file alone and reads a
// segment only for what it is asked to show or to act on.
//
// What stays in the main file: every packet that can still change; every packet a message or
// an event in the main file names (so the cards and the timeline of a fresh session are whole);
// the newest `keep` events, and the newest `perChat` messages of every chat (so every chat opens
// with its latest lines and the chat list knows each chat's last message). What could go waits
// for a batch (`packets`, `events`), so that segments are few and a write is usually the main
// file alone.
//
// Order of writes: the segments first (atomically), then the main file that lists them. A crash
// in between leaves segments no main file lists: they are ignored (their contents may belong to
// a change that was never acknowledged) and their numbers are never reused.
//
// In memory a process holds the main file's content plus "extras": packets it read back from
// segments (or archived itself), kept for the rest of its life so that a card on screen never
// vanishes under a user, and the messages of the chats it scrolled back. An event that changes an
// extra packet makes it "hot" again: the main file carries its newer copy until a later segment
// takes it.
import { readdir } from 'node:fs/promises';
import { addShares, noShares, packetShares } from '../domain/invariants';
import { emptyArchived, markGifts } from '../domain/history';
import { isFinal } from '../domain/rules';
import type { ChatMessage, DomainEvent, Packet, PacketId, Shares, State } from '../domain/types';

/** What the main file's `archived` sums up: how many packets, and their shares of the ledger. */
export type Summary = { packets: number } & Shares;
import { isErrno } from './atomic';
import {
  INDEX_FORMAT,
  SEGMENT_FORMAT,
  SEGMENT_VERSION,
  VERSION,
  type ChatSpan,
  type IndexDoc,
  type IndexRef,
  type MainDoc,
  type PacketEntry,
  type SegmentDoc,
  type SegmentInfo,
} from './format';

export interface ArchivePolicy {
  /** The newest events that always stay in the main file (the timeline shows fewer). */
  keep: number;
  /** The newest messages of each chat that always stay in the main file… */
  perChat: number;
  /** …of which at most this many gift cards (about what a pane shows: each card's packet stays
   * in the main file too). */
  perChatCards: number;
  /** Archive once this many packets in the main file could go… */
  packets: number;
  /** …or once this many events, or messages, could. */
  events: number;
  /** The main file lists at most this many segments itself; older ones go to index files. */
  indexEvery: number;
}

export const DEFAULT_ARCHIVE: ArchivePolicy = { keep: 100, perChat: 50, perChatCards: 6, packets: 200, events: 500, indexEvery: 64 };

/** The most one segment holds, so that reading one back for a screen stays quick. */
export const SEGMENT_MAX = { packets: 250, events: 1000, messages: 1000 };


/** What this process knows of the file's layout, as of its last read or write of the main file. */
export interface Layout {
  id: string;
  rev: number;
  /** The index files, and the segments the main file lists itself (the newest). */
  indexes: IndexRef[];
  segments: SegmentInfo[];
  /** What the index files list, once read (on first need). */
  older: SegmentInfo[] | null;
  /** Every packet in memory: its position in the send order. */
  pos: Map<PacketId, number>;
  /** The length of the whole send order. */
  count: number;
  /** Packets in memory whose newest copy is in a segment (the main file does not carry them),
   * with what they paid the merchant when they were read. */
  extra: Map<PacketId, Shares>;
  /** Messages in memory that are in segments (the main file does not carry them). */
  extraMessages: Set<number>;
  /** Chats scrolled back: this process read their older messages back, and holds every one of
   * them from there on (the messages of other chats leave memory once archived). */
  scrolled: Set<string>;
  /** How many packets the main file's `archived` sums up, and their shares of the ledger. */
  summary: Summary;
  /** Packet id → the newest segment holding it; made on first use. */
  locator: Map<PacketId, SegmentInfo> | null;
}

export function emptyLayout(id: string): Layout {
  return { id, rev: 0, indexes: [], segments: [], older: null, pos: new Map(), count: 0, extra: new Map(), extraMessages: new Set(), scrolled: new Set(), summary: { packets: 0, ...noShares() }, locator: null };
}

/** The packet an event changes or names, if any. */
export function packetOf(e: DomainEvent): PacketId | null {
  if (e.type === 'sent') return e.packet.id;
  return 'packet' in e && typeof e.packet === 'string' ? e.packet : null;
}

/** How many segments the index files list. */
export const indexed = (layout: Pick<Layout, 'indexes'>) => layout.indexes.reduce((n, x) => n + x.segments, 0);

/** Every segment, oldest first, once the index files were read (layout.older). */
function allSegments(layout: Layout): SegmentInfo[] {
  if (layout.older === null) throw new Error('allSegments: the index files were not read');
  return [...layout.older, ...layout.segments];
}

/** Where the newest copy of an archived packet is (the index files must have been read). */
export function locate(layout: Layout, id: PacketId): SegmentInfo | undefined {
  if (layout.locator === null) {
    const locator = new Map<PacketId, SegmentInfo>();
    for (const s of allSegments(layout)) for (const p of s.packets) locator.set(p, s);
    layout.locator = locator;
  }
  return layout.locator.get(id);
}

/**
 * Bring the layout up to a state the engine just changed with `events`: packets new in the send
 * order get their positions, and an extra packet an event names becomes hot again (the main file
 * will carry its newer copy). The domain changes state only through events, and each names the
 * packet it changes.
 */
export function touch(layout: Layout, state: State, events: DomainEvent[]): void {
  if (layout.pos.size < state.order.length) for (const id of state.order) if (!layout.pos.has(id)) layout.pos.set(id, layout.count++);
  for (const e of events) {
    const id = packetOf(e);
    const shares = id === null ? undefined : layout.extra.get(id);
    if (shares === undefined) continue;
    layout.extra.delete(id!);
    layout.summary.packets--;
    addShares(layout.summary, shares, -1);
  }
}

/** The messages the main file carries, oldest first. */
function mainMessages(state: State, layout: Layout): ChatMessage[] {
  return layout.extraMessages.size === 0 ? state.messages : state.messages.filter((m) => !layout.extraMessages.has(m.id));
}

export interface ArchivePlan {
  /** How many events, from the first in memory, go. */
  events: number;
  messages: ChatMessage[];
  packets: PacketEntry[];
}

const byPos = (a: PacketEntry, b: PacketEntry) => a[0] - b[0];

/** Whether this write should first archive, and what. */
export function planArchive(state: State, layout: Layout, policy: ArchivePolicy): ArchivePlan | null {
  const main = mainMessages(state, layout);
  // From the newest back: a message stays while it is among the newest `perChat` of its chat (up
  // to `perChatCards` cards).
  const perChat = new Map<string, { n: number; cards: number; full: boolean }>();
  const going = new Set<number>();
  for (let i = main.length - 1; i >= 0; i--) {
    const m = main[i]!;
    let c = perChat.get(m.chat);
    if (!c) perChat.set(m.chat, (c = { n: 0, cards: 0, full: false }));
    const card = m.packet !== undefined && !m.system;
    // A chat's kept messages are its newest: once one goes, every older one goes too.
    c.full ||= c.n + 1 > policy.perChat || (card && c.cards + 1 > policy.perChatCards);
    if (!c.full) (c.n++, card && c.cards++);
    if (c.full) going.add(m.id);
  }
  const events = Math.max(0, state.events.length - policy.keep);
  // A packet stays while anything left in the main file names it.
  const named = new Set<PacketId>();
  for (const m of main) if (m.packet !== undefined && !going.has(m.id)) named.add(m.packet);
  for (let i = events; i < state.events.length; i++) {
    const id = packetOf(state.events[i]!);
    if (id !== null) named.add(id);
  }
  const packets: PacketEntry[] = [];
  for (const id of state.order) {
    if (layout.extra.has(id) || named.has(id)) continue;
    const p = state.packets[id]!;
    if (isFinal(state, p)) packets.push([layout.pos.get(id)!, p]);
  }
  if (packets.length < policy.packets && events < policy.events && going.size < policy.events) return null;
  return { events, messages: main.filter((m) => going.has(m.id)), packets: packets.sort(byPos) };
}

/** Cut a plan into segments no bigger than SEGMENT_MAX. */
export function splitPlan(plan: ArchivePlan, state: State, file: string): SegmentDoc[] {
  const n = Math.max(
    1,
    Math.ceil(plan.packets.length / SEGMENT_MAX.packets),
    Math.ceil(plan.events / SEGMENT_MAX.events),
    Math.ceil(plan.messages.length / SEGMENT_MAX.messages),
  );
  const part = <T>(xs: readonly T[], i: number) => xs.slice(Math.floor((xs.length * i) / n), Math.floor((xs.length * (i + 1)) / n));
  const events = state.events.slice(0, plan.events);
  return Array.from({ length: n }, (_, i) => ({
    format: SEGMENT_FORMAT,
    version: SEGMENT_VERSION,
    file,
    packets: part(plan.packets, i),
    events: part(events, i),
    messages: part(plan.messages, i),
  }));
}

/** What the main file says of a segment. */
export function segmentInfo(name: string, doc: Pick<SegmentDoc, 'packets' | 'events' | 'messages'>): SegmentInfo {
  const chats = new Map<string, ChatSpan>();
  for (const m of doc.messages) {
    const span = chats.get(m.chat);
    if (span) {
      span[1]++;
      span[2] = Math.min(span[2], m.id);
      span[3] = Math.max(span[3], m.id);
    } else chats.set(m.chat, [m.chat, 1, m.id, m.id]);
  }
  return { name, packets: doc.packets.map(([, p]) => p.id), events: doc.events.length, chats: [...chats.values()] };
}

/**
 * Once the segments of `plan` are listed in the main file: the archived events leave memory
 * (nothing reads an old event back), and so do the archived messages, but those of a chat
 * scrolled back (it stays whole from where it was scrolled to). The archived packets stay as
 * extras: a screen may be showing one.
 */
export function afterArchive(state: State, layout: Layout, plan: ArchivePlan, infos: SegmentInfo[]): void {
  state.events.splice(0, plan.events);
  const gone = new Set<number>();
  for (const m of plan.messages) {
    if (layout.scrolled.has(m.chat)) layout.extraMessages.add(m.id);
    else gone.add(m.id);
  }
  if (gone.size > 0) state.messages = state.messages.filter((m) => !gone.has(m.id));
  for (const info of infos) {
    layout.segments.push(info);
    if (layout.locator) for (const id of info.packets) layout.locator.set(id, info);
  }
  const archived = (state.archived ??= emptyArchived());
  for (const [, p] of plan.packets) {
    const shares = packetShares(state, p);
    layout.extra.set(p.id, shares);
    layout.summary.packets++;
    addShares(layout.summary, shares);
    markGifts(archived, p);
  }
}

/** An index file for the oldest `every` segments the main file lists, when it lists that many. */
export function planIndex(layout: Layout, every: number): IndexDoc | null {
  if (layout.segments.length < Math.max(1, every)) return null;
  return { format: INDEX_FORMAT, version: 1, file: layout.id, segments: layout.segments.slice(0, Math.max(1, every)) };
}

export const indexName = (doc: IndexDoc) => `index-${doc.segments.at(-1)!.name}`;

/** Once the index file is written: the main file lists it instead of its segments. */
export function afterIndex(layout: Layout, doc: IndexDoc): void {
  layout.indexes.push({ name: indexName(doc), segments: doc.segments.length });
  layout.older?.push(...doc.segments);
  layout.segments = layout.segments.slice(doc.segments.length);
}

/** The main file for the state in memory, without what its segments hold. */
export function mainDoc(state: State, layout: Layout, rev: number): MainDoc {
  const packets: PacketEntry[] = [];
  for (const id of state.order) if (!layout.extra.has(id)) packets.push([layout.pos.get(id)!, state.packets[id]!]);
  const { packets: _p, order: _o, archived, messages, ...rest } = state;
  return {
    format: 'bluepacket',
    version: VERSION,
    rev,
    id: layout.id,
    indexes: layout.indexes,
    segments: layout.segments,
    state: {
      ...rest,
      packets: packets.sort(byPos),
      packetCount: layout.count,
      messages: layout.extraMessages.size === 0 ? messages : messages.filter((m) => !layout.extraMessages.has(m.id)),
      archived: { ...layout.summary, sent: archived?.sent ?? [], received: archived?.received ?? [] },
    },
  };
}

const SEGMENT = /^(\d{6,})\.json$/;
export const segmentName = (n: number) => `${String(n).padStart(6, '0')}.json`;

/** The next `k` numbers above every listed segment and every segment file present (an unlisted
 * one may be left by a crash: it is never overwritten). */
export async function nextSegmentNames(dir: string, listed: readonly string[], k: number): Promise<string[]> {
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
  return Array.from({ length: k }, (_, i) => segmentName(max + 1 + i));
}

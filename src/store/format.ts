// The on-disk format: the main file and its archive segments, how they are checked when read,
// and the errors that name what is wrong with them.
//
// Main file (`db.json`), written compactly, header keys first so a cheap read of its first bytes
// says whether it changed (see peekHeader):
//   {"format":"bluepacket","version":2,"rev":N,"id":"<hex>","indexes":[…],"segments":[{…}],"state":{…}}
// `state` is the domain State without what was archived: `packets` is a list of
// [position in send order, packet] for the packets kept here, `packetCount` the length of the
// whole send order, `events` the newest events and `messages` the newest of every chat, and
// `archived` sums up the packets that are only in segments (see domain/types.ts: Archived).
// `segments` lists the newest segment files, oldest first, each with what it holds (SegmentInfo):
// the packets' ids, how many events, and for each chat how many messages and their lowest and
// highest ids. That is what lets a session open on the main file alone and find any part of its
// history later. Older segments are listed the same way in index files (`indexes`, oldest
// first), written once like segments, so the main file stays the same size however many there
// are: the list of all segments is the indexes' lists, in order, then `segments`.
// Index (`db.json.archive/index-000064.json`, named after its last segment), never changed:
//   {"format":"bluepacket-index","version":1,"file":"<id of its main file>","segments":[{…}]}
// Segment (`db.json.archive/000001.json`), written once and never changed:
//   {"format":"bluepacket-archive","version":1,"file":"<id of its main file>","packets":[[pos,p]…],"events":[…],"messages":[…]}
// Version 1 of the main file listed segments by name only (its sessions read every segment);
// it is still read, and written as version 2 from its first change on.
// zod/mini (see src/domain/world.ts, which also loads its English messages).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { formatPath } from '../domain/world';
import { ID } from '../domain/world-check';
import type { Archived, ChatMessage, DomainEvent, Packet, PacketId, State } from '../domain/types';
import { insightsIssue, listsIssue } from './shape';
import { StoreError } from './store';

z.config(en());

export const FORMAT = 'bluepacket';
export const SEGMENT_FORMAT = 'bluepacket-archive';
export const INDEX_FORMAT = 'bluepacket-index';
export const VERSION = 2;
/** Main file versions this build reads (the older ones are written as VERSION on the first change). */
const READS = [1, 2];
export const SEGMENT_VERSION = 1;

export type PacketEntry = [number, Packet];

/** A chat's messages in one segment: [chat, how many, lowest id, highest id]. */
export type ChatSpan = [chat: string, count: number, first: number, last: number];

export interface SegmentInfo {
  /** The file in `<main>.archive/`. */
  name: string;
  /** The packets it holds. A later segment, or the main file, may hold a newer copy of one. */
  packets: PacketId[];
  events: number;
  chats: ChatSpan[];
}

/** An index file: how many segments it lists. */
export interface IndexRef {
  name: string;
  segments: number;
}

export interface IndexDoc {
  format: typeof INDEX_FORMAT;
  version: 1;
  file: string;
  segments: SegmentInfo[];
}

export type StoredState = Omit<State, 'packets' | 'order' | 'archived'> & { packets: PacketEntry[]; packetCount: number; archived: Archived };

export interface MainDoc {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Bumped by every write: with `id`, how another process sees that the file changed. */
  rev: number;
  /** Random, fixed when the file is created: a reset makes a new file with a new id. */
  id: string;
  /** Index files listing the older segments, oldest first, in `<file>.archive/`. */
  indexes: IndexRef[];
  /** The newer archive segments, oldest first, in `<file>.archive/`. */
  segments: SegmentInfo[];
  state: StoredState;
}

/** The main file as version 1 wrote it. */
export interface MainDocV1 {
  format: typeof FORMAT;
  version: 1;
  rev: number;
  id: string;
  segments: string[];
  state: Omit<StoredState, 'archived'>;
}

export interface SegmentDoc {
  format: typeof SEGMENT_FORMAT;
  version: typeof SEGMENT_VERSION;
  file: string;
  packets: PacketEntry[];
  events: DomainEvent[];
  messages: ChatMessage[];
}

// ---- validation: the top-level shape, cheaply -----------------------------------------------
// Deep enough that the assembly and the engine will not trip over a wrong type, shallow enough
// (loose objects, nothing per unit beyond its state) to cost little for thousands of packets.
// The ledger invariants are checked after assembly, which catches what this lets through.

const int = z.number().check(z.int());
const loose = z.looseObject;

// The packets, messages and events are checked by hand (shape.ts): zod on thousands of them
// cost most of a session's start.
const list = z.array(z.unknown());

const storedStateV1 = z.object({
  seed: z.string(),
  now: z.number(),
  start: z.number(),
  settings: loose({ grabPolicy: z.enum(['first-address', 'reserve-on-open']), holdMs: int }),
  users: z.record(z.string(), loose({ id: z.string(), name: z.string(), friends: z.array(z.string()), addresses: z.array(z.unknown()) })),
  groups: z.record(z.string(), loose({ id: z.string(), members: z.array(z.string()) })),
  catalog: z.record(z.string(), loose({ id: z.string(), delivery: z.string(), specs: z.array(loose({ id: z.string(), price: int })) })),
  wallets: z.record(z.string(), int),
  escrow: int,
  merchant: int,
  total: int,
  stock: z.record(z.string(), int),
  packets: list,
  packetCount: int.check(z.nonnegative()),
  nextPacket: int,
  nextMessage: int,
  nextEvent: int,
  messages: list,
  events: list,
});

const segmentName = z.string().check(z.regex(/^\d{6,}\.json$/));
const count = int.check(z.nonnegative());
const giftTime = z.tuple([z.number(), z.string(), count]);
const giftMark = z.union([z.tuple([z.string(), z.string(), giftTime]), z.tuple([z.string(), z.string(), giftTime, z.union([z.literal(true), z.string()])])]);

const storedState = z.extend(storedStateV1, {
  archived: z.object({
    packets: count,
    merchant: count,
    // The platform's net may be below zero (the code discounts it paid).
    platform: int,
    clawed: z.record(z.string().check(z.regex(ID)), count),
    sent: z.array(giftMark),
    received: z.array(giftMark),
  }),
});

const header = {
  format: z.literal(FORMAT),
  rev: count,
  id: z.string().check(z.regex(/^[0-9a-f]{8,64}$/)),
};

const mainDocV1 = z.object({ ...header, version: z.literal(1), segments: z.array(segmentName), state: storedStateV1 });

const segmentInfo = z.object({
  name: segmentName,
  packets: z.array(z.string()),
  events: count,
  chats: z.array(z.tuple([z.string(), count, int, int])),
});

const mainDoc = z.object({
  ...header,
  version: z.literal(VERSION),
  indexes: z.array(z.object({ name: z.string().check(z.regex(/^index-\d{6,}\.json$/)), segments: count })),
  segments: z.array(segmentInfo),
  state: storedState,
});

const indexDoc = z.object({ format: z.literal(INDEX_FORMAT), version: z.literal(1), file: z.string(), segments: z.array(segmentInfo) });

const segmentDoc = z.object({
  format: z.literal(SEGMENT_FORMAT),
  version: z.literal(SEGMENT_VERSION),
  file: z.string(),
  packets: list,
  events: list,
  messages: list,
});

// ---- errors ---------------------------------------------------------------------------------

export const LEFT_AS_IS = 'it was left as it is. Move it away or start with --reset';

/** `name` is how the message refers to the file: its path, or "PATH (an archive segment of MAIN)". */
export function corrupt(file: string, name: string, what: string, code: 'CORRUPT' | 'TRUNCATED' = 'CORRUPT', cause?: unknown): StoreError {
  return new StoreError(code, file, `${name} ${what}: ${LEFT_AS_IS}`, cause === undefined ? undefined : { cause });
}

/** Parse JSON text, or say where it breaks: a parse error at the very end means a cut-short file. */
function parseJson(text: string, file: string, name: string): unknown {
  if (text.trim() === '') throw corrupt(file, name, `is empty (0 bytes of JSON)`, 'TRUNCATED');
  try {
    return JSON.parse(text);
  } catch (err) {
    // Clean V8's message for a terminal: its snippet can hold any byte of the file.
    const raw = (err as Error).message.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 160);
    const m = /(?: in JSON)? at position (\d+)/.exec(raw);
    const pos = m ? Number(m[1]) : raw.includes('end of JSON input') ? text.length : null;
    const detail = m ? raw.slice(0, m.index) : raw;
    const where = pos === null ? '' : ` at byte ${Buffer.byteLength(text.slice(0, pos))}`;
    const cut = pos !== null && text.slice(pos).trim().length <= 1 && !/non-whitespace/.test(raw);
    throw corrupt(file, name, `is not valid JSON (${detail}${where})${cut ? ', it looks cut short' : ''}`, cut ? 'TRUNCATED' : 'CORRUPT', err);
  }
}

function firstIssue(error: z.core.$ZodError): string {
  const i = error.issues[0]!;
  const path = formatPath(i.path as PropertyKey[]);
  return `${path || 'the top level'}: ${i.message}`;
}

/** Check the main file's text: ours, a version we read, the right shape. */
export function parseMain(text: string, file: string): MainDoc | MainDocV1 {
  const data = parseJson(text, file, file);
  const head = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (head === null || head.format !== FORMAT) {
    const what =
      head === null ? 'it is JSON but not an object' : head.format === undefined ? 'it has no "format" field' : `its "format" is ${JSON.stringify(head.format).slice(0, 40)}`;
    throw new StoreError('FOREIGN', file, `${file} is not a bluepacket data file (${what}; expected "format": "${FORMAT}"): ${LEFT_AS_IS}`);
  }
  if (!READS.includes(head.version as number))
    throw new StoreError(
      'VERSION',
      file,
      `${file} has bluepacket file format version ${JSON.stringify(head.version).slice(0, 20)}; this build reads versions ${READS.join(' and ')}: ${LEFT_AS_IS}`,
    );
  const r = head.version === VERSION ? mainDoc.safeParse(data) : mainDocV1.safeParse(data);
  // Keep the parsed JSON itself, not zod's copy: loose objects would be copied for nothing.
  const state = (data as { state: Record<string, unknown> }).state;
  const issue = r.success ? (listsIssue(state, 'state') ?? insightsIssue(state, 'state')) : firstIssue(r.error);
  if (issue) throw corrupt(file, file, `is not a valid bluepacket data file (${issue})`);
  return data as MainDoc | MainDocV1;
}

export function parseSegment(text: string, file: string, main: string, mainId: string): SegmentDoc {
  const name = `${file} (an archive segment of ${main})`;
  const data = parseJson(text, file, name);
  const r = segmentDoc.safeParse(data);
  const issue = r.success ? listsIssue(data as Record<string, unknown>, '') : firstIssue(r.error);
  if (issue || !r.success) throw corrupt(file, name, `is not a valid archive segment (${issue})`);
  if (r.data.file !== mainId) throw corrupt(file, name, `belongs to another data file (id ${r.data.file.slice(0, 64)}, not ${mainId})`);
  return data as SegmentDoc;
}

export function parseIndex(text: string, file: string, main: string, mainId: string, count: number): IndexDoc {
  const name = `${file} (an archive index of ${main})`;
  const data = parseJson(text, file, name);
  const r = indexDoc.safeParse(data);
  if (!r.success) throw corrupt(file, name, `is not a valid archive index (${firstIssue(r.error)})`);
  if (r.data.file !== mainId) throw corrupt(file, name, `belongs to another data file (id ${r.data.file.slice(0, 64)}, not ${mainId})`);
  if (r.data.segments.length !== count) throw corrupt(file, name, `lists ${r.data.segments.length} segments where ${main} says ${count}`);
  return data as IndexDoc;
}

// ---- header peek ----------------------------------------------------------------------------

const HEAD = /^\{"format":"bluepacket","version":(\d+),"rev":(\d+),"id":"([0-9a-f]+)"/;

/** The (id, rev) at the start of a file's text, or null when it does not start like ours. */
export function headerOf(prefix: string): { id: string; rev: number } | null {
  const m = HEAD.exec(prefix);
  return m && READS.includes(Number(m[1])) ? { id: m[3]!, rev: Number(m[2]) } : null;
}

// ---- writing --------------------------------------------------------------------------------

/** Serialise the main file. Header keys first, in this order, for headerOf(). */
export function serializeMain(doc: MainDoc): string {
  const { format, version, rev, id, indexes, segments, state } = doc;
  return JSON.stringify({ format, version, rev, id, indexes, segments, state });
}

export function serializeSegment(doc: SegmentDoc): string {
  return JSON.stringify(doc);
}

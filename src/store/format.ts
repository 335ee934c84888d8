// The on-disk format: the main file and its archive segments, how they are checked when read,
// and the errors that name what is wrong with them.
//
// Main file (`db.json`), written compactly, header keys first so a cheap read of its first bytes
// says whether it changed (see peekHeader):
//   {"format":"bluepacket","version":1,"rev":N,"id":"<hex>","segments":["000001.json"],"state":{…}}
// `state` is the domain State without what was archived: `packets` is a list of
// [position in send order, packet] for the packets kept here, `packetCount` the length of the
// whole send order, and `events` / `messages` the newest ones.
// Segment (`db.json.archive/000001.json`), written once and never changed:
//   {"format":"bluepacket-archive","version":1,"file":"<id of its main file>","packets":[[pos,p]…],"events":[…],"messages":[…]}
// zod/mini (see src/domain/world.ts, which also loads its English messages).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { formatPath } from '../domain/world';
import type { ChatMessage, DomainEvent, Packet, State } from '../domain/types';
import { StoreError } from './store';

z.config(en());

export const FORMAT = 'bluepacket';
export const SEGMENT_FORMAT = 'bluepacket-archive';
export const VERSION = 1;

export type PacketEntry = [number, Packet];

export type StoredState = Omit<State, 'packets' | 'order'> & { packets: PacketEntry[]; packetCount: number };

export interface MainDoc {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Bumped by every write: with `id`, how another process sees that the file changed. */
  rev: number;
  /** Random, fixed when the file is created: a reset makes a new file with a new id. */
  id: string;
  /** Archive segment file names, oldest first, in `<file>.archive/`. */
  segments: string[];
  state: StoredState;
}

export interface SegmentDoc {
  format: typeof SEGMENT_FORMAT;
  version: typeof VERSION;
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

const packetEntry = z.tuple([
  int.check(z.nonnegative()),
  loose({
    id: z.string(),
    mode: z.enum(['direct', 'grab', 'lottery', 'luckybag', 'redpacket', 'code', 'bulk']),
    sender: z.string(),
    group: z.nullable(z.string()),
    units: z.array(loose({ state: z.enum(['open', 'assigned', 'claimed', 'refunded']), price: int, holder: z.nullable(z.string()) })),
    opened: z.array(z.string()),
    settled: z.boolean(),
  }),
]);
const event = loose({ seq: int, at: z.number(), type: z.string() });
const message = loose({ id: int, at: z.number(), chat: z.string(), text: z.string() });

const storedState = z.object({
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
  packets: z.array(packetEntry),
  packetCount: int.check(z.nonnegative()),
  nextPacket: int,
  nextMessage: int,
  nextEvent: int,
  messages: z.array(message),
  events: z.array(event),
});

const mainDoc = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  rev: int.check(z.nonnegative()),
  id: z.string().check(z.regex(/^[0-9a-f]{8,64}$/)),
  segments: z.array(z.string().check(z.regex(/^\d{6,}\.json$/))),
  state: storedState,
});

const segmentDoc = z.object({
  format: z.literal(SEGMENT_FORMAT),
  version: z.literal(VERSION),
  file: z.string(),
  packets: z.array(packetEntry),
  events: z.array(event),
  messages: z.array(message),
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
export function parseMain(text: string, file: string): MainDoc {
  const data = parseJson(text, file, file);
  const head = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (head === null || head.format !== FORMAT) {
    const what =
      head === null ? 'it is JSON but not an object' : head.format === undefined ? 'it has no "format" field' : `its "format" is ${JSON.stringify(head.format).slice(0, 40)}`;
    throw new StoreError('FOREIGN', file, `${file} is not a bluepacket data file (${what}; expected "format": "${FORMAT}"): ${LEFT_AS_IS}`);
  }
  if (head.version !== VERSION)
    throw new StoreError(
      'VERSION',
      file,
      `${file} has bluepacket file format version ${JSON.stringify(head.version).slice(0, 20)}; this build reads version ${VERSION}: ${LEFT_AS_IS}`,
    );
  const r = mainDoc.safeParse(data);
  // Keep the parsed JSON itself, not zod's copy: loose objects would be copied for nothing.
  if (!r.success) throw corrupt(file, file, `is not a valid bluepacket data file (${firstIssue(r.error)})`);
  return data as MainDoc;
}

export function parseSegment(text: string, file: string, main: string, mainId: string): SegmentDoc {
  const name = `${file} (an archive segment of ${main})`;
  const data = parseJson(text, file, name);
  const r = segmentDoc.safeParse(data);
  if (!r.success) throw corrupt(file, name, `is not a valid archive segment (${firstIssue(r.error)})`);
  if (r.data.file !== mainId) throw corrupt(file, name, `belongs to another data file (id ${r.data.file.slice(0, 64)}, not ${mainId})`);
  return data as SegmentDoc;
}

// ---- header peek ----------------------------------------------------------------------------

const HEAD = /^\{"format":"bluepacket","version":(\d+),"rev":(\d+),"id":"([0-9a-f]+)"/;

/** The (id, rev) at the start of a file's text, or null when it does not start like ours. */
export function headerOf(prefix: string): { id: string; rev: number } | null {
  const m = HEAD.exec(prefix);
  return m && Number(m[1]) === VERSION ? { id: m[3]!, rev: Number(m[2]) } : null;
}

// ---- writing --------------------------------------------------------------------------------

/** Serialise the main file. Header keys first, in this order, for headerOf(). */
export function serializeMain(doc: MainDoc): string {
  const { format, version, rev, id, segments, state } = doc;
  return JSON.stringify({ format, version, rev, id, segments, state });
}

export function serializeSegment(doc: SegmentDoc): string {
  return JSON.stringify(doc);
}

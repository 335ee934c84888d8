// The --json document as `play` writes it: in parts, as the steps are played, byte for byte
// jsonSafe(documentText(playedJson(…))) (test/scenario/json-parts.test.ts and streaming.test.ts
// compare the two). A long report's packets, most of its text, are written here by hand, in the
// key order packetJson gives them and each string through the sanitizer's jsonString, so that
// none of its hundreds of thousands of packet and unit objects is made and no pass of jsonSafe
// runs over their text; its steps and relations likewise, in report-json-entries.ts. The hand
// writers rely on the packets' types (src/domain/types.ts): the state they write is the engine's,
// made from a validated scenario. The rest (the head, the tail's small members, a short report's
// steps, packets and relations) is laid out by the encoder a batch at a time and made safe.
import type { Lang } from '../i18n';
import { packetStatus } from '../domain/rules';
import { relationsFrom, relationTable } from '../domain/social';
import type { Millis, Packet, State, Unit } from '../domain/types';
import { jsonSafe, jsonString } from '../text/sanitize';
import { documentText, IN2, IN3, IN4, IN5, insideText, membersText, stringListText } from './json-text';
import type { Played, StepOutcome } from './play';
import { EntryTexts, relationTexts } from './report-json-entries';
import { entryOf, isoTimes, jsonHead, jsonTailHead, packetEntries, stepRecord, type StepRecord } from './report-json';

/**
 * The steps' entries, kept until the document's `end` is known (it comes before them): for each
 * step only what its entry needs (a refusal's code, a result), the entries themselves are made
 * when they are written, a batch at a time.
 */
export class StepEntries {
  private readonly steps: number[] = [];
  private readonly records: StepRecord[] = [];
  constructor(private readonly lang: Lang) {}
  add(played: Played, o: StepOutcome): void {
    this.steps.push(o.step.i);
    this.records.push(stepRecord(played, o));
  }
  /**
   * The entries' texts inside `steps`, a batch at a time: laid out by the encoder and made safe
   * (it writes a batch of small objects of many shapes faster than code that has not run yet),
   * or by hand from `handWrittenFrom` steps (see HAND_WRITTEN). The document is written once:
   * each batch's records are let go of once written, so that the packets' text, written next,
   * takes the place a long scenario's records held.
   */
  *drain(handWrittenFrom = HAND_WRITTEN.steps): Generator<string> {
    const { records, steps, lang } = this;
    const hand = records.length >= handWrittenFrom ? new EntryTexts(lang) : null;
    for (let b = 0; b < records.length; b += BATCH) {
      const end = Math.min(b + BATCH, records.length);
      if (hand !== null) {
        const texts = new Array<string>(end - b);
        for (let k = b; k < end; k++) texts[k - b] = hand.entry(steps[k]!, records[k]!);
        records.fill(null, b, end);
        yield texts.join(',\n');
        continue;
      }
      const entries = records.slice(b, end).map((r, k) => entryOf(steps[b + k]!, r, lang));
      records.fill(null, b, end);
      yield jsonSafe(insideText(entries, 1));
    }
    records.length = 0;
    steps.length = 0;
  }
}

/** Entries written by one call of the encoder. */
const BATCH = 256;

const OUT2 = IN2 + '}';
const OUT3 = IN3 + ']';
const OUT4 = IN4 + '}';

/** Characters in a part of a report, about: under 64K (two bytes a character once it holds any
 * Chinese), so that a part is a young object, dropped cheaply once written, not one that waits for
 * a full collection. The account (src/cli/play-command.ts) is written in parts of this size too. */
export const PART = 24 * 1024;

/**
 * The document in parts of about PART characters, each safe to print as it is. Its head and its
 * tail's small members are laid out by the encoder (then made safe by jsonSafe); so are its
 * steps, packets and relations in a short report (from small objects made a batch at a time),
 * which a long one writes by hand (from `handWritten`'s counts: the tests have both write any
 * report).
 */
export function* playedJsonParts(played: Played, steps: StepEntries, handWritten: HandWritten = HAND_WRITTEN): Generator<string> {
  const { state, labelOf } = played;
  // An object's members one level deep: the object written whole, less its braces.
  const members = (o: Record<string, unknown>) => jsonSafe(documentText(o).slice(2, -2));
  let text = `{\n${members(jsonHead(played))},\n  "steps": [`;
  let first = true;
  for (const batch of steps.drain(handWritten.steps)) {
    text += (first ? '\n' : ',\n') + batch;
    first = false;
    if (text.length >= PART) (yield text, (text = ''));
  }
  text += first ? '],\n  "packets": {' : '\n  ],\n  "packets": {';
  const { order } = state;
  if (unitCount(state) >= handWritten.units) {
    const packets = new PacketTexts(state, labelOf);
    for (let k = 0; k < order.length; k++) {
      const id = order[k]!;
      text += (k === 0 ? IN2 : ',' + IN2) + jsonString(labelOf.get(id) ?? id) + ': ' + packets.packet(state.packets[id]!);
      if (text.length >= PART) (yield text, (text = ''));
    }
  } else {
    let firstBatch = true;
    for (const batch of encodedPackets(played)) {
      text += (firstBatch ? '\n' : ',\n') + batch;
      firstBatch = false;
      if (text.length >= PART) (yield text, (text = ''));
    }
  }
  text += order.length === 0 ? '}' : '\n  }';
  // The last member, `relations`, is one entry per pair of users who gave each other anything:
  // tens of thousands in a long scenario, written by hand there, else a batch at a time like the
  // steps.
  text += `,\n${members(jsonTailHead(played))},\n  "relations": [`;
  const table = relationTable(state);
  const pairs = table.a.length;
  if (pairs >= handWritten.relations) {
    let k = 0;
    for (const entry of relationTexts(table)) {
      text += (k++ === 0 ? '\n' : ',\n') + entry;
      if (text.length >= PART) (yield text, (text = ''));
    }
  } else {
    const relations = relationsFrom(table);
    for (let b = 0; b < pairs; b += BATCH) {
      text += (b === 0 ? '\n' : ',\n') + jsonSafe(insideText(relations.slice(b, b + BATCH), 1));
      if (text.length >= PART) (yield text, (text = ''));
    }
  }
  yield text + (pairs === 0 ? ']\n}' : '\n  ]\n}');
}

/** From how many packets' units, steps and relations each is written by hand. */
export interface HandWritten {
  units: number;
  steps: number;
  relations: number;
}

/**
 * The hand writers do less work for each entry than making its object for the encoder and
 * scanning the encoder's text with jsonSafe, but their code runs cold at first, where the encoder
 * needs no warming up. Measured (the write phase's CPU time, medians), the packets' writer costs
 * some 15 ms more for the 10,000 units of the 10,000-step benchmark and saves 100 ms or more for
 * the 108,000 of the 100,000-step one, where it also leaves the process some 8 MB smaller at its
 * peak. The steps' writer likewise costs some 10 ms more for the 10,000 steps (CPU of the write
 * phase, medians of 9 runs) and saves some 45 ms for the 100,000 (CPU profiles, 4 runs); the
 * relations' writer is used from as many pairs (the 100,000-step benchmark has 32,000).
 */
export const HAND_WRITTEN: HandWritten = { units: 30_000, steps: 30_000, relations: 30_000 };

function unitCount({ order, packets }: State): number {
  let units = 0;
  for (const id of order) units += packets[id]!.units.length;
  return units;
}

/**
 * Packets laid out by the encoder, a batch at a time and made safe: a batch closed at BATCH
 * packets or UNITS units, whichever comes first, so that a batch's text stays small enough (tens
 * of kilobytes) for the young generation, where it dies cheaply once written.
 */
function* encodedPackets(played: Played): Generator<string> {
  const { order, packets } = played.state;
  const iso = isoTimes();
  for (let b = 0; b < order.length; ) {
    let e = b;
    for (let units = 0; e < order.length && e - b < BATCH && units < UNITS; e++) units += packets[order[e]!]!.units.length;
    yield jsonSafe(membersText(packetEntries(played, order.slice(b, e), iso), 1));
    b = e;
  }
}

/** Units in a batch of packets, at most (less one packet's): about 150 characters each. */
const UNITS = 200;

/**
 * Packets' texts, each with its fields in packetJson's order and its units in unitJson's. A unit's
 * text is made of pieces kept for the units that share them: its sku, spec and price (the same
 * for a packet's units, most often), its state and holder, the moment it was claimed (the step's
 * clock, the same for thousands of units), so that most units cost a few joins.
 */
class PacketTexts {
  private readonly iso = isoTimes();
  /** `"state": …, "holder": …, "at": ` by state, then holder. */
  private readonly holders = new Map<string, Map<string | null, string>>();
  /** A claim's moment as written, by the moment. */
  private readonly moments = new Map<Millis, string>();
  /** The last unit's sku, spec and price, and their text (`{ "sku": …, "price": …,`). */
  private last: { sku: string; spec: string; price: number; text: string; voucher: boolean } | null = null;

  constructor(
    private readonly state: State,
    private readonly labelOf: Map<string, string>,
  ) {}

  /** A packet's text, its braces at depth 2. */
  packet(p: Packet): string {
    let text = `{${IN3}"mode": ${jsonString(p.mode)},${IN3}"sender": ${jsonString(p.sender)},${IN3}"group": ${orNull(p.group)},${IN3}"to": ${orNull(p.to)},${IN3}"status": ${jsonString(packetStatus(p))},${IN3}"units": `;
    const { units } = p;
    if (units.length === 0) text += '[]';
    else {
      // Joined, not added one by one: the text is then one flat string, not a tree of pieces
      // that has to be copied into one when it is written.
      const texts = new Array<string>(units.length);
      for (let k = 0; k < units.length; k++) texts[k] = this.unit(p, units[k]!);
      text += '[' + IN4 + texts.join(',' + IN4) + OUT3;
    }
    const replyTo = p.replyTo ? jsonString(this.labelOf.get(p.replyTo) ?? p.replyTo) : 'null';
    const second = `,${IN3}"secret": ${p.secret === true},${IN3}"replyTo": ${replyTo}`;
    if (p.red) text += `${second},${IN3}"amount": ${p.red.amount},${IN3}"split": ${jsonString(p.red.split)}`;
    else if (p.code) text += `${second},${IN3}"code": ${jsonString(p.code.code)}`;
    else if (p.mode === 'grab') text += `,${IN3}"policy": ${orNull(p.policy?.grabPolicy ?? null)}${second}`;
    else if (p.lottery) {
      const lot = p.lottery;
      const drawSeed = lot.drawn ? jsonString(lot.drawSeed) : 'null';
      text += `,${IN3}"entrants": ${stringListText(lot.entrants, 3)},${IN3}"winners": ${stringListText(lot.winners ?? [], 3)},${IN3}"commitment": ${jsonString(lot.commitment)},${IN3}"drawSeed": ${drawSeed},${IN3}"drawAt": ${jsonString(this.iso(lot.drawAt))}${second}`;
    } else text += second;
    // This project's 朋友圈 fields, as packetJson adds them.
    if (p.showPrice) text += `,${IN3}"showPrice": true`;
    if (p.shared?.length) text += `,${IN3}"shared": ${stringListText(p.shared, 3)}`;
    return text + OUT2;
  }

  /** A unit's text, its braces at depth 4. */
  private unit(p: Packet, u: Unit): string {
    const rest = this.stateToAt(u);
    if (p.red) return `{${IN5}"amount": ${u.amount ?? null},${IN5}"state": ${rest}${OUT4}`;
    let last = this.last;
    if (last === null || u.sku !== last.sku || u.spec !== last.spec || u.price !== last.price) {
      const text = `{${IN5}"sku": ${jsonString(u.sku)},${IN5}"spec": ${jsonString(u.spec)},${IN5}"price": ${u.price},${IN5}"state": `;
      this.last = last = { sku: u.sku, spec: u.spec, price: u.price, text, voucher: this.state.catalog[u.sku]?.delivery === 'voucher' };
    }
    // Most units hold no voucher, unredeemed, and no order yet: their last members are the same.
    if (u.voucher === null && !u.redeemed && (last.voucher || u.order == null)) return last.text + rest + (last.voucher ? PLAIN_VOUCHER_END : PLAIN_END);
    const order = last.voucher ? '' : `,${IN5}"order": ${orNull(u.order ?? null)}`;
    return `${last.text}${rest},${IN5}"voucher": ${orNull(u.voucher)},${IN5}"redeemed": ${u.redeemed}${order}${OUT4}`;
  }

  /** `state, "holder": …, "at": …` of a unit. */
  private stateToAt(u: Unit): string {
    let byHolder = this.holders.get(u.state);
    if (byHolder === undefined) this.holders.set(u.state, (byHolder = new Map()));
    let head = byHolder.get(u.holder);
    if (head === undefined) byHolder.set(u.holder, (head = `${jsonString(u.state)},${IN5}"holder": ${orNull(u.holder)},${IN5}"at": `));
    if (u.at === null) return head + 'null';
    let at = this.moments.get(u.at);
    if (at === undefined) this.moments.set(u.at, (at = jsonString(this.iso(u.at))));
    return head + at;
  }
}

const PLAIN_VOUCHER_END = `,${IN5}"voucher": null,${IN5}"redeemed": false${OUT4}`;
const PLAIN_END = `,${IN5}"voucher": null,${IN5}"redeemed": false,${IN5}"order": null${OUT4}`;

/** A string or null as JSON writes it. (The numbers, integer fen and prices, are written as String
 * writes them: JSON's text for any finite number.) */
const orNull = (s: string | null): string => (s === null ? 'null' : jsonString(s));

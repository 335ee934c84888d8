// The `--json` document of SCENARIOS.md. Key order is fixed here, so playing the same file
// twice gives byte-identical output.
import type { Lang } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import type { RefusalCode } from '../domain/errors';
import { packetStatus } from '../domain/rules';
import { leaderboard, relations, userSummaries } from '../domain/social';
import { toIso } from '../domain/time';
import type { DomainEvent, Millis, Packet, State, Unit } from '../domain/types';
import { OrderedKeys } from './json-text';
import type { Played, StepOutcome } from './play';

export function packetJson(state: State, p: Packet, labelOf: Map<string, string> = new Map(), iso: (t: Millis) => string = toIso) {
  // This project's 朋友圈 fields come last, present only when used, so a file that uses neither
  // plays to the same bytes: `showPrice` (the sender lets the feed show the price) and `shared`
  // (who shared their unit, in the order they did). Added to the object made, not spread into a
  // copy of it: a long scenario's report makes one per packet.
  const json: Record<string, unknown> = packetFields(state, p, labelOf, iso);
  if (p.showPrice) json.showPrice = true;
  if (p.shared?.length) json.shared = p.shared.slice();
  return json;
}

/** toIso, remembered: a report writes the same few moments (a claim's time is its step's clock,
 * which only an advance moves) for thousands of units. */
export function isoTimes(): (t: Millis) => string {
  const known = new Map<Millis, string>();
  return (t) => {
    let text = known.get(t);
    if (text === undefined) known.set(t, (text = toIso(t)));
    return text;
  };
}

function packetFields(state: State, p: Packet, labelOf: Map<string, string>, iso: (t: Millis) => string) {
  const base = {
    mode: p.mode,
    sender: p.sender,
    group: p.group,
    to: p.to,
    status: packetStatus(p),
    units: p.units.map((u) => unitJson(state, p, u, iso)),
  };
  // The second edition's fields come after the first edition's, so a first-edition reader sees
  // its keys where they were.
  const second = { secret: p.secret === true, replyTo: p.replyTo ? (labelOf.get(p.replyTo) ?? p.replyTo) : null };
  if (p.red) return { ...base, ...second, amount: p.red.amount, split: p.red.split };
  if (p.code) return { ...base, ...second, code: p.code.code };
  // A grab packet says which rule it was sent under (an extension of the contract's shape).
  if (p.mode === 'grab') return { ...base, policy: p.policy?.grabPolicy ?? null, ...second };
  if (!p.lottery) return { ...base, ...second };
  const lot = p.lottery;
  return {
    ...base,
    entrants: lot.entrants.slice(),
    winners: lot.winners ?? [],
    commitment: lot.commitment,
    drawSeed: lot.drawn ? lot.drawSeed : null,
    drawAt: iso(lot.drawAt),
    ...second,
  };
}

/** A unit: a red packet's holds money; a gift's carries its order when it is a parcel or virtual. */
function unitJson(state: State, p: Packet, u: Unit, iso: (t: Millis) => string) {
  const at = u.at === null ? null : iso(u.at);
  if (p.red) return { amount: u.amount ?? null, state: u.state, holder: u.holder, at };
  const delivery = state.catalog[u.sku]?.delivery;
  if (delivery === 'voucher') return { sku: u.sku, spec: u.spec, price: u.price, state: u.state, holder: u.holder, at, voucher: u.voucher, redeemed: u.redeemed };
  return { sku: u.sku, spec: u.spec, price: u.price, state: u.state, holder: u.holder, at, voucher: u.voucher, redeemed: u.redeemed, order: u.order ?? null };
}

export function playedJson(played: Played, lang: Lang = 'zh') {
  const { state } = played;
  // Keyed by labels a user chose, in send order even when a label looks like a number; a label
  // "__proto__" is a key like any other.
  const packets = new OrderedKeys(packetEntries(played, state.order));
  return {
    ...jsonHead(played),
    steps: played.outcomes.map((o) => stepJson(played, o, lang)),
    packets,
    ...jsonTail(played),
  };
}

/** The document's first members: the scenario and the clock at the end. */
export function jsonHead({ scenario, state }: Played) {
  return { name: scenario.name, seed: scenario.seed, end: toIso(state.now) };
}

/** A step's entry. It reads only the step's outcome and the labels given before it, so it can be
 * made as soon as the step is played. */
export function stepJson(played: Played, o: StepOutcome, lang: Lang) {
  return entryOf(o.step.i, stepRecord(played, o), lang);
}

/** What a step's entry needs: a refusal's code, an accepted step's result, or null (no result). */
export type StepRecord = RefusalCode | Record<string, unknown> | null;

export function stepRecord(played: Played, { step, outcome }: StepOutcome): StepRecord {
  if (!outcome.ok) return outcome.code;
  const result = step.verb === 'advance' ? advanceResult(outcome.events, played.labelOf) : outcome.result;
  return result ?? null;
}

export function entryOf(i: number, record: StepRecord, lang: Lang) {
  if (typeof record === 'string') return { i, ok: false, code: record, message: refusalMessage(record, lang) };
  return record ? { i, ok: true, result: record } : { i, ok: true };
}

/** Packets under their keys (a label, else the id), in the order of `ids`. */
export function packetEntries({ state, labelOf }: Played, ids: readonly string[], iso: (t: Millis) => string = toIso) {
  return ids.map((id) => [labelOf.get(id) ?? id, packetJson(state, state.packets[id]!, labelOf, iso)] as const);
}

/** The document's last members: the money and the social summary. */
export function jsonTail(played: Played) {
  return { ...jsonTailHead(played), relations: relations(played.state) };
}

/** The document's last members but `relations`, the last of all. */
export function jsonTailHead({ state }: Played) {
  return {
    wallets: { ...state.wallets },
    escrow: state.escrow,
    merchant: state.merchant,
    // The second edition: always present, computed once here from the counts the engine keeps.
    platform: state.platform ?? 0,
    // Sorted by id (code units), as the page asks, even for ids that look like numbers.
    users: new OrderedKeys(userSummaries(state)),
    leaderboard: leaderboard(state),
  };
}

/** What an advance made happen: the draws (by label) and the refunds. Omitted when nothing did.
 * One pass over its events: an advance past many deadlines makes thousands. */
function advanceResult(events: DomainEvent[], labelOf: Map<string, string>) {
  const drawn: string[] = [];
  // A gift unit's refund is one event; a red packet's is one event for its unclaimed units.
  let refunds = 0;
  let refunded = 0;
  let released = 0;
  for (const e of events) {
    if (e.type === 'drawn') drawn.push(labelOf.get(e.packet) ?? e.packet);
    else if (e.type === 'refunded') (refunds++, (refunded += e.amount));
    else if (e.type === 'redRefunded') ((refunds += e.units.length), (refunded += e.amount));
    else if (e.type === 'released') released++;
  }
  if (drawn.length === 0 && refunds === 0 && released === 0) return undefined;
  return {
    ...(drawn.length ? { drawn } : {}),
    ...(refunds ? { refunds, refunded } : {}),
    ...(released ? { released } : {}),
  };
}

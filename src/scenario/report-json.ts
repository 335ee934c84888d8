// The `--json` document of SCENARIOS.md. Key order is fixed here, so playing the same file
// twice gives byte-identical output.
import type { Lang } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import { packetStatus } from '../domain/rules';
import { leaderboard, relations, userSummaries } from '../domain/social';
import { toIso } from '../domain/time';
import type { DomainEvent, Packet, State, Unit } from '../domain/types';
import type { Played, StepOutcome } from './play';

export function packetJson(state: State, p: Packet, labelOf: Map<string, string> = new Map()) {
  const base = {
    mode: p.mode,
    sender: p.sender,
    group: p.group,
    to: p.to,
    status: packetStatus(p),
    units: p.units.map((u) => unitJson(state, p, u)),
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
    drawAt: toIso(lot.drawAt),
    ...second,
  };
}

/** A unit: a red packet's holds money; a gift's carries its order when it is a parcel or virtual. */
function unitJson(state: State, p: Packet, u: Unit) {
  const at = u.at === null ? null : toIso(u.at);
  if (p.red) return { amount: u.amount ?? null, state: u.state, holder: u.holder, at };
  const delivery = state.catalog[u.sku]?.delivery;
  if (delivery === 'voucher') return { sku: u.sku, spec: u.spec, price: u.price, state: u.state, holder: u.holder, at, voucher: u.voucher, redeemed: u.redeemed };
  return { sku: u.sku, spec: u.spec, price: u.price, state: u.state, holder: u.holder, at, voucher: u.voucher, redeemed: u.redeemed, order: u.order ?? null };
}

export function playedJson(played: Played, lang: Lang = 'zh') {
  const { state } = played;
  // Keyed by labels a user chose: without a prototype, a label "__proto__" is a key like any other.
  const packets: Record<string, unknown> = Object.create(null);
  for (const [key, id] of packetKeys(played)) packets[key] = packetJson(state, state.packets[id]!, played.labelOf);
  return {
    ...jsonHead(played),
    steps: played.outcomes.map((o) => stepJson(played, o, lang)),
    packets,
    ...jsonTail(played),
  };
}

/** The document's first members: the scenario and the clock at the end. */
function jsonHead({ scenario, state }: Played) {
  return { name: scenario.name, seed: scenario.seed, end: toIso(state.now) };
}

/** A step's entry. It reads only the step's outcome and the labels given before it, so it can be
 * made as soon as the step is played. */
export function stepJson(played: Played, { step, outcome }: StepOutcome, lang: Lang) {
  if (!outcome.ok) return { i: step.i, ok: false, code: outcome.code, message: refusalMessage(outcome.code, lang) };
  const result = step.verb === 'advance' ? advanceResult(outcome.events, played.labelOf) : outcome.result;
  return { i: step.i, ok: true, ...(result ? { result } : {}) };
}

/** The packets' keys (a label, else the id) with their ids, in the order a JavaScript object
 * lists them, as JSON.stringify writes them: integer-like keys first, in numeric order. */
function packetKeys({ state, labelOf }: Played): Array<[string, string]> {
  const ids: Record<string, string> = Object.create(null);
  for (const id of state.order) ids[labelOf.get(id) ?? id] = id;
  return Object.keys(ids).map((key) => [key, ids[key]!]);
}

/** The document's last members: the money and the social summary. */
function jsonTail({ state }: Played) {
  return {
    wallets: { ...state.wallets },
    escrow: state.escrow,
    merchant: state.merchant,
    // The second edition: always present, computed once here from the counts the engine keeps.
    platform: state.platform ?? 0,
    users: Object.fromEntries(userSummaries(state)),
    leaderboard: leaderboard(state),
    relations: relations(state),
  };
}

/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep (its lines after the first indented). */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/** A step's entry as it reads in the document (inside `steps`). */
export function stepJsonText(played: Played, o: StepOutcome, lang: Lang): string {
  return `    ${nested(stepJson(played, o, lang), 2)}`;
}

/**
 * The document in pieces, exactly as JSON.stringify(playedJson(…), null, 2) writes it whole:
 * `steps` are the entries stepJsonText() made as the steps were played, and each packet is made
 * only when it is written, so a long scenario's report is never held in memory at once.
 */
export function* playedJsonParts(played: Played, steps: readonly string[]): Generator<string> {
  const member = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${nested(value, 1)}`;
  yield `{\n${Object.entries(jsonHead(played)).map(([k, v]) => member(k, v)).join(',\n')},\n`;
  if (steps.length === 0) yield '  "steps": [],\n';
  else {
    yield '  "steps": [\n';
    for (let i = 0; i < steps.length; i++) yield i < steps.length - 1 ? `${steps[i]},\n` : `${steps[i]}\n`;
    yield '  ],\n';
  }
  const keys = packetKeys(played);
  if (keys.length === 0) yield '  "packets": {},\n';
  else {
    yield '  "packets": {\n';
    for (let i = 0; i < keys.length; i++) {
      const [key, id] = keys[i]!;
      const text = `    ${JSON.stringify(key)}: ${nested(packetJson(played.state, played.state.packets[id]!, played.labelOf), 2)}`;
      yield i < keys.length - 1 ? `${text},\n` : `${text}\n`;
    }
    yield '  },\n';
  }
  yield `${Object.entries(jsonTail(played)).map(([k, v]) => member(k, v)).join(',\n')}\n}`;
}

/** What an advance made happen: the draws (by label) and the refunds. Omitted when nothing did. */
function advanceResult(events: DomainEvent[], labelOf: Map<string, string>) {
  const drawn = events.filter((e) => e.type === 'drawn').map((e) => labelOf.get(e.packet) ?? e.packet);
  // A gift unit's refund is one event; a red packet's is one event for its unclaimed units.
  let refunds = 0;
  let refunded = 0;
  for (const e of events) {
    if (e.type === 'refunded') (refunds++, (refunded += e.amount));
    else if (e.type === 'redRefunded') ((refunds += e.units.length), (refunded += e.amount));
  }
  const released = events.filter((e) => e.type === 'released').length;
  if (drawn.length === 0 && refunds === 0 && released === 0) return undefined;
  return {
    ...(drawn.length ? { drawn } : {}),
    ...(refunds ? { refunds, refunded } : {}),
    ...(released ? { released } : {}),
  };
}

// The `--json` document of SCENARIOS.md. Key order is fixed here, so playing the same file
// twice gives byte-identical output.
import type { Lang } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import { packetStatus } from '../domain/rules';
import { leaderboard, relations, userSummaries } from '../domain/social';
import { toIso } from '../domain/time';
import type { DomainEvent, Packet, State, Unit } from '../domain/types';
import { OrderedKeys } from './json-text';
import type { Played } from './play';

export function packetJson(state: State, p: Packet, labelOf: Map<string, string> = new Map()) {
  return { ...packetFields(state, p, labelOf), ...feedFields(p) };
}

/** This project's 朋友圈 fields, present only when used, so a file that uses neither plays to
 * the same bytes: `showPrice` (the sender lets the feed show the price) and `shared` (who shared
 * their unit, in the order they did). */
function feedFields(p: Packet) {
  return { ...(p.showPrice ? { showPrice: true } : {}), ...(p.shared?.length ? { shared: p.shared.slice() } : {}) };
}

function packetFields(state: State, p: Packet, labelOf: Map<string, string>) {
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
  const { state, scenario } = played;
  const labelOf = new Map<string, string>();
  for (const [label, id] of played.labels) labelOf.set(id, label);
  // Keyed by labels a user chose, in send order even when a label looks like a number; a label
  // "__proto__" is a key like any other.
  const packets = new OrderedKeys(state.order.map((id) => [labelOf.get(id) ?? id, packetJson(state, state.packets[id]!, labelOf)] as const));
  return {
    name: scenario.name,
    seed: scenario.seed,
    end: toIso(state.now),
    steps: played.outcomes.map(({ step, outcome }) => {
      if (!outcome.ok) return { i: step.i, ok: false, code: outcome.code, message: refusalMessage(outcome.code, lang) };
      const result = step.verb === 'advance' ? advanceResult(outcome.events, labelOf) : outcome.result;
      return { i: step.i, ok: true, ...(result ? { result } : {}) };
    }),
    packets,
    wallets: { ...state.wallets },
    escrow: state.escrow,
    merchant: state.merchant,
    // The second edition: always present, computed once here from the counts the engine keeps.
    platform: state.platform ?? 0,
    // Sorted by id (code units), as the page asks, even for ids that look like numbers.
    users: new OrderedKeys(userSummaries(state)),
    leaderboard: leaderboard(state),
    relations: relations(state),
  };
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
